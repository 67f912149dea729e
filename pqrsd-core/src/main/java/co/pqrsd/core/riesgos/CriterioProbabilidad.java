package co.pqrsd.core.riesgos;

/** How a methodology rates probability. */
public enum CriterioProbabilidad {

	/**
	 * From how many times a year the activity that can produce the risk is executed (Guía
	 * DAFP v5/v6; domain-rules.md R-RSK-1). The user enters the frequency.
	 */
	FRECUENCIA_ACTIVIDAD,

	/** The user picks the level from its description (2015 corruption guide). */
	NIVEL_DIRECTO

}
