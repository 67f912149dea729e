package co.pqrsd.core.pqrsd;

/**
 * The roles the PQRSD rules know. The codes match the server's security roles, plus
 * {@link #SISTEMA} for the engine's timers and the citizen portal.
 */
public enum Rol {

	ADMIN, RADICADOR, FUNCIONARIO, JEFE_DEPENDENCIA, ARCHIVISTA, CONTROL_INTERNO,
	/**
	 * The process engine acting on its own (timers) or on the citizen's behalf (portal).
	 */
	SISTEMA

}
