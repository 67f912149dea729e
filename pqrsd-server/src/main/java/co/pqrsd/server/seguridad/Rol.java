package co.pqrsd.server.seguridad;

/** The roles of pqrsd's users. */
public enum Rol {

	ADMIN("Administrador"), RADICADOR("Radicador (ventanilla única)"), FUNCIONARIO("Funcionario"),
	JEFE_DEPENDENCIA("Jefe de dependencia"), ARCHIVISTA("Archivista"), CONTROL_INTERNO("Control Interno");

	private final String etiqueta;

	Rol(String etiqueta) {
		this.etiqueta = etiqueta;
	}

	public String etiqueta() {
		return etiqueta;
	}

	/**
	 * @return the Spring Security authority, e.g. {@code ROLE_ADMIN}.
	 */
	public String autoridad() {
		return "ROLE_" + name();
	}

}
