package co.pqrsd.core.terminos;

/** The unit a legal term is expressed in. */
public enum UnidadTermino {

	/** Días: business days only (Ley 4 de 1913, art. 62). */
	HABILES,

	/**
	 * Meses: calendar months, moved to the next business day when they end on a
	 * non-business day (Ley 4 de 1913, art. 62).
	 */
	MESES

}
