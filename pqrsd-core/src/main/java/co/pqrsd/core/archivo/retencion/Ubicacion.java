package co.pqrsd.core.archivo.retencion;

/** Where an expediente is in the ciclo vital (Ley 594 de 2000, art. 23). */
public enum Ubicacion {

	GESTION, CENTRAL, HISTORICO

}
