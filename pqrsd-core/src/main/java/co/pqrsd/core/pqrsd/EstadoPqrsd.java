package co.pqrsd.core.pqrsd;

/** The state shown everywhere (bandeja, case view, reports). */
public enum EstadoPqrsd {

	/** Radicated, not yet sent to the dependencia's reparto. */
	RADICADA("Radicada", true),
	/** Waiting for the jefe (or his repartidor) to assign a funcionario. */
	EN_REPARTO("En reparto", true),
	/** Assigned; the funcionario handles it. */
	EN_TRAMITE("En trámite", true),
	/** Clock stopped by a requerimiento de información (Ley 1755 de 2015, art. 17). */
	SUSPENDIDA("Suspendida", true),
	/** A drafted answer waits for approval or for its communication. */
	EN_APROBACION("En aprobación", true),
	/** The answer was communicated to the peticionario. */
	RESPONDIDA("Respondida", false),
	/** Sent to the competent authority (Ley 1755 de 2015, art. 21). */
	TRASLADADA("Trasladada", false),
	/** Withdrawn, expressly (art. 18) or tacitly by motivated act (art. 17). */
	DESISTIDA("Desistida", false),
	/** The term expired without an answer; the case stays open (CPACA art. 83). */
	VENCIDA("Vencida", true),
	/**
	 * A request for documents expired: deemed accepted, copies due within 3 días (Ley
	 * 1755 de 2015, art. 14 num. 1).
	 */
	VENCIDA_SILENCIO_POSITIVO("Vencida con silencio positivo", true),
	/** Archived. */
	CERRADA("Cerrada", false);

	private final String nombre;

	private final boolean abierta;

	EstadoPqrsd(String nombre, boolean abierta) {
		this.nombre = nombre;
		this.abierta = abierta;
	}

	/**
	 * @return the Spanish name, e.g. "En trámite".
	 */
	public String nombre() {
		return nombre;
	}

	/**
	 * @return whether the entity still owes the peticionario something (an answer, the
	 * copies, the decision on a requerimiento).
	 */
	public boolean abierta() {
		return abierta;
	}

	/**
	 * @return whether the term has expired (VENCIDA or VENCIDA_SILENCIO_POSITIVO).
	 */
	public boolean vencida() {
		return this == VENCIDA || this == VENCIDA_SILENCIO_POSITIVO;
	}

}
