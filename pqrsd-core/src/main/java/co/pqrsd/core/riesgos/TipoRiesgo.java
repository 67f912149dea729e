package co.pqrsd.core.riesgos;

/** Kind of risk: the methodology treats corruption risks with stricter rules. */
public enum TipoRiesgo {

	/** Riesgo de corrupción (Ley 1474 de 2011, art. 73; Guía DAFP v5/v6). */
	CORRUPCION,

	/** Riesgo de gestión (proceso), with the general impact scale. */
	GESTION

}
