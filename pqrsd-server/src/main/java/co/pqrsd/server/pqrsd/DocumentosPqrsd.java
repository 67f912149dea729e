package co.pqrsd.server.pqrsd;

/**
 * A document of a case for its view: the ENTRADA's and those of the SALIDA radicados it
 * produced (answer, oficio remisorio), downloadable at {@link #url()} under radicación's
 * own permissions.
 *
 * @param origen ENTRADA, RESPUESTA or OFICIO_REMISORIO
 * @param radicado the radicado that holds the document
 * @param id the document id within radicación
 * @param rol PRINCIPAL or ANEXO, as radicación records it
 */
record DocumentosPqrsd(String origen, String radicado, long id, String rol, String nombre, int version, String tipoMime,
		long tamano) {

	/**
	 * @return radicación's download URL of the document.
	 */
	String url() {
		return "/api/v1/radicados/" + radicado + "/documentos/" + id;
	}

}
