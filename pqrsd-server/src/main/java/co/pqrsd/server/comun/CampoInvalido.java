package co.pqrsd.server.comun;

/**
 * One field's validation error in a problem+json response.
 *
 * @param campo JSON path of the field, e.g. {@code remitente.nombre}
 * @param mensaje Spanish explanation
 * @param codigo stable code, e.g. {@code CAMPO_REQUERIDO}
 */
public record CampoInvalido(String campo, String mensaje, String codigo) {
}
