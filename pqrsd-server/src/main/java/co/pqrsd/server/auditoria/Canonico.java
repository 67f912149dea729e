package co.pqrsd.server.auditoria;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import co.pqrsd.core.auditoria.CadenaAuditoria;

/**
 * The canonical content of a stored entry, read back from PostgreSQL, so sealing and
 * verification hash exactly what the database holds.
 */
final class Canonico {

	static final String COLUMNAS = "e.id, e.instante, e.usuario, e.roles, e.dependencias, e.ip, e.agente, e.accion, "
			+ "e.objeto_tipo, e.objeto_id, e.resultado, e.detalles::text AS detalles_texto";

	private static final DateTimeFormatter INSTANTE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

	private Canonico() {
	}

	static String de(ResultSet rs) throws SQLException {
		OffsetDateTime instante = rs.getObject("instante", OffsetDateTime.class);
		return CadenaAuditoria.canonico(rs.getLong("id"),
				INSTANTE.format(instante.withOffsetSameInstant(ZoneOffset.UTC)), rs.getString("usuario"),
				unir(rs.getArray("roles")), unir(rs.getArray("dependencias")), rs.getString("ip"),
				rs.getString("agente"), rs.getString("accion"), rs.getString("objeto_tipo"), rs.getString("objeto_id"),
				rs.getString("resultado"), rs.getString("detalles_texto"));
	}

	private static String unir(Array arreglo) throws SQLException {
		if (arreglo == null) {
			return "";
		}
		return String.join(",", (String[]) arreglo.getArray());
	}

}
