package co.pqrsd.server.archivo.indice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import co.pqrsd.core.archivo.expedientes.EntradaIndice;
import co.pqrsd.core.archivo.expedientes.OrigenDocumento;
import co.pqrsd.core.archivo.trd.Disposicion;
import co.pqrsd.server.comun.NoEncontrado;
import co.pqrsd.server.seguridad.Rol;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Reads expedientes, their TRD row and their índice entries (tables of V19/V20) for the
 * índice, transfers and disposition, and checks who may read them.
 */
@Component
public class Expedientes {

	static final String SELECT = """
			SELECT e.id, e.numero, e.nombre, e.dependencia, e.estado, e.nivel_acceso, f.serie_codigo, f.subserie_codigo,
			       f.serie_nombre, f.subserie_nombre, e.soporte, e.ubicacion_fisica, e.fecha_apertura, e.fecha_cierre,
			       e.fecha_inicio_retencion, e.indice_sha256, f.retencion_ag, f.retencion_ac, f.disposicion_ct,
			       f.disposicion_e, f.disposicion_s, f.disposicion_md, f.procedimiento
			  FROM archivo_expediente e JOIN archivo_trd_fila f ON f.id = e.trd_fila_id""";

	private final JdbcClient jdbc;

	Expedientes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @throws NoEncontrado {@code EXPEDIENTE_NO_ENCONTRADO}
	 */
	public ExpedienteArchivado porNumero(String numero) {
		return jdbc.sql(SELECT + " WHERE e.numero = ?")
			.param(numero)
			.query(Expedientes::fila)
			.optional()
			.orElseThrow(() -> new NoEncontrado("EXPEDIENTE_NO_ENCONTRADO", "No existe el expediente " + numero + "."));
	}

	public Optional<ExpedienteArchivado> porId(long id) {
		return jdbc.sql(SELECT + " WHERE e.id = ?").param(id).query(Expedientes::fila).optional();
	}

	/** An índice entry with the key of its content in the document store. */
	public record EntradaArchivada(EntradaIndice entrada, String contenido) {
	}

	public List<EntradaArchivada> entradas(long expedienteId) {
		return jdbc
			.sql("""
					SELECT orden, documento_id, nombre, tipologia, fecha_creacion, fecha_incorporacion, sha256, funcion_resumen,
					       pagina_inicio, pagina_fin, formato, tamano, origen, radicado, contenido_sha256
					  FROM archivo_indice_entrada WHERE expediente_id = ? ORDER BY orden""")
			.param(expedienteId)
			.query((rs, n) -> {
				java.sql.Timestamp incorporacion = rs.getTimestamp("fecha_incorporacion");
				java.sql.Date creacion = rs.getDate("fecha_creacion");
				int inicio = rs.getObject("pagina_inicio") == null ? 1 : rs.getInt("pagina_inicio");
				int fin = rs.getObject("pagina_fin") == null ? inicio : rs.getInt("pagina_fin");
				return new EntradaArchivada(
						new EntradaIndice(rs.getInt("orden"), rs.getString("documento_id"),
								texto(rs.getString("nombre")), rs.getString("tipologia"),
								creacion == null ? null : creacion.toLocalDate(),
								incorporacion == null ? java.time.Instant.EPOCH : incorporacion.toInstant(),
								rs.getString("sha256"), rs.getString("funcion_resumen"), inicio, fin,
								texto(rs.getString("formato")), rs.getLong("tamano"),
								rs.getString("origen") == null ? OrigenDocumento.ELECTRONICO
										: OrigenDocumento.valueOf(rs.getString("origen")),
								rs.getString("radicado")),
						rs.getString("contenido_sha256"));
			})
			.list();
	}

	/**
	 * Who reads an expediente: the archive's roles and Control Interno; the people of its
	 * dependencia; nobody else when it is clasificada or reservada (Ley 1712 de 2014,
	 * arts. 18-19), and only its dependencia and the archive otherwise.
	 * @throws AccessDeniedException otherwise
	 */
	public void exigirLectura(ExpedienteArchivado e, UsuarioAutenticado usuario) {
		boolean archivo = usuario.tiene(Rol.ARCHIVISTA) || usuario.tiene(Rol.ADMIN);
		boolean propia = usuario.codigosDependencias().contains(e.dependencia());
		boolean control = usuario.tiene(Rol.CONTROL_INTERNO) && "PUBLICA".equals(e.nivelAcceso());
		if (!(archivo || propia || control)) {
			throw new AccessDeniedException("Sin acceso al expediente " + e.numero());
		}
	}

	/**
	 * @throws AccessDeniedException unless the user is ARCHIVISTA
	 */
	public static void exigirArchivista(UsuarioAutenticado usuario) {
		if (!usuario.tiene(Rol.ARCHIVISTA)) {
			throw new AccessDeniedException("Solo el archivista");
		}
	}

	static ExpedienteArchivado fila(ResultSet rs, int n) throws SQLException {
		java.sql.Date cierre = rs.getDate("fecha_cierre");
		java.sql.Date inicio = rs.getDate("fecha_inicio_retencion");
		return new ExpedienteArchivado(rs.getLong("id"), rs.getString("numero"), rs.getString("nombre"),
				rs.getString("dependencia"), rs.getString("estado"), rs.getString("nivel_acceso"),
				rs.getString("serie_codigo"), rs.getString("subserie_codigo"), rs.getString("serie_nombre"),
				rs.getString("subserie_nombre"), rs.getString("soporte"), rs.getString("ubicacion_fisica"),
				rs.getDate("fecha_apertura").toLocalDate(), cierre == null ? null : cierre.toLocalDate(),
				inicio == null ? null : inicio.toLocalDate(), rs.getString("indice_sha256"), rs.getInt("retencion_ag"),
				rs.getInt("retencion_ac"),
				new Disposicion(rs.getBoolean("disposicion_ct"), rs.getBoolean("disposicion_e"),
						rs.getBoolean("disposicion_s"), rs.getBoolean("disposicion_md")),
				rs.getString("procedimiento"));
	}

	private static String texto(@org.jspecify.annotations.Nullable String s) {
		return s == null ? "" : s;
	}

}
