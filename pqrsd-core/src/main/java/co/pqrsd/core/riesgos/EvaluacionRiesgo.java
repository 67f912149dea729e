package co.pqrsd.core.riesgos;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The inherent and residual evaluation of a risk under one methodology version. Stores
 * what the user entered (the frequency, the answers) together with the levels derived
 * from them (domain-rules.md R-RSK-1).
 *
 * @param metodologia id of the methodology version, e.g. {@code DAFP_V6}
 * @param tipo kind of risk
 * @param frecuenciaAnual times a year the activity is executed, {@code null} when the
 * methodology rates probability directly
 * @param probabilidad inherent probability level
 * @param impacto inherent impact level
 * @param explicacionImpacto why the impact has that level
 * @param zonaInherente zone of the inherent cell
 * @param pasos controls applied one after another
 * @param probabilidadResidual residual probability value (same unit as the scale)
 * @param impactoResidual residual impact value
 * @param nivelProbabilidadResidual level of the residual probability
 * @param nivelImpactoResidual level of the residual impact
 * @param zonaResidual zone of the residual cell
 */
public record EvaluacionRiesgo(String metodologia, TipoRiesgo tipo, @Nullable Integer frecuenciaAnual,
		NivelRiesgo probabilidad, NivelRiesgo impacto, String explicacionImpacto, ZonaRiesgo zonaInherente,
		List<PasoControl> pasos, BigDecimal probabilidadResidual, BigDecimal impactoResidual,
		NivelRiesgo nivelProbabilidadResidual, NivelRiesgo nivelImpactoResidual, ZonaRiesgo zonaResidual) {

	public EvaluacionRiesgo {
		pasos = List.copyOf(pasos);
	}

}
