package co.pqrsd.core.riesgos;

import java.util.List;
import java.util.Map;

import co.pqrsd.core.comun.ErrorDominio;

/**
 * The treatment chosen for a risk after its residual evaluation, with its action plan.
 * Built through {@link #para}, which enforces the legal refusals.
 *
 * @param opcion the treatment option
 * @param acciones the action plan, empty only when the risk is accepted
 */
public record PlanTratamiento(OpcionTratamiento opcion, List<AccionTratamiento> acciones) {

	public PlanTratamiento {
		acciones = List.copyOf(acciones);
	}

	/**
	 * @param evaluacion the risk's current evaluation
	 * @param metodologia the version the evaluation used
	 * @throws ErrorDominio {@code ACEPTAR_NO_PERMITIDO} when a corruption risk would be
	 * accepted (domain-rules.md R-RSK-10); {@code ACEPTAR_FUERA_DE_ZONA} when another
	 * risk would be accepted above the zone the methodology allows;
	 * {@code TRATAMIENTO_SIN_ACCIONES} when reducing, avoiding or sharing has no action
	 * (R-RSK-11)
	 */
	public static PlanTratamiento para(EvaluacionRiesgo evaluacion, Metodologia metodologia, OpcionTratamiento opcion,
			List<AccionTratamiento> acciones) {
		if (opcion == OpcionTratamiento.ACEPTAR
				&& !metodologia.admiteAceptar(evaluacion.tipo(), evaluacion.zonaResidual())) {
			if (evaluacion.tipo() == TipoRiesgo.CORRUPCION) {
				// Guía DAFP v5/v6: un riesgo de corrupción siempre tiene plan de
				// tratamiento (R-RSK-10).
				throw new ErrorDominio("ACEPTAR_NO_PERMITIDO",
						"Un riesgo de corrupción no se puede aceptar: elija reducir, evitar o compartir/transferir "
								+ "y registre su plan de acción.",
						Map.of("tipo", evaluacion.tipo().name()));
			}
			throw new ErrorDominio("ACEPTAR_FUERA_DE_ZONA",
					"Solo se aceptan riesgos con zona residual " + metodologia.zonaMaximaAceptable().etiqueta()
							+ " o menor; este riesgo está en zona " + evaluacion.zonaResidual().etiqueta() + ".",
					Map.of("zona", evaluacion.zonaResidual().name()));
		}
		if (opcion != OpcionTratamiento.ACEPTAR && acciones.isEmpty()) {
			throw new ErrorDominio("TRATAMIENTO_SIN_ACCIONES",
					"El tratamiento «" + opcion.etiqueta()
							+ "» necesita al menos una acción con responsable, fecha y evidencia.",
					Map.of("opcion", opcion.name()));
		}
		return new PlanTratamiento(opcion, acciones);
	}

}
