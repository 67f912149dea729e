package co.pqrsd.server.pqrsd;

import org.jspecify.annotations.Nullable;

/**
 * A document of the answer as uploaded (API multipart or the case view's form); stored
 * with the answer's SALIDA radicado under radicación's limits.
 *
 * @param tipoDeclarado the declared content type, recorded but never trusted
 */
record RespuestaAdjunto(String nombre, @Nullable String tipoDeclarado, byte[] contenido) {
}
