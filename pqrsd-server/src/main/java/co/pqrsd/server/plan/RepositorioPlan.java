package co.pqrsd.server.plan;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import co.pqrsd.core.plan.Actividad;
import co.pqrsd.core.plan.Evidencia;
import co.pqrsd.core.plan.LectorFechas;
import co.pqrsd.core.plan.Meta;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores plans, their versions, the follow-up of each cut and the evidence documents. An
 * activity is stored with its meta and date as the plan wrote them; the core reads them
 * again on load, so what is stored never disagrees with the rules.
 */
@Repository
class RepositorioPlan {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	RepositorioPlan(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** An activity as stored (jsonb) and as the API takes it in an adjustment. */
	record FilaActividad(String codigo, String componente, @Nullable String subcomponente, @Nullable String objetivo,
			String descripcion, @Nullable String indicador, String meta, String fecha, String responsable,
			@Nullable BigDecimal peso) {

		static FilaActividad de(Actividad a) {
			return new FilaActividad(a.codigo(), a.componente(), a.subcomponente(), a.objetivo(), a.descripcion(),
					a.indicador(),
					a.meta().valor().stripTrailingZeros().toPlainString()
							+ (a.meta().unidad() == Meta.Unidad.PORCENTAJE ? "%" : ""),
					a.fecha().texto(), a.responsable(), a.peso());
		}

		/**
		 * @throws co.pqrsd.core.comun.ErrorDominio the core's refusals of a bad meta,
		 * date or activity
		 */
		Actividad actividad(int vigencia) {
			return new Actividad(codigo, componente, subcomponente == null ? "" : subcomponente,
					objetivo == null ? "" : objetivo, descripcion, indicador == null ? "" : indicador, Meta.leer(meta),
					LectorFechas.leer(fecha, vigencia), responsable, peso == null ? BigDecimal.ONE : peso);
		}

	}

	record FilaVersion(int numero, List<FilaActividad> actividades, Instant publicadaEn, String publicadaPor,
			@Nullable String motivo) {
	}

	record FilaPlan(int vigencia, String plantilla, List<FilaActividad> borrador, String creadoPor, Instant creadoEn) {
	}

	record FilaEvidencia(Evidencia.Tipo tipo, String referencia, @Nullable String sha256) {

		Evidencia evidencia() {
			return new Evidencia(tipo, referencia, sha256);
		}

	}

	record FilaSeguimiento(String actividad, @Nullable BigDecimal reportado, @Nullable String descripcion,
			List<FilaEvidencia> evidencias, @Nullable String reportadoPor, @Nullable Instant reportadoEn,
			@Nullable BigDecimal verificado, @Nullable String observaciones, @Nullable String verificadoPor,
			@Nullable Instant verificadoEn) {
	}

	record CortePublicado(int numero, LocalDate publicadoEl, String publicadoPor) {
	}

	record DocumentoEvidencia(long id, String actividad, String nombre, String tipo, long tamano, String sha256,
			String subidoPor, Instant subidoEn) {
	}

	List<FilaPlan> planes() {
		return jdbc
			.sql("SELECT vigencia, plantilla, borrador::text, creado_por, creado_en FROM plan_anticorrupcion "
					+ "ORDER BY vigencia DESC")
			.query((rs, i) -> new FilaPlan(rs.getInt(1), rs.getString(2), actividades(rs.getString(3)), rs.getString(4),
					rs.getTimestamp(5).toInstant()))
			.list();
	}

	Optional<FilaPlan> plan(int vigencia, boolean bloquear) {
		return jdbc
			.sql("SELECT vigencia, plantilla, borrador::text, creado_por, creado_en FROM plan_anticorrupcion "
					+ "WHERE vigencia = ?" + (bloquear ? " FOR UPDATE" : ""))
			.param(vigencia)
			.query((rs, i) -> new FilaPlan(rs.getInt(1), rs.getString(2), actividades(rs.getString(3)), rs.getString(4),
					rs.getTimestamp(5).toInstant()))
			.optional();
	}

	/**
	 * @return false when the vigencia already has a plan
	 */
	boolean insertar(int vigencia, String plantilla, String quien, Instant ahora) {
		return jdbc.sql("""
				INSERT INTO plan_anticorrupcion (vigencia, plantilla, borrador, creado_por, creado_en)
				VALUES (?, ?, '[]', ?, ?) ON CONFLICT (vigencia) DO NOTHING""")
			.params(vigencia, plantilla, quien, Timestamp.from(ahora))
			.update() == 1;
	}

	void guardarBorrador(int vigencia, List<FilaActividad> actividades) {
		jdbc.sql("UPDATE plan_anticorrupcion SET borrador = CAST(? AS jsonb) WHERE vigencia = ?")
			.params(json.writeValueAsString(actividades), vigencia)
			.update();
	}

	List<FilaVersion> versiones(int vigencia) {
		return jdbc
			.sql("SELECT numero, actividades::text, publicada_en, publicada_por, motivo FROM plan_version "
					+ "WHERE vigencia = ? ORDER BY numero")
			.param(vigencia)
			.query((rs, i) -> new FilaVersion(rs.getInt(1), actividades(rs.getString(2)),
					rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5)))
			.list();
	}

