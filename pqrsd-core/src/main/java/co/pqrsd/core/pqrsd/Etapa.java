package co.pqrsd.core.pqrsd;

/**
 * The step of the work inside an open case. The {@link EstadoPqrsd} shows it, except
 * while the case is SUSPENDIDA or VENCIDA, which overlay the step without losing it.
 */
public enum Etapa {

	/** Waiting for reparto (RADICADA or EN_REPARTO). */
	REPARTO,
	/** Assigned and being handled (EN_TRAMITE). */
	TRAMITE,
	/** An answer drafted, waiting for the jefe (EN_APROBACION). */
	APROBACION,
	/** An answer approved (or exempt from approval), waiting to be communicated. */
	COMUNICACION,
	/** Nothing left to do: answered, transferred, withdrawn or closed. */
	FINALIZADA

}
