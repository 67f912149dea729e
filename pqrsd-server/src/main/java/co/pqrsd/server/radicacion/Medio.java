package co.pqrsd.server.radicacion;

/**
 * How a communication arrived or left (Decreto 1081 de 2015, art. 2.1.1.3.1.1; Decreto
 * 1166 de 2016).
 */
enum Medio {

	PRESENCIAL("Presencial"), CORREO_POSTAL("Correo postal o empresa de mensajería"),
	CORREO_ELECTRONICO("Correo electrónico"), FORMULARIO_WEB("Formulario web"), TELEFONICO("Telefónico o verbal"),
	OTRO("Otro");

	private final String etiqueta;

	Medio(String etiqueta) {
		this.etiqueta = etiqueta;
	}

	public String etiqueta() {
		return etiqueta;
	}

}
