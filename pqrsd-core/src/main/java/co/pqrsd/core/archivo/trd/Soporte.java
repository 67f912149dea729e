package co.pqrsd.core.archivo.trd;

/** Support of a serie's documents (Acuerdo 004 de 2019 applies TRD to both). */
public enum Soporte {

	FISICO, ELECTRONICO, HIBRIDO;

	/**
	 * @return the support marked by the F (físico) and E (electrónico) columns.
	 */
	public static Soporte de(boolean fisico, boolean electronico) {
		return fisico && electronico ? HIBRIDO : electronico ? ELECTRONICO : FISICO;
	}

	public boolean fisico() {
		return this != ELECTRONICO;
	}

	public boolean electronico() {
		return this != FISICO;
	}

}
