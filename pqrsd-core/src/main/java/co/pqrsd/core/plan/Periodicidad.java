package co.pqrsd.core.plan;

/** How often a recurring plan activity is due. */
public enum Periodicidad {

	MENSUAL(1, "mensual"), BIMESTRAL(2, "bimestral"), TRIMESTRAL(3, "trimestral"), CUATRIMESTRAL(4, "cuatrimestral"),
	SEMESTRAL(6, "semestral"), ANUAL(12, "anual"),

	/** Continuous or on demand ("Permanente"): no due dates of its own. */
	PERMANENTE(0, "permanente");

	private final int meses;

	private final String nombre;

	Periodicidad(int meses, String nombre) {
		this.meses = meses;
		this.nombre = nombre;
	}

	/**
	 * @return months in a period, 0 for a permanent activity.
	 */
	public int meses() {
		return meses;
	}

	/**
	 * @return the Spanish adjective, e.g. "trimestral".
	 */
	public String nombre() {
		return nombre;
	}

	static Periodicidad deMeses(int meses) {
		for (Periodicidad p : values()) {
			if (p.meses == meses) {
				return p;
			}
		}
		throw new IllegalArgumentException("Sin periodicidad de " + meses + " meses");
	}

}
