package co.pqrsd.core.radicacion;

/**
 * Kind of official communication (AGN Acuerdo 060 de 2001, art. 2: "recibidas o
 * producidas"). The digit is the one Orfeo installations use as the number's last digit.
 */
public enum TipoRadicado {

	SALIDA(1, "Salida (enviada)"), ENTRADA(2, "Entrada (recibida)"), INTERNA(3, "Interna (memorando)");

	private final int digito;

	private final String etiqueta;

	TipoRadicado(int digito, String etiqueta) {
		this.digito = digito;
		this.etiqueta = etiqueta;
	}

	public int digito() {
		return digito;
	}

	public String etiqueta() {
		return etiqueta;
	}

	/** A received communication has a sender (possibly anonymous); the others may not. */
	public boolean exigeRemitente() {
		return this == ENTRADA;
	}

	/** A communication the entity produces goes to someone. */
	public boolean exigeDestinatario() {
		return this != ENTRADA;
	}

}
