package co.pqrsd.server.pqrsd;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.core.informes.CasoRegistrado;
import co.pqrsd.core.pqrsd.Pqrsd;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sentido of the answer to a request for information or documents: CONCEDIDA, NEGADA
 * (in full) or PARCIAL, the last two with their legal ground (Ley 1712 de 2014, arts. 18
 * and 19; the list lives in the table {@code causal_negacion_acceso}) and their
 * motivation. It feeds the informe de solicitudes de acceso a la información (Decreto
 * 1081 de 2015, art. 2.1.1.6.2 num. 4).
 */
@Repository
class SentidosRespuesta {

	/** The motivation's bound (the column's). */
	static final int MAXIMO_MOTIVACION = 5000;

	private final JdbcClient jdbc;

	SentidosRespuesta(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What the answer's form or API sends. */
	record Solicitado(@Nullable String sentido, @Nullable String causal, @Nullable String motivacion) {

		static final Solicitado NINGUNO = new Solicitado(null, null, null);

	}

	/** A legal ground in force. */
	record Causal(String codigo, String articulo, String tipo, String descripcion) {
	}

	/** The sentido stored with the answer, its ground spelled out. */
	record Sentido(String sentido, @Nullable String causal, @Nullable String articulo,
			@Nullable String descripcionCausal, @Nullable String motivacion, String registradoPor,
			Instant registradoEn) {

		boolean negada() {
			return !"CONCEDIDA".equals(sentido);
		}

	}

	/** The grounds in force, in the law's order. */
	List<Causal> causales() {
		return jdbc.sql("""
				SELECT codigo, articulo, tipo, descripcion FROM causal_negacion_acceso WHERE vigente ORDER BY orden""")
			.query((rs, i) -> new Causal(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	Optional<Sentido> de(String radicado) {
		return jdbc.sql("""
				SELECT s.sentido, s.causal, c.articulo, c.descripcion, s.motivacion, s.registrado_por, s.registrado_en
				FROM pqrsd_sentido_respuesta s LEFT JOIN causal_negacion_acceso c ON c.codigo = s.causal
				WHERE s.radicado = ?""")
			.param(radicado)
			.query((rs, i) -> new Sentido(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
			.optional();
	}

	/**
	 * Checks and stores the sentido of the answer just drafted, in the draft's
	 * transaction (a new draft replaces the former one's).
	 * @return what to add to the draft's audit entry
	 * @throws ErrorDominio {@code SENTIDO_RESPUESTA_REQUERIDO},
	 * {@code SENTIDO_RESPUESTA_INVALIDO}, {@code CAUSAL_NEGACION_REQUERIDA},
	 * {@code CAUSAL_NEGACION_DESCONOCIDA}, {@code MOTIVACION_NEGACION_REQUERIDA}
	 */
	Map<String, Object> registrar(Pqrsd caso, Solicitado s, String usuario, Instant ahora) {
		String sentido = vacio(s.sentido()) ? null : s.sentido().strip().toUpperCase(Locale.ROOT);
		if (sentido == null && caso.estado() == co.pqrsd.core.pqrsd.EstadoPqrsd.VENCIDA_SILENCIO_POSITIVO) {
			// Ley 1755 de 2015, art. 14 num. 1: unanswered in term, the request for
			// documents
			// is deemed granted (a legal reserve may still be invoked, with its ground).
			sentido = "CONCEDIDA";
		}
		if (sentido == null) {
			if (exigido(caso)) {
				// Decreto 1081 de 2015, art. 2.1.1.6.2 num. 4: the report counts the
				// denied requests, so each answer to one says whether it grants access.
				throw new ErrorDominio("SENTIDO_RESPUESTA_REQUERIDO",
						"Indique el sentido de la respuesta a esta solicitud de información o documentos: CONCEDIDA, "
								+ "NEGADA o PARCIAL (Decreto 1081 de 2015, art. 2.1.1.6.2).");
			}
			jdbc.sql("DELETE FROM pqrsd_sentido_respuesta WHERE radicado = ?").param(caso.radicado()).update();
			return Map.of();
		}
		if (!List.of("CONCEDIDA", CasoRegistrado.NEGADA, CasoRegistrado.PARCIAL).contains(sentido)) {
			throw new ErrorDominio("SENTIDO_RESPUESTA_INVALIDO",
					"El sentido de la respuesta es CONCEDIDA, NEGADA o PARCIAL.", Map.of("sentido", sentido));
		}
		String causal = null;
		String motivacion = null;
		if (!"CONCEDIDA".equals(sentido)) {
			if (vacio(s.causal())) {
				// Ley 1712 de 2014, arts. 18 and 19; Decreto 1081 de 2015, art.
				// 2.1.1.4.4.1: a denial names the exception it rests on.
				throw new ErrorDominio("CAUSAL_NEGACION_REQUERIDA",
						"Una respuesta que niega el acceso, total o parcialmente, indica la causal de la Ley 1712 de "
								+ "2014 (art. 18 información clasificada o art. 19 información reservada).");
			}
			causal = s.causal().strip();
			String buscada = causal;
			if (causales().stream().noneMatch(c -> c.codigo().equals(buscada))) {
				throw new ErrorDominio("CAUSAL_NEGACION_DESCONOCIDA",
						"La causal " + causal
								+ " no es una de las vigentes de los arts. 18 y 19 de la Ley 1712 de 2014.",
						Map.of("causal", causal));
			}
			if (vacio(s.motivacion()) || s.motivacion().strip().length() > MAXIMO_MOTIVACION) {
				// Ley 1437 de 2011, art. 25 (sustituido por la Ley 1755 de 2015): the
				// refusal for reserve is motivated.
				throw new ErrorDominio("MOTIVACION_NEGACION_REQUERIDA",
						"Motive la negación (Ley 1437 de 2011, art. 25, sustituido por la Ley 1755 de 2015): el daño "
								+ "presente, probable y específico, en máximo " + MAXIMO_MOTIVACION + " caracteres.");
			}
			motivacion = s.motivacion().strip();
		}
		jdbc.sql(
				"""
						INSERT INTO pqrsd_sentido_respuesta (radicado, sentido, causal, motivacion, registrado_por, registrado_en)
						VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (radicado) DO UPDATE SET sentido = EXCLUDED.sentido,
						causal = EXCLUDED.causal, motivacion = EXCLUDED.motivacion, registrado_por = EXCLUDED.registrado_por,
						registrado_en = EXCLUDED.registrado_en""")
			.params(caso.radicado(), sentido, causal, motivacion, usuario, Timestamp.from(ahora))
			.update();
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("sentido", sentido);
		if (causal != null) {
			d.put("causal", causal);
			d.put("motivacion", motivacion);
		}
		return d;
	}

	/**
	 * @return whether the case's answer must state its sentido: the requests the report
	 * counts as access to information (modality DOCUMENTOS).
	 */
	static boolean exigido(Pqrsd caso) {
		return CasoRegistrado.MODALIDAD_ACCESO.equals(caso.modalidad());
	}

	private static boolean vacio(@Nullable String s) {
		return s == null || s.isBlank();
	}

}
