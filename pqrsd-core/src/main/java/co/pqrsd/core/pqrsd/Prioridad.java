package co.pqrsd.core.pqrsd;

/**
 * Priority flags. None shortens the legal term; they order the queue and raise alerts.
 */
public enum Prioridad {

	/**
	 * Recognition of a fundamental right to avoid a perjuicio irremediable; needs summary
	 * proof (Ley 1755 de 2015, art. 20).
	 */
	ATENCION_PRIORITARIA("Atención prioritaria", "Ley 1437 de 2011, art. 20 (sustituido por la Ley 1755 de 2015)"),
	/**
	 * Life or integrity at imminent risk: urgent measures at once, besides the normal
	 * processing (Ley 1755 de 2015, art. 20 par.).
	 */
	PELIGRO_INMINENTE("Peligro inminente", "Ley 1437 de 2011, art. 20 parágrafo (sustituido por la Ley 1755 de 2015)"),
	/**
	 * A journalist in the exercise of the profession: processed preferentially (art. 20).
	 */
	PERIODISTA("Periodista", "Ley 1437 de 2011, art. 20 (sustituido por la Ley 1755 de 2015)"),
	/**
	 * Persons with disability, children, pregnant women, older adults and persons in
	 * manifest weakness: special and preferential attention (CPACA art. 5 num. 6).
	 */
	SUJETO_ESPECIAL_PROTECCION("Sujeto de especial protección", "Ley 1437 de 2011, art. 5 num. 6");

	private final String nombre;

	private final String fundamento;

	Prioridad(String nombre, String fundamento) {
		this.nombre = nombre;
		this.fundamento = fundamento;
	}

	public String nombre() {
		return nombre;
	}

	public String fundamento() {
		return fundamento;
	}

}
