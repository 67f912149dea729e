package co.pqrsd.server.correo;

/**
 * Radicates a mail as a citizen's filing (ENTRADA + PQRSD awaiting classification) inside
 * the caller's transaction.
 */
interface Radicador {

	/**
	 * @param radicado the ENTRADA number
	 * @param nuevo false when the same Message-ID had been radicated already
	 */
	record Radicada(String radicado, boolean nuevo) {
	}

	Radicada radicar(CorreoLeido correo);

}
