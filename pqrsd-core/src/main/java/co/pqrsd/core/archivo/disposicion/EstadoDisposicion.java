package co.pqrsd.core.archivo.disposicion;

/** The steps of a disposición final (R-TRD-11), in order. */
public enum EstadoDisposicion {

	CANDIDATOS, APROBADA, EN_PUBLICACION, ACTA_FIRMADA, EJECUTADA

}
