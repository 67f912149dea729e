package co.pqrsd.core.pqrsd;

/**
 * The PQRSD label: it drives statistics, never the term (domain-rules R-PQ-1). The term
 * comes from the legal modality.
 */
public enum Etiqueta {

	/** Respectful request to obtain a prompt resolution (CPACA art. 13). */
	PETICION("Petición", true),
	/** Discontent about the conduct of servidores públicos (Ley 190 de 1995, art. 55). */
	QUEJA("Queja", true),
	/**
	 * Improper provision of a service or lack of attention (Ley 190 de 1995, art. 55).
	 */
	RECLAMO("Reclamo", true),
	/** An idea to improve the service (CPACA art. 13; no special term). */
	SUGERENCIA("Sugerencia", true),
	/**
	 * Possibly irregular conduct brought to the authority's attention (CPACA art. 13).
	 */
	DENUNCIA("Denuncia", true),
	/** Praise: recorded and closed; no legal term. */
	FELICITACION("Felicitación", false);

	private final String nombre;

	private final boolean tieneTermino;

	Etiqueta(String nombre, boolean tieneTermino) {
		this.nombre = nombre;
		this.tieneTermino = tieneTermino;
	}

	/**
	 * @return the Spanish name, e.g. "Petición".
	 */
	public String nombre() {
		return nombre;
	}

	/**
	 * @return whether a case with this label runs a legal term (every label but
	 * {@link #FELICITACION}).
	 */
	public boolean tieneTermino() {
		return tieneTermino;
	}

}