	void insertarVersion(int vigencia, FilaVersion v) {
		jdbc.sql("""
				INSERT INTO plan_version (vigencia, numero, actividades, publicada_en, publicada_por, motivo)
				VALUES (?, ?, CAST(? AS jsonb), ?, ?, ?)""")
			.params(vigencia, v.numero(), json.writeValueAsString(v.actividades()), Timestamp.from(v.publicadaEn()),
					v.publicadaPor(), v.motivo())
			.update();
	}

	Map<Integer, CortePublicado> cortesPublicados(int vigencia) {
		return jdbc.sql("SELECT numero, publicado_el, publicado_por FROM plan_corte_publicado WHERE vigencia = ?")
			.param(vigencia)
			.query((rs, i) -> new CortePublicado(rs.getInt(1), rs.getObject(2, LocalDate.class), rs.getString(3)))
			.list()
			.stream()
			.collect(Collectors.toMap(CortePublicado::numero, c -> c));
	}

	void publicarCorte(int vigencia, int numero, LocalDate el, String por) {
		jdbc.sql("INSERT INTO plan_corte_publicado (vigencia, numero, publicado_el, publicado_por) VALUES (?, ?, ?, ?)")
			.params(vigencia, numero, el, por)
			.update();
	}

	List<FilaSeguimiento> seguimientos(int vigencia, int corte) {
		return jdbc.sql("""
				SELECT actividad, reportado, descripcion, evidencias::text, reportado_por, reportado_en,
				       verificado, observaciones, verificado_por, verificado_en
				FROM plan_seguimiento WHERE vigencia = ? AND corte = ? ORDER BY actividad""")
			.params(vigencia, corte)
			.query((rs, i) -> new FilaSeguimiento(rs.getString(1), rs.getBigDecimal(2), rs.getString(3),
					Arrays.asList(json.readValue(rs.getString(4), FilaEvidencia[].class)), rs.getString(5),
					instante(rs.getTimestamp(6)), rs.getBigDecimal(7), rs.getString(8), rs.getString(9),
					instante(rs.getTimestamp(10))))
			.list();
	}

	void guardarAvance(int vigencia, int corte, String actividad, BigDecimal valor, String descripcion,
			List<FilaEvidencia> evidencias, String quien, Instant ahora) {
		jdbc.sql("""
				INSERT INTO plan_seguimiento (vigencia, corte, actividad, reportado, descripcion, evidencias,
				                              reportado_por, reportado_en)
				VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?)
				ON CONFLICT (vigencia, corte, actividad) DO UPDATE SET reportado = excluded.reportado,
				    descripcion = excluded.descripcion, evidencias = excluded.evidencias,
				    reportado_por = excluded.reportado_por, reportado_en = excluded.reportado_en""")
			.params(vigencia, corte, actividad, valor, descripcion, json.writeValueAsString(evidencias), quien,
					Timestamp.from(ahora))
			.update();
	}

	void guardarVerificacion(int vigencia, int corte, String actividad, BigDecimal valor, String observaciones,
			String quien, Instant ahora) {
		jdbc.sql("""
				INSERT INTO plan_seguimiento (vigencia, corte, actividad, verificado, observaciones, verificado_por,
				                              verificado_en)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (vigencia, corte, actividad) DO UPDATE SET verificado = excluded.verificado,
				    observaciones = excluded.observaciones, verificado_por = excluded.verificado_por,
				    verificado_en = excluded.verificado_en""")
			.params(vigencia, corte, actividad, valor, observaciones, quien, Timestamp.from(ahora))
			.update();
	}

	long guardarEvidencia(int vigencia, int corte, String actividad, String nombre, String tipo, byte[] contenido,
			String sha256, String quien, Instant ahora) {
		return jdbc.sql("""
				INSERT INTO plan_evidencia (vigencia, corte, actividad, nombre, tipo, tamano, sha256, contenido,
				                            subido_por, subido_en)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(vigencia, corte, actividad, nombre, tipo, contenido.length, sha256, contenido, quien,
					Timestamp.from(ahora))
			.query(Long.class)
			.single();
	}

	List<DocumentoEvidencia> evidencias(int vigencia, int corte) {
		return jdbc.sql("""
				SELECT id, actividad, nombre, tipo, tamano, sha256, subido_por, subido_en FROM plan_evidencia
				WHERE vigencia = ? AND corte = ? ORDER BY id""")
			.params(vigencia, corte)
			.query((rs, i) -> new DocumentoEvidencia(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getLong(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant()))
			.list();
	}

	Optional<byte[]> contenidoEvidencia(int vigencia, int corte, long id) {
		return jdbc.sql("SELECT contenido FROM plan_evidencia WHERE vigencia = ? AND corte = ? AND id = ?")
			.params(vigencia, corte, id)
			.query((rs, i) -> rs.getBytes(1))
			.optional();
	}

	boolean hayEvidencia(int vigencia, int corte, String actividad, String sha256) {
		return jdbc
			.sql("SELECT count(*) FROM plan_evidencia WHERE vigencia = ? AND corte = ? AND actividad = ? "
					+ "AND sha256 = ?")
			.params(vigencia, corte, actividad, sha256)
			.query(Long.class)
			.single() > 0;
	}

	private List<FilaActividad> actividades(String texto) {
		return Arrays.asList(json.readValue(texto, FilaActividad[].class));
	}

	private static @Nullable Instant instante(@Nullable Timestamp t) {
		return t == null ? null : t.toInstant();
	}

}
