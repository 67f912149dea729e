package co.pqrsd.server.archivo.expedientes;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import co.pqrsd.core.archivo.expedientes.EntradaIndice;
import co.pqrsd.core.archivo.expedientes.EstadoExpediente;
import co.pqrsd.core.archivo.expedientes.NivelAcceso;
import co.pqrsd.core.archivo.expedientes.OrigenDocumento;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Expedientes, their índice and the PQRSD serie per dependencia (V20). */
@Repository
class RepositorioExpedientes {

	private static final String EXPEDIENTE = """
			SELECT e.*, f.serie_codigo, f.subserie_codigo, f.serie_nombre, f.subserie_nombre,
			       (SELECT count(*) FROM archivo_indice_entrada i WHERE i.expediente_id = e.id) AS documentos,
			       (SELECT coalesce(max(pagina_fin), 0) FROM archivo_indice_entrada i WHERE i.expediente_id = e.id) AS paginas
			  FROM archivo_expediente e JOIN archivo_trd_fila f ON f.id = e.trd_fila_id""";

	private final JdbcClient jdbc;

	RepositorioExpedientes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Advances the prefix's counter. The row stays locked until the caller's transaction
	 * ends (concurrent openings queue here) and a rollback gives the number back: the
	 * same gapless technique as radicación's consecutive.
	 */
	long siguienteConsecutivo(String prefijo) {
		return jdbc.sql("""
				INSERT INTO archivo_expediente_consecutivo (prefijo, ultimo) VALUES (?, 1)
				ON CONFLICT (prefijo) DO UPDATE SET ultimo = archivo_expediente_consecutivo.ultimo + 1
				RETURNING ultimo""").param(prefijo).query(Long.class).single();
	}

	record Nuevo(String numero, String prefijo, long consecutivo, String dependencia, long version, long fila,
			String nombre, @Nullable String descripcion, @Nullable String soporte, @Nullable String ubicacion,
			NivelAcceso nivel, @Nullable String fundamento, @Nullable LocalDate reservaHasta, LocalDate apertura,
			String usuario, Instant ahora) {
	}

