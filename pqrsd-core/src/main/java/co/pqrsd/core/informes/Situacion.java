package co.pqrsd.core.informes;

/** Where a case stands for the reports. */
public enum Situacion {

	/** Answer communicated on or before the deadline. */
	RESPONDIDA_A_TIEMPO("Respondida a tiempo"),
	/** Answer communicated after the deadline (Ley 1437 de 2011, art. 31). */
	RESPONDIDA_TARDE("Respondida fuera de término"),
	/** Still owed, deadline not passed (or clock stopped). */
	PENDIENTE("Pendiente"),
	/** Still owed, deadline passed. */
	PENDIENTE_VENCIDA("Pendiente vencida"),
	/** Sent to the competent authority (Ley 1755 de 2015, art. 21). */
	TRASLADADA("Trasladada"),
	/** Withdrawn (arts. 17, 18). */
	DESISTIDA("Desistida"),
	/** Closed without an answer owed (a felicitación). */
	SIN_RESPUESTA_DEBIDA("Sin respuesta debida");

	private final String nombre;

	Situacion(String nombre) {
		this.nombre = nombre;
	}

	public String nombre() {
		return nombre;
	}

	public boolean respondida() {
		return this == RESPONDIDA_A_TIEMPO || this == RESPONDIDA_TARDE;
	}

	public boolean pendiente() {
		return this == PENDIENTE || this == PENDIENTE_VENCIDA;
	}

}
