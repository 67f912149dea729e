package co.pqrsd.server.pqrsd;

import java.util.List;
import java.util.Optional;

import co.pqrsd.core.pqrsd.Pqrsd;
import co.pqrsd.server.radicacion.EntradasRadicacion;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the actions keep beside the case: the preferred answer channel, the documents of a
 * drafted answer until it is radicated, the SALIDA radicados produced, the published
 * answers.
 */
@Repository
class AccionesRepositorio {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AccionesRepositorio(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Optional<SolicitudCreacion.CanalRespuesta> canalRespuesta(String radicado) {
		return jdbc.sql("SELECT canal_respuesta FROM pqrsd_caso WHERE radicado = ? AND canal_respuesta IS NOT NULL")
			.param(radicado)
			.query(String.class)
			.optional()
			.map(SolicitudCreacion.CanalRespuesta::valueOf);
	}

	/** Replaces the documents of the drafted answer. */
	void guardarDocumentosRespuesta(String radicado, List<EntradasRadicacion.Adjunto> adjuntos) {
		jdbc.sql("DELETE FROM pqrsd_respuesta_documento WHERE radicado = ?").param(radicado).update();
		for (EntradasRadicacion.Adjunto a : adjuntos) {
			jdbc.sql("INSERT INTO pqrsd_respuesta_documento (radicado, nombre, tipo_declarado, contenido) "
					+ "VALUES (?, ?, ?, ?)")
				.params(radicado, a.nombre(), a.tipoDeclarado(), a.contenido())
				.update();
		}
	}

	List<EntradasRadicacion.Adjunto> documentosRespuesta(String radicado) {
		return jdbc.sql(
				"SELECT nombre, tipo_declarado, contenido FROM pqrsd_respuesta_documento WHERE radicado = ? ORDER BY id")
			.param(radicado)
			.query((rs, i) -> new EntradasRadicacion.Adjunto(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.list();
	}

	List<String> nombresDocumentosRespuesta(String radicado) {
		return jdbc.sql("SELECT nombre FROM pqrsd_respuesta_documento WHERE radicado = ? ORDER BY id")
			.param(radicado)
			.query(String.class)
			.list();
	}

	void borrarDocumentosRespuesta(String radicado) {
		jdbc.sql("DELETE FROM pqrsd_respuesta_documento WHERE radicado = ?").param(radicado).update();
	}

	void registrarSalida(String radicado, String salida, String tipo) {
		jdbc.sql("INSERT INTO pqrsd_salida (salida, radicado, tipo) VALUES (?, ?, ?)")
			.params(salida, radicado, tipo)
			.update();
	}

	record Salida(String salida, String tipo) {
	}

	List<Salida> salidas(String radicado) {
		return jdbc.sql("SELECT salida, tipo FROM pqrsd_salida WHERE radicado = ? ORDER BY salida")
			.param(radicado)
			.query((rs, i) -> new Salida(rs.getString(1), rs.getString(2)))
			.list();
	}

	/**
	 * @return the case (ENTRADA number) that produced this SALIDA, if any.
	 */
	Optional<String> casoDeSalida(String salida) {
		return jdbc.sql("SELECT radicado FROM pqrsd_salida WHERE salida = ?")
			.param(salida)
			.query(String.class)
			.optional();
	}

	/**
	 * Anonymous cases whose answer has a publication window (the caller filters by date).
	 */
	List<Pqrsd> publicadas() {
		return jdbc.sql("""
				SELECT caso::text FROM pqrsd_caso
				WHERE anonimo AND caso -> 'comunicacion' -> 'publicacion' IS NOT NULL
				  AND jsonb_typeof(caso -> 'comunicacion' -> 'publicacion') = 'object'
				ORDER BY radicado""").query((rs, i) -> json.readValue(rs.getString(1), Pqrsd.class)).list();
	}

}