	long insertar(Nuevo n) {
		return jdbc.sql("""
				INSERT INTO archivo_expediente (numero, prefijo, consecutivo, dependencia, trd_version_id, trd_fila_id,
				    nombre, descripcion, soporte, ubicacion_fisica, nivel_acceso, fundamento_reserva, reserva_hasta,
				    fecha_apertura, creado_por, creado_en)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(n.numero(), n.prefijo(), n.consecutivo(), n.dependencia(), n.version(), n.fila(), n.nombre(),
					n.descripcion(), n.soporte(), n.ubicacion(), n.nivel().name(), n.fundamento(),
					fecha(n.reservaHasta()), Date.valueOf(n.apertura()), n.usuario(), Timestamp.from(n.ahora()))
			.query(Long.class)
			.single();
	}

	Optional<Expediente> buscar(long id, boolean bloquear) {
		if (bloquear) {
			jdbc.sql("SELECT id FROM archivo_expediente WHERE id = ? FOR UPDATE")
				.param(id)
				.query(Long.class)
				.optional();
		}
		return jdbc.sql(EXPEDIENTE + " WHERE e.id = ?").param(id).query(RepositorioExpedientes::expediente).optional();
	}

	Optional<Long> idDe(String numero) {
		return jdbc.sql("SELECT id FROM archivo_expediente WHERE numero = ?")
			.param(numero)
			.query(Long.class)
			.optional();
	}

	/**
	 * @param dependencias only these, or every one when {@code null}
	 */
	List<Expediente> listar(@Nullable Collection<String> dependencias, @Nullable String estado, int limite) {
		StringBuilder sql = new StringBuilder(EXPEDIENTE).append(" WHERE true");
		java.util.List<Object> p = new java.util.ArrayList<>();
		if (dependencias != null) {
			if (dependencias.isEmpty()) {
				return List.of();
			}
			sql.append(" AND e.dependencia = ANY (?)");
			p.add(dependencias.toArray(String[]::new));
		}
		if (estado != null) {
			sql.append(" AND e.estado = ?");
			p.add(estado);
		}
		sql.append(" ORDER BY e.id DESC LIMIT ").append(limite);
		return jdbc.sql(sql.toString()).params(p).query(RepositorioExpedientes::expediente).list();
	}

	/**
	 * @return the open expediente of that TRD row, the most recent one.
	 */
	Optional<Long> abiertoDe(long fila) {
		return jdbc.sql("SELECT max(id) FROM archivo_expediente WHERE trd_fila_id = ? AND estado = 'ABIERTO'")
			.param(fila)
			.query(Long.class)
			.optional()
			.filter(java.util.Objects::nonNull);
	}

	List<EntradaIndice> entradas(long expediente) {
		return jdbc.sql("SELECT * FROM archivo_indice_entrada WHERE expediente_id = ? ORDER BY orden")
			.param(expediente)
			.query((rs, n) -> entrada(rs))
			.list();
	}

	record Contenido(String contenidoSha256, String formato, String nombre) {
	}

	Optional<Contenido> contenido(long expediente, int orden) {
		return jdbc.sql(
				"SELECT contenido_sha256, formato, nombre FROM archivo_indice_entrada WHERE expediente_id = ? AND orden = ?")
			.params(expediente, orden)
			.query((rs, n) -> new Contenido(rs.getString(1), rs.getString(2), rs.getString(3)))
			.optional();
	}

	boolean contiene(long expediente, String documentoId) {
		return jdbc.sql("SELECT count(*) FROM archivo_indice_entrada WHERE expediente_id = ? AND documento_id = ?")
			.params(expediente, documentoId)
			.query(Long.class)
			.single() > 0;
	}

	void agregar(long expediente, EntradaIndice e, String contenidoSha256, String usuario) {
		jdbc.sql(
				"""
						INSERT INTO archivo_indice_entrada (expediente_id, orden, documento_id, nombre, tipologia, fecha_creacion,
						    fecha_incorporacion, sha256, funcion_resumen, pagina_inicio, pagina_fin, formato, tamano, origen,
						    radicado, contenido_sha256, incorporado_por)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(expediente, e.orden(), e.documentoId(), e.nombre(), e.tipologia(), fecha(e.fechaCreacion()),
					Timestamp.from(e.fechaIncorporacion()), e.sha256(), e.funcionResumen(), e.paginaInicio(),
					e.paginaFin(), e.formato(), e.tamano(), e.origen().name(), e.radicado(), contenidoSha256, usuario)
			.update();
	}

	void cerrar(long id, LocalDate fecha, @Nullable LocalDate inicioRetencion, String huella, String usuario,
			Instant ahora) {
		jdbc.sql("""
				UPDATE archivo_expediente SET estado = 'CERRADO', fecha_cierre = ?, fecha_inicio_retencion = ?,
				       indice_sha256 = ?, cerrado_por = ?, cerrado_en = ? WHERE id = ?""")
			.params(Date.valueOf(fecha), fecha(inicioRetencion), huella, usuario, Timestamp.from(ahora), id)
			.update();
	}

	void fijarInicioRetencion(long id, LocalDate fecha) {
		jdbc.sql(
				"UPDATE archivo_expediente SET fecha_inicio_retencion = ? WHERE id = ? AND fecha_inicio_retencion IS NULL")
			.params(Date.valueOf(fecha), id)
			.update();
	}

	record SeriePqrsd(String dependencia, String serie, @Nullable String subserie, @Nullable String tipologia) {
	}

	Optional<SeriePqrsd> seriePqrsd(String dependencia) {
		return jdbc.sql("SELECT * FROM archivo_serie_pqrsd WHERE dependencia = ?")
			.param(dependencia)
			.query((rs, n) -> new SeriePqrsd(rs.getString("dependencia"), rs.getString("serie_codigo"),
					rs.getString("subserie_codigo"), rs.getString("tipologia")))
			.optional();
	}

	List<SeriePqrsd> seriesPqrsd() {
		return jdbc.sql("SELECT * FROM archivo_serie_pqrsd ORDER BY dependencia")
			.query((rs, n) -> new SeriePqrsd(rs.getString("dependencia"), rs.getString("serie_codigo"),
					rs.getString("subserie_codigo"), rs.getString("tipologia")))
			.list();
	}

	void configurar(SeriePqrsd s, String usuario, Instant ahora) {
		jdbc.sql("""
				INSERT INTO archivo_serie_pqrsd (dependencia, serie_codigo, subserie_codigo, tipologia, modificado_por,
				    modificado_en) VALUES (?, ?, ?, ?, ?, ?)
				ON CONFLICT (dependencia) DO UPDATE SET serie_codigo = EXCLUDED.serie_codigo,
				    subserie_codigo = EXCLUDED.subserie_codigo, tipologia = EXCLUDED.tipologia,
				    modificado_por = EXCLUDED.modificado_por, modificado_en = EXCLUDED.modificado_en""")
			.params(s.dependencia(), s.serie(), s.subserie(), s.tipologia(), usuario, Timestamp.from(ahora))
			.update();
	}

	private static EntradaIndice entrada(ResultSet rs) throws SQLException {
		Date creacion = rs.getDate("fecha_creacion");
		return new EntradaIndice(rs.getInt("orden"), rs.getString("documento_id"), rs.getString("nombre"),
				rs.getString("tipologia"), creacion == null ? null : creacion.toLocalDate(),
				rs.getTimestamp("fecha_incorporacion").toInstant(), rs.getString("sha256"),
				rs.getString("funcion_resumen"), rs.getInt("pagina_inicio"), rs.getInt("pagina_fin"),
				rs.getString("formato"), rs.getLong("tamano"), OrigenDocumento.valueOf(rs.getString("origen")),
				rs.getString("radicado"));
	}

	private static Expediente expediente(ResultSet rs, int n) throws SQLException {
		String sub = rs.getString("subserie_codigo");
		String codigo = rs.getString("dependencia") + "." + rs.getString("serie_codigo")
				+ (sub == null ? "" : "." + sub);
		Timestamp creado = rs.getTimestamp("creado_en");
		return new Expediente(rs.getLong("id"), rs.getString("numero"), rs.getString("dependencia"),
				rs.getLong("trd_version_id"), rs.getLong("trd_fila_id"), codigo, rs.getString("serie_nombre"),
				rs.getString("subserie_nombre"), rs.getString("nombre"), rs.getString("descripcion"),
				rs.getString("soporte"), rs.getString("ubicacion_fisica"),
				NivelAcceso.valueOf(rs.getString("nivel_acceso")), rs.getString("fundamento_reserva"),
				local(rs.getDate("reserva_hasta")), EstadoExpediente.valueOf(rs.getString("estado")),
				rs.getDate("fecha_apertura").toLocalDate(), local(rs.getDate("fecha_cierre")),
				local(rs.getDate("fecha_inicio_retencion")), rs.getString("indice_sha256"), rs.getString("creado_por"),
				creado == null ? null : creado.toInstant(), rs.getInt("documentos"), rs.getInt("paginas"));
	}

	private static @Nullable LocalDate local(@Nullable Date d) {
		return d == null ? null : d.toLocalDate();
	}

	private static @Nullable Date fecha(@Nullable LocalDate d) {
		return d == null ? null : Date.valueOf(d);
	}

}
