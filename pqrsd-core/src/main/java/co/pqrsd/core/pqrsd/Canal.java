package co.pqrsd.core.pqrsd;

/**
 * How the petition arrived (CPACA art. 15; Decreto 1081 de 2015, art. 2.1.1.3.1.1;
 * Decreto 1166 de 2016 for verbal petitions). The same codes as radicación's medio, plus
 * the verbal one at the ventanilla.
 */
public enum Canal {

	PRESENCIAL("Presencial (escrito)", false), PRESENCIAL_VERBAL("Verbal en ventanilla", true),
	CORREO_POSTAL("Correo postal o empresa de mensajería", false), CORREO_ELECTRONICO("Correo electrónico", false),
	FORMULARIO_WEB("Formulario web", false), TELEFONICO("Telefónico o verbal", true), OTRO("Otro", false);

	private final String nombre;

	private final boolean verbal;

	Canal(String nombre, boolean verbal) {
		this.nombre = nombre;
		this.verbal = verbal;
	}

	public String nombre() {
		return nombre;
	}

	/**
	 * @return whether the peticionario acted verbally: a lack of competence must then be
	 * told to him at once (Ley 1755 de 2015, art. 21).
	 */
	public boolean verbal() {
		return verbal;
	}

}
