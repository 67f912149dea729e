package co.pqrsd.core.calendario;

/** How a holiday rule turns into a date in a given year. */
public enum TipoReglaFestivo {

	/** Always on its date, even on a weekend (Ley 51 de 1983, art. 1). */
	FIJO,

	/**
	 * Moved to the next Monday when it does not fall on a Monday (Ley 51 de 1983, art. 1
	 * num. 2).
	 */
	TRASLADABLE,

	/** Easter Sunday plus an offset, never moved (Jueves and Viernes Santo). */
	PASCUA,

	/**
	 * Easter Sunday plus an offset, moved to the next Monday (Ascensión, Corpus Christi,
	 * Sagrado Corazón).
	 */
	PASCUA_TRASLADABLE

}
