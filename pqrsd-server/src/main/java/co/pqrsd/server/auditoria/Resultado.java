package co.pqrsd.server.auditoria;

/** Outcome of an audited action. */
public enum Resultado {

	EXITO, DENEGADO, ERROR

}
