package co.pqrsd.core.radicacion;

/**
 * State of a radicado. A radicado is never deleted: an error is annulled and its number
 * stays consumed and visible (AGN Acuerdo 060 de 2001, art. 5 par.).
 */
public enum EstadoRadicado {

	VIGENTE, ANULADO

}
