package co.pqrsd.core.archivo.indice;

/** Whether a document was born digital or digitized (R-EXP-3, field 13). */
public enum OrigenDocumento {

	ELECTRONICO, DIGITALIZADO

}
