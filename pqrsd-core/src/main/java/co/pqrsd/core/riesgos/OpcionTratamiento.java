package co.pqrsd.core.riesgos;

/** Treatment options (Guía DAFP v5/v6; domain-rules.md R-RSK-9). */
public enum OpcionTratamiento {

	REDUCIR("Reducir (mitigar)"), EVITAR("Evitar"), COMPARTIR_TRANSFERIR("Compartir o transferir"), ACEPTAR("Aceptar");

	private final String etiqueta;

	OpcionTratamiento(String etiqueta) {
		this.etiqueta = etiqueta;
	}

	/**
	 * @return the Spanish label.
	 */
	public String etiqueta() {
		return etiqueta;
	}

}
