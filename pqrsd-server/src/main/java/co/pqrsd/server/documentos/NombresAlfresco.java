package co.pqrsd.server.documentos;

/**
 * Node and folder names Alfresco accepts (cm:name may not hold {@code * " < > \ / ? : |}
 * nor end with a dot or a space), deterministic so a node can be found again by its path.
 */
final class NombresAlfresco {

	private NombresAlfresco() {
	}

	static String nombre(String texto) {
		String limpio = texto.replaceAll("[*\"<>\\\\/?:|\\p{Cntrl}]", "_").strip();
		limpio = limpio.replaceAll("[. ]+$", "");
		if (limpio.isEmpty()) {
			limpio = "_";
		}
		return limpio.length() > 200 ? limpio.substring(0, 200) : limpio;
	}

	/** {@code <document id>-<file name>}: unique in its folder, stable across retries. */
	static String nombreNodo(long documento, String archivo) {
		return nombre(documento + "-" + archivo);
	}

	/**
	 * {@code indice-<orden>-<file name>}: a document uploaded directly to an expediente,
	 * by its place in the índice electrónico (never reused). Unique in the expediente's
	 * folder: a radicado's node, moved there, starts with its numeric id.
	 */
	static String nombreNodoExpediente(int orden, String archivo) {
		return nombre("indice-" + orden + "-" + archivo);
	}

	/** The folder of a radicado's documents while it has no expediente. */
	static String carpetaRadicado(String radicado) {
		return "Radicados/" + nombre(radicado);
	}

	/** The folder of an expediente's documents: {@code expedientes/<número>}. */
	static String carpetaExpediente(String expediente) {
		return "expedientes/" + nombre(expediente);
	}

}
