package co.pqrsd.server.radicacion;

import co.pqrsd.server.documentos.AlmacenDocumentos;
import co.pqrsd.core.comun.Colombia;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import co.pqrsd.core.radicacion.Anulacion;
import co.pqrsd.core.radicacion.TipoRadicado;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Radicados, their counters, parties, documents, annotations and search index. */
@Repository
class RadicadoRepository {

	private static final ZoneId BOGOTA = Colombia.ZONA;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	RadicadoRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Advances the scope's counter and returns the new consecutive. The row stays locked
	 * until the caller's transaction ends: concurrent clerks queue here, and a rollback
	 * gives the number back (no gap).
	 */
	long siguienteConsecutivo(String alcance, int anio, TipoRadicado tipo) {
		return jdbc.sql("""
				INSERT INTO radicado_consecutivo (alcance, anio, tipo, ultimo) VALUES (?, ?, ?, 1)
				ON CONFLICT (alcance) DO UPDATE SET ultimo = radicado_consecutivo.ultimo + 1 RETURNING ultimo""")
			.params(alcance, anio, tipo.name())
			.query(Long.class)
			.single();
	}

	/**
	 * A radicado about to be stored.
	 *
	 * @param alcance the counter's scope the consecutive was taken from
	 * @param dependencia the responsible dependencia
	 */
	record Nuevo(Radicado.Numeracion numeracion, String alcance, String dependencia, String dependenciaRadicadora,
			String radicador, SolicitudRadicacion s, @Nullable Vinculo remitente, @Nullable Vinculo destinatario) {
	}

	/**
	 * A party as given on this radicado (stored with it), and its directory entry if any.
	 */
	record Vinculo(Parte parte, @Nullable Long terceroId) {
	}

	void insertar(Nuevo n) {
		SolicitudRadicacion s = n.s();
		Radicado.Numeracion num = n.numeracion();
		jdbc.sql(
				"""
						INSERT INTO radicado (numero, anio, tipo, consecutivo, alcance, fecha_radicacion, dependencia, dependencia_radicadora,
						  asunto, descripcion, medio, guia, folios, anexos_cantidad, anexos_descripcion, remitente_id, remitente_anonimo, remitente,
						  destinatario_id, destinatario, radicado_relacionado, radicador, observaciones)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, CAST(? AS jsonb), ?, ?, ?)""")
			.params(num.numero(), num.anio(), num.tipo().name(), num.consecutivo(), n.alcance(),
					Timestamp.from(num.fechaRadicacion().toInstant()), n.dependencia(), n.dependenciaRadicadora(),
					s.asunto().strip(), vacio(s.descripcion()), s.medio().name(), vacio(s.guia()), s.folios(),
					s.anexosCantidad() == null ? 0 : s.anexosCantidad(), vacio(s.anexosDescripcion()),
					n.remitente() == null ? null : n.remitente().terceroId(),
					n.remitente() != null && n.remitente().parte().anonimo(), snapshot(n.remitente()),
					n.destinatario() == null ? null : n.destinatario().terceroId(), snapshot(n.destinatario()),
					vacio(s.radicadoRelacionado()), n.radicador(), vacio(s.observaciones()))
			.update();
	}

	private @Nullable String snapshot(@Nullable Vinculo v) {
		return v == null ? null : json.writeValueAsString(v.parte());
	}

	/**
	 * Rebuilds the radicado's search vector: asunto and parties (weight A/B), description
	 * (B), documents' text (C).
	 */
	void indexar(String numero) {
		jdbc.sql(
				"""
						INSERT INTO radicado_busqueda (numero, vector)
						SELECT r.numero,
						       setweight(to_tsvector('pqrsd_es', r.asunto), 'A')
						    || setweight(to_tsvector('pqrsd_es', coalesce(r.descripcion, '') || ' ' || coalesce(r.remitente->>'nombre', '')
						                 || ' ' || coalesce(r.destinatario->>'nombre', '')), 'B')
						    || setweight(to_tsvector('pqrsd_es', left(coalesce((SELECT string_agg(d.texto, ' ') FROM documento d WHERE d.numero = r.numero), ''), 400000)), 'C')
						FROM radicado r WHERE r.numero = ?
						ON CONFLICT (numero) DO UPDATE SET vector = EXCLUDED.vector""")
			.param(numero)
			.update();
	}

