package co.pqrsd.server.seguridad;

import org.jspecify.annotations.Nullable;

/**
 * A unit of the municipality's organigrama (e.g. 100 Despacho del Alcalde). Never deleted
 * once created; it is made inactive instead, so radicados and expedientes keep pointing
 * at it.
 *
 * @param codigo stable code, 1 to 5 digits (it becomes part of radicado numbers)
 * @param padre parent unit's code, {@code null} at the top
 * @param jefe username of the head, if assigned
 */
public record Dependencia(String codigo, String nombre, @Nullable String padre, @Nullable String jefe, boolean activa) {
}
