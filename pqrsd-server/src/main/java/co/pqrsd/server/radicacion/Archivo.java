package co.pqrsd.server.radicacion;

import java.io.InputStream;

import org.jspecify.annotations.Nullable;

/**
 * A file as it arrives (multipart part or UI upload). The declared type is recorded but
 * never trusted.
 *
 * @param parte the multipart part's name: {@code principal} marks the main document
 */
record Archivo(String parte, String nombre, @Nullable String tipoDeclarado, InputStream contenido) {
}
