package co.pqrsd.server.riesgos;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.pqrsd.core.riesgos.Control;
import co.pqrsd.core.riesgos.EvaluacionRiesgo;
import co.pqrsd.core.riesgos.Riesgo;
import co.pqrsd.core.riesgos.SeguimientoMapaRiesgos;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores each risk as the core record (jsonb) with its inputs and the columns lists
 * filter on, and the follow-up records of each cut.
 */
@Repository
class RiesgoRepository {

	private static final String COLUMNAS = "id, vigencia, dependencia, riesgo::text, controles::text, "
			+ "entrada_evaluacion::text, informes::text";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	RiesgoRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	boolean existeCodigo(int vigencia, String codigo) {
		return jdbc.sql("SELECT count(*) FROM riesgo WHERE vigencia = ? AND codigo = ?")
			.params(vigencia, codigo)
			.query(Long.class)
			.single() > 0;
	}

	long contar(int vigencia) {
		return jdbc.sql("SELECT count(*) FROM riesgo WHERE vigencia = ?").param(vigencia).query(Long.class).single();
	}

	/**
	 * @return the new risk's id, or empty when its code is already used in the vigencia
	 */
	Optional<Long> insertar(int vigencia, @Nullable String dependencia, Riesgo riesgo, Instant ahora) {
		return jdbc.sql("""
				INSERT INTO riesgo (vigencia, codigo, proceso, dependencia, tipo, riesgo, creado_en, actualizado_en)
				VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?)
				ON CONFLICT (vigencia, codigo) DO NOTHING RETURNING id""")
			.params(vigencia, riesgo.codigo(), riesgo.proceso(), dependencia, riesgo.tipo().name(),
					json.writeValueAsString(riesgo), Timestamp.from(ahora), Timestamp.from(ahora))
			.query(Long.class)
			.optional();
	}

	void actualizar(FilaRiesgo fila, Instant ahora) {
		Riesgo r = fila.riesgo();
		EvaluacionRiesgo e = r.evaluacion();
		jdbc.sql("""
				UPDATE riesgo SET codigo = ?, proceso = ?, dependencia = ?, tipo = ?, riesgo = CAST(? AS jsonb),
				    controles = CAST(? AS jsonb), entrada_evaluacion = CAST(? AS jsonb), informes = CAST(? AS jsonb),
				    zona_inherente = ?, zona_residual = ?, requiere_reevaluacion = ?, version = version + 1,
				    actualizado_en = ?
				WHERE id = ?""")
			.params(r.codigo(), r.proceso(), fila.dependencia(), r.tipo().name(), json.writeValueAsString(r),
					json.writeValueAsString(fila.controles()),
					fila.entrada() == null ? null : json.writeValueAsString(fila.entrada()),
					json.writeValueAsString(fila.informes()), e == null ? null : e.zonaInherente().name(),
					e == null ? null : e.zonaResidual().name(), r.requiereReevaluacion(), Timestamp.from(ahora),
					fila.id())
			.update();
	}

	void eliminar(long id) {
		jdbc.sql("DELETE FROM riesgo WHERE id = ?").param(id).update();
	}

	Optional<FilaRiesgo> buscar(long id) {
		return jdbc.sql("SELECT " + COLUMNAS + " FROM riesgo WHERE id = ?").param(id).query(this::leer).optional();
	}

	/** The risk locked until the transaction ends, so two actions never interleave. */
	Optional<FilaRiesgo> bloquear(long id) {
		return jdbc.sql("SELECT " + COLUMNAS + " FROM riesgo WHERE id = ? FOR UPDATE")
			.param(id)
			.query(this::leer)
			.optional();
	}

	/**
	 * @return the risks of the vigencia by proceso and code.
	 */
	List<FilaRiesgo> deVigencia(int vigencia) {
		return jdbc.sql("SELECT " + COLUMNAS + " FROM riesgo WHERE vigencia = ? ORDER BY proceso, codigo")
			.param(vigencia)
			.query(this::leer)
			.list();
	}

	/**
	 * @return the stored records of a cut, by risk code.
	 */
	Map<String, SeguimientoMapaRiesgos.Registro> registros(int vigencia, int corte) {
		Map<String, SeguimientoMapaRiesgos.Registro> registros = new LinkedHashMap<>();
		jdbc.sql("SELECT registro::text FROM riesgo_seguimiento WHERE vigencia = ? AND corte = ?")
			.params(vigencia, corte)
			.query((rs, i) -> json.readValue(rs.getString(1), SeguimientoMapaRiesgos.Registro.class))
			.list()
			.forEach(r -> registros.put(r.riesgo(), r));
		return registros;
	}

	void guardarRegistro(int vigencia, int corte, long riesgoId, SeguimientoMapaRiesgos.Registro registro) {
		jdbc.sql("""
				INSERT INTO riesgo_seguimiento (vigencia, corte, riesgo_id, registro) VALUES (?, ?, ?, CAST(? AS jsonb))
				ON CONFLICT (vigencia, corte, riesgo_id) DO UPDATE SET registro = EXCLUDED.registro""")
			.params(vigencia, corte, riesgoId, json.writeValueAsString(registro))
			.update();
	}

	record Publicacion(LocalDate el, String por) {
	}

	/** The publication of the cut, locked until the transaction ends. */
	Optional<Publicacion> publicacion(int vigencia, int corte) {
		jdbc.sql("SELECT pg_advisory_xact_lock(?, ?)").params(vigencia, corte).query((rs, i) -> 1).list();
		return jdbc.sql("SELECT publicado_el, publicado_por FROM riesgo_corte WHERE vigencia = ? AND corte = ?")
			.params(vigencia, corte)
			.query((rs, i) -> new Publicacion(rs.getObject(1, LocalDate.class), rs.getString(2)))
			.optional();
	}

	void publicar(int vigencia, int corte, LocalDate el, String por) {
		jdbc.sql("INSERT INTO riesgo_corte (vigencia, corte, publicado_el, publicado_por) VALUES (?, ?, ?, ?)")
			.params(vigencia, corte, el, por)
			.update();
	}

	/**
	 * @return whether the risk has a record in a published cut.
	 */
	boolean tieneSeguimientoPublicado(long id) {
		return jdbc
			.sql("""
					SELECT count(*) FROM riesgo_seguimiento s JOIN riesgo_corte c ON c.vigencia = s.vigencia AND c.corte = s.corte
					WHERE s.riesgo_id = ?""")
			.param(id)
			.query(Long.class)
			.single() > 0;
	}

	private FilaRiesgo leer(ResultSet rs, int fila) throws SQLException {
		String dependencia = rs.getString(3);
		String entrada = rs.getString(6);
		return new FilaRiesgo(rs.getLong(1), rs.getInt(2), dependencia, json.readValue(rs.getString(4), Riesgo.class),
				json.readValue(rs.getString(5), new TypeReference<List<Control>>() {
				}), entrada == null ? null : json.readValue(entrada, EntradaEvaluacion.class),
				json.readValue(rs.getString(7), new TypeReference<List<InformeAutoridad>>() {
				}));
	}

}
