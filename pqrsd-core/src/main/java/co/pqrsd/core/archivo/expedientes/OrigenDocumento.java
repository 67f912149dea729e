package co.pqrsd.core.archivo.expedientes;

/** Origin of a document in the índice (R-EXP-3, field 13). */
public enum OrigenDocumento {

	/** Born digital. */
	ELECTRONICO,
	/** Scanned from paper. */
	DIGITALIZADO

}
