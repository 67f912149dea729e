package co.pqrsd.server.radicacion;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.pqrsd.core.comun.Colombia;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only radicación figures for the dashboards: radicados per day and type. The same
 * visibility as the search: the ventanilla, ADMIN and Control Interno count every
 * radicado, anyone else those of his dependencias; reserved radicados (Ley 1474 de 2011,
 * art. 76) only for ADMIN and Control Interno; annulled ones are left out.
 */
@Service
public class EstadisticasRadicacion {

	/**
	 * @param dia the radicación date in Colombia
	 * @param tipo ENTRADA, SALIDA or INTERNA
	 */
	public record FilaDia(LocalDate dia, String tipo, long cantidad) {
	}

	private final JdbcClient jdbc;

	private final PermisosRadicado permisos;

	EstadisticasRadicacion(JdbcClient jdbc, PermisosRadicado permisos) {
		this.jdbc = jdbc;
		this.permisos = permisos;
	}

	/**
	 * @return the radicados of each day from {@code desde} to {@code hasta} (inclusive)
	 * per type, by day and type; days without radicados are absent
	 */
	@Transactional(readOnly = true)
	public List<FilaDia> porDia(UsuarioAutenticado usuario, LocalDate desde, LocalDate hasta) {
		Map<String, Object> p = new HashMap<>();
		p.put("desde", desde.atStartOfDay(Colombia.ZONA).toOffsetDateTime());
		p.put("hasta", hasta.plusDays(1).atStartOfDay(Colombia.ZONA).toOffsetDateTime());
		StringBuilder sql = new StringBuilder("""
				SELECT (fecha_radicacion AT TIME ZONE 'America/Bogota')::date AS dia, tipo, count(*)
				FROM radicado
				WHERE estado = 'VIGENTE' AND fecha_radicacion >= :desde AND fecha_radicacion < :hasta""");
		if (!permisos.veTodo(usuario)) {
			sql.append(" AND dependencia = ANY (:deps)");
			p.put("deps", usuario.codigosDependencias().toArray(String[]::new));
		}
		if (!permisos.veReservados(usuario)) {
			sql.append(" AND NOT EXISTS (SELECT 1 FROM radicado_reserva r WHERE r.numero = radicado.numero)");
		}
		sql.append(" GROUP BY 1, 2 ORDER BY 1, 2");
		return jdbc.sql(sql.toString())
			.params(p)
			.query((rs, i) -> new FilaDia(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getLong(3)))
			.list();
	}

}
