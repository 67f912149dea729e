package co.pqrsd.core.archivo.retencion;

/** R-TRD-6: primaria (gestión → central) and secundaria (central → histórico). */
public enum TipoTransferencia {

	PRIMARIA(Ubicacion.GESTION, Ubicacion.CENTRAL), SECUNDARIA(Ubicacion.CENTRAL, Ubicacion.HISTORICO);

	private final Ubicacion origen;

	private final Ubicacion destino;

	TipoTransferencia(Ubicacion origen, Ubicacion destino) {
		this.origen = origen;
		this.destino = destino;
	}

	public Ubicacion origen() {
		return origen;
	}

	public Ubicacion destino() {
		return destino;
	}

}