	boolean existe(String numero) {
		return jdbc.sql("SELECT count(*) FROM radicado WHERE numero = ?").param(numero).query(Long.class).single() > 0;
	}

	boolean reservado(String numero) {
		return jdbc.sql("SELECT count(*) FROM radicado_reserva WHERE numero = ?")
			.param(numero)
			.query(Long.class)
			.single() > 0;
	}

	void reservar(String numero, String motivo, java.time.Instant ahora) {
		jdbc.sql("INSERT INTO radicado_reserva (numero, motivo, creado_en) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
			.params(numero, motivo, java.sql.Timestamp.from(ahora))
			.update();
	}

	Optional<Radicado> buscar(String numero) {
		return jdbc.sql(SELECT + " WHERE r.numero = ?").param(numero).query((rs, i) -> radicado(rs)).optional();
	}

	Optional<Radicado> bloquear(String numero) {
		return jdbc.sql(SELECT + " WHERE r.numero = ? FOR UPDATE OF r")
			.param(numero)
			.query((rs, i) -> radicado(rs))
			.optional();
	}

	static final String SELECT = """
			SELECT r.*, d.nombre AS dependencia_nombre FROM radicado r JOIN dependencia d ON d.codigo = r.dependencia""";

	List<Radicado.Documento> documentos(String numero) {
		return jdbc.sql("SELECT * FROM documento WHERE numero = ? ORDER BY rol DESC, id")
			.param(numero)
			.query((rs, i) -> documento(rs))
			.list();
	}

	Optional<Radicado.Documento> documento(String numero, long id) {
		return jdbc.sql("SELECT * FROM documento WHERE numero = ? AND id = ?")
			.params(numero, id)
			.query((rs, i) -> documento(rs))
			.optional();
	}

	long insertarDocumento(String numero, String rol, String nombre, int version, @Nullable Long versionDe,
			AlmacenDocumentos.Recibido r, AnalizadorDocumentos.Analisis a, @Nullable String declarado, String usuario,
			Instant ahora) {
		return jdbc
			.sql("""
					INSERT INTO documento (numero, rol, nombre, version, version_de, sha256, tamano, tipo_mime, tipo_declarado, paginas, autor, titulo,
					  creado_doc, texto, estado_texto, cargado_por, cargado_en)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(numero, rol, recortar(nombre, 255), version, versionDe, r.sha256(), r.tamano(), a.tipoMime(),
					recortar(declarado, 150), a.paginas(), recortar(a.autor(), 300), recortar(a.titulo(), 500),
					recortar(a.creado(), 40), a.texto(), a.estadoTexto(), usuario, Timestamp.from(ahora))
			.query(Long.class)
			.single();
	}

	/** The radicado's metadata for the document store (its Alfresco adapter). */
	AlmacenDocumentos.Radicado paraAlmacen(String numero) {
		return jdbc
			.sql("""
					SELECT numero, anio, tipo, consecutivo, fecha_radicacion, dependencia, asunto, medio, radicador, estado, folios,
					  CASE WHEN remitente_anonimo THEN NULL ELSE remitente->>'nombre' END AS remitente_nombre,
					  destinatario->>'nombre' AS destinatario_nombre, anexos_descripcion, radicado_relacionado
					FROM radicado WHERE numero = ?""")
			.param(numero)
			.query((rs, i) -> new AlmacenDocumentos.Radicado(rs.getString("numero"), rs.getInt("anio"),
					rs.getString("tipo"), rs.getLong("consecutivo"), rs.getTimestamp("fecha_radicacion").toInstant(),
					rs.getString("dependencia"), rs.getString("asunto"), rs.getString("medio"),
					rs.getString("radicador"), rs.getString("estado"), rs.getObject("folios", Integer.class),
					rs.getString("remitente_nombre"), rs.getString("destinatario_nombre"),
					rs.getString("anexos_descripcion"), rs.getString("radicado_relacionado")))
			.single();
	}

	List<Radicado.Anotacion> anotaciones(String numero) {
		return jdbc.sql("SELECT id, texto, autor, creado_en FROM radicado_anotacion WHERE numero = ? ORDER BY id")
			.param(numero)
			.query((rs, i) -> new Radicado.Anotacion(rs.getLong("id"), rs.getString("texto"), rs.getString("autor"),
					rs.getTimestamp("creado_en").toInstant()))
			.list();
	}

	long anotar(String numero, String texto, String autor, Instant ahora) {
		return jdbc
			.sql("INSERT INTO radicado_anotacion (numero, texto, autor, creado_en) VALUES (?, ?, ?, ?) RETURNING id")
			.params(numero, texto, autor, Timestamp.from(ahora))
			.query(Long.class)
			.single();
	}

	void anular(String numero, Anulacion a) {
		jdbc.sql(
				"""
						UPDATE radicado SET estado = 'ANULADO', anulado_en = ?, anulado_por = ?, anulacion_justificacion = ?, anulacion_acta = ?
						WHERE numero = ?""")
			.params(Timestamp.from(a.anuladoEn()), a.anuladoPor(), a.justificacion(), a.acta(), numero)
			.update();
	}

	/**
	 * Same sender and a similar subject in the last 30 days (a warning, never a refusal).
	 * Uses the sender index.
	 * @param dependencias when not empty, only radicados of these dependencias (the
	 * reader's permissions)
	 */
	List<String> posiblesDuplicados(@Nullable Long remitenteId, @Nullable String numeroDocumento, String asunto,
			Instant desde, @Nullable String excepto, Set<String> dependencias) {
		if (remitenteId == null && numeroDocumento == null) {
			return List.of();
		}
		String remitentes = remitenteId != null ? "r.remitente_id = ?"
				: "r.remitente_id IN (SELECT id FROM tercero WHERE numero_documento = ?)";
		return jdbc.sql("SELECT r.numero FROM radicado r WHERE " + remitentes + """
				 AND r.fecha_radicacion >= ? AND r.estado = 'VIGENTE'
				  AND similarity(pqrsd_normalizar(r.asunto), pqrsd_normalizar(?)) >= 0.5 AND r.numero IS DISTINCT FROM ?
				  AND (cardinality(?::varchar[]) = 0 OR r.dependencia = ANY (?::varchar[]))
				ORDER BY r.fecha_radicacion DESC LIMIT 10""")
			.params(remitenteId != null ? remitenteId : numeroDocumento, Timestamp.from(desde), asunto, excepto,
					dependencias.toArray(String[]::new), dependencias.toArray(String[]::new))
			.query(String.class)
			.list();
	}

	private Radicado radicado(ResultSet rs) throws SQLException {
		Timestamp anulado = rs.getTimestamp("anulado_en");
		return Radicado.registrado(
				new Radicado.Numeracion(rs.getString("numero"), rs.getInt("anio"),
						TipoRadicado.valueOf(rs.getString("tipo")), rs.getLong("consecutivo"),
						OffsetDateTime.ofInstant(rs.getTimestamp("fecha_radicacion").toInstant(), BOGOTA)),
				rs.getString("estado"),
				new Radicado.Asignacion(rs.getString("dependencia"), rs.getString("dependencia_nombre"),
						rs.getString("dependencia_radicadora"), rs.getString("radicador")),
				new Radicado.Contenido(rs.getString("asunto"), rs.getString("descripcion"),
						rs.getString("observaciones"), rs.getString("radicado_relacionado")),
				new Radicado.Recepcion(Medio.valueOf(rs.getString("medio")), rs.getString("guia"),
						(Integer) rs.getObject("folios"), rs.getInt("anexos_cantidad"),
						rs.getString("anexos_descripcion")),
				parte(rs.getString("remitente")), parte(rs.getString("destinatario")),
				anulado == null ? null : new Anulacion(anulado.toInstant(), rs.getString("anulado_por"),
						rs.getString("anulacion_justificacion"), rs.getString("anulacion_acta")));
	}

	private @Nullable Parte parte(@Nullable String texto) {
		return texto == null ? null : json.readValue(texto, Parte.class);
	}

	private static Radicado.Documento documento(ResultSet rs) throws SQLException {
		return new Radicado.Documento(rs.getLong("id"), rs.getString("rol"), rs.getString("nombre"),
				rs.getInt("version"), (Long) rs.getObject("version_de"), rs.getString("sha256"), rs.getLong("tamano"),
				rs.getString("tipo_mime"), rs.getString("tipo_declarado"), (Integer) rs.getObject("paginas"),
				rs.getString("autor"), rs.getString("titulo"), rs.getString("estado_texto"),
				rs.getString("cargado_por"), rs.getTimestamp("cargado_en").toInstant());
	}

	private static @Nullable String vacio(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static @Nullable String recortar(@Nullable String s, int maximo) {
		return s == null ? null : s.length() <= maximo ? s : s.substring(0, maximo);
	}

}
