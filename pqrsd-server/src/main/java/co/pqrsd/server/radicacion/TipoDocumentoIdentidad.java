package co.pqrsd.server.radicacion;

/** Colombian identity document types. */
enum TipoDocumentoIdentidad {

	CC("Cédula de ciudadanía"), CE("Cédula de extranjería"), TI("Tarjeta de identidad"), RC("Registro civil"),
	NUIP("NUIP"), NIT("NIT"), PA("Pasaporte"), PEP("Permiso especial de permanencia"),
	PPT("Permiso por protección temporal"), OTRO("Otro");

	private final String etiqueta;

	TipoDocumentoIdentidad(String etiqueta) {
		this.etiqueta = etiqueta;
	}

	public String etiqueta() {
		return etiqueta;
	}

}
