package co.pqrsd.core.riesgos;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.pqrsd.core.comun.ErrorDominio;
import org.jspecify.annotations.Nullable;

/**
 * A risk of a process in the map, with its evaluation, treatment and materializations.
 * Immutable: every change returns a new instance and checks its precondition.
 * <p>
 * A materialized risk must be evaluated again before its treatment or follow-up are
 * recorded (domain-rules.md R-RSK-15).
 *
 * @param codigo the risk's code in the map, not blank
 * @param proceso the process (or objective) it belongs to
 * @param tipo corruption or management
 * @param causas at least one cause
 * @param redaccion the statement; complete for a corruption risk
 * @param consecuencias consequences, may be empty
 * @param evaluacion the current evaluation, {@code null} before the first one
 * @param tratamiento the current treatment, {@code null} before it is chosen
 * @param materializaciones the facts recorded, oldest first
 * @param requiereReevaluacion whether a materialization happened after the last
 * evaluation
 */
public record Riesgo(String codigo, String proceso, TipoRiesgo tipo, List<String> causas, RedaccionRiesgo redaccion,
		List<String> consecuencias, @Nullable EvaluacionRiesgo evaluacion, @Nullable PlanTratamiento tratamiento,
		List<Materializacion> materializaciones, boolean requiereReevaluacion) {

	public Riesgo {
		causas = List.copyOf(causas);
		consecuencias = List.copyOf(consecuencias);
		materializaciones = List.copyOf(materializaciones);
	}

	/**
	 * Identifies a risk.
	 * @throws ErrorDominio {@code RIESGO_SIN_CAUSA}; {@code REDACCION_INCOMPLETA} for a
	 * corruption risk whose statement lacks a part
	 */
	public static Riesgo identificar(String codigo, String proceso, TipoRiesgo tipo, List<String> causas,
			RedaccionRiesgo redaccion, List<String> consecuencias) {
		if (causas.stream().allMatch(String::isBlank)) {
			throw new ErrorDominio("RIESGO_SIN_CAUSA", "Registre al menos una causa del riesgo.",
					Map.of("codigo", codigo));
		}
		if (tipo == TipoRiesgo.CORRUPCION) {
			redaccion.exigirCompleta();
		}
		return new Riesgo(codigo, proceso, tipo, causas, redaccion, consecuencias, null, null, List.of(), false);
	}

	/**
	 * Records a new evaluation; it clears the pending re-evaluation of a materialized
	 * risk. The previous treatment stays only if it is still allowed in the new residual
	 * zone.
	 * @throws ErrorDominio {@code TIPO_DE_RIESGO_DISTINTO} when the evaluation is for the
	 * other kind of risk
	 */
	public Riesgo evaluar(EvaluacionRiesgo nueva, Metodologia metodologia) {
		if (nueva.tipo() != tipo) {
			throw new ErrorDominio("TIPO_DE_RIESGO_DISTINTO",
					"La evaluación es de un riesgo de tipo " + nueva.tipo() + " y el riesgo es de tipo " + tipo + ".",
					Map.of("codigo", codigo));
		}
		PlanTratamiento vigente = tratamiento;
		if (vigente != null && vigente.opcion() == OpcionTratamiento.ACEPTAR
				&& !metodologia.admiteAceptar(tipo, nueva.zonaResidual())) {
			vigente = null;
		}
		return new Riesgo(codigo, proceso, tipo, causas, redaccion, consecuencias, nueva, vigente, materializaciones,
				false);
	}

	/**
	 * Chooses the treatment on the current evaluation.
	 * @throws ErrorDominio {@code RIESGO_SIN_EVALUAR},
	 * {@code RIESGO_MATERIALIZADO_SIN_REEVALUAR}, and those of
	 * {@link PlanTratamiento#para}
	 */
	public Riesgo tratar(Metodologia metodologia, OpcionTratamiento opcion, List<AccionTratamiento> acciones) {
		exigirEvaluacionVigente();
		PlanTratamiento plan = PlanTratamiento.para(evaluacion, metodologia, opcion, acciones);
		return new Riesgo(codigo, proceso, tipo, causas, redaccion, consecuencias, evaluacion, plan, materializaciones,
				false);
	}

	/**
	 * Records that the risk materialized: the map must be reviewed and the risk
	 * re-evaluated (domain-rules.md R-RSK-15).
	 * @throws ErrorDominio {@code MATERIALIZACION_SIN_AUTORIDAD} for a corruption risk
	 * reported to no authority
	 */
	public Riesgo registrarMaterializacion(Materializacion hecho) {
		hecho.exigirAutoridad(tipo);
		List<Materializacion> todas = new ArrayList<>(materializaciones);
		todas.add(hecho);
		return new Riesgo(codigo, proceso, tipo, causas, redaccion, consecuencias, evaluacion, tratamiento, todas,
				true);
	}

	/**
	 * Guard for follow-up and treatment: the risk has an evaluation made after its last
	 * materialization.
	 * @throws ErrorDominio {@code RIESGO_SIN_EVALUAR} or
	 * {@code RIESGO_MATERIALIZADO_SIN_REEVALUAR}
	 */
	public EvaluacionRiesgo exigirEvaluacionVigente() {
		if (requiereReevaluacion) {
			throw new ErrorDominio("RIESGO_MATERIALIZADO_SIN_REEVALUAR",
					"El riesgo " + codigo
							+ " se materializó: revise sus causas y controles y evalúelo de nuevo antes de continuar.",
					Map.of("codigo", codigo));
		}
		if (evaluacion == null) {
			throw new ErrorDominio("RIESGO_SIN_EVALUAR", "El riesgo " + codigo + " aún no tiene evaluación.",
					Map.of("codigo", codigo));
		}
		return evaluacion;
	}

}
