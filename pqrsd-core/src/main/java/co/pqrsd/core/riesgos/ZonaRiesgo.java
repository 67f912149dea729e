package co.pqrsd.core.riesgos;

/** Zone of the heat map, from the lowest to the highest severity. */
public enum ZonaRiesgo {

	BAJO("Bajo"), MODERADO("Moderado"), ALTO("Alto"), EXTREMO("Extremo");

	private final String etiqueta;

	ZonaRiesgo(String etiqueta) {
		this.etiqueta = etiqueta;
	}

	/**
	 * @return the Spanish label shown to the user, e.g. "Extremo".
	 */
	public String etiqueta() {
		return etiqueta;
	}

}
