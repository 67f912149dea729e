package co.pqrsd.core.calendario;

/** Why days declared by an administrative act are not business days. */
public enum TipoCierre {

	/** The entity closes to the public (e.g. 24 or 31 December). */
	CIERRE("Cierre de la entidad"),

	/** The entity suspends legal terms (e.g. a system outage or an emergency). */
	SUSPENSION_TERMINOS("Suspensión de términos");

	private final String etiqueta;

	TipoCierre(String etiqueta) {
		this.etiqueta = etiqueta;
	}

	public String etiqueta() {
		return etiqueta;
	}

}
