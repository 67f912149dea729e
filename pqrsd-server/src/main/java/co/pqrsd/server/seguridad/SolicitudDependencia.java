package co.pqrsd.server.seguridad;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Body of POST and PUT /api/v1/dependencias ({@code codigo} is taken from the path on
 * PUT).
 */
record SolicitudDependencia(
		@Nullable @Pattern(regexp = "\\d{1,5}", message = "Debe tener de 1 a 5 dígitos") String codigo,
		@NotBlank(message = "Es obligatorio") @Size(max = 200, message = "Máximo 200 caracteres") String nombre,
		@Nullable String padre, @Nullable String jefe, @Nullable Boolean activa) {
}
