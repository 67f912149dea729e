package co.pqrsd.server.riesgos;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the user entered for a risk's evaluation, kept so that the evaluation is computed
 * again, with the same inputs, when its controls change (domain-rules.md R-RSK-1).
 *
 * @param metodologia id of the methodology version used
 * @param frecuenciaAnual times a year the activity is executed (probability by frequency)
 * @param probabilidad probability level code, for versions that rate it directly
 * @param respuestas the impact questionnaire's answers, for corruption risks
 * @param impacto impact level code, for management risks
 */
record EntradaEvaluacion(String metodologia, @Nullable Integer frecuenciaAnual, @Nullable String probabilidad,
		List<Boolean> respuestas, @Nullable String impacto) {

	EntradaEvaluacion {
		respuestas = List.copyOf(respuestas);
	}

}
