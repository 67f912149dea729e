package co.pqrsd.server.seguridad;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Body of POST and PUT /api/v1/usuarios. On PUT the username comes from the path and
 * {@code password} is optional (only sent to change it).
 */
record SolicitudUsuario(
		@Nullable @Pattern(regexp = "[a-z0-9._-]{3,40}",
				message = "De 3 a 40 caracteres: minúsculas, números, punto, guion o guion bajo") String username,
		@NotBlank(message = "Es obligatorio") @Size(max = 200, message = "Máximo 200 caracteres") String nombre,
		@NotBlank(message = "Es obligatorio") @Email(message = "No es un correo electrónico válido") String email,
		@Nullable String password, @Nullable @Size(max = 200, message = "Máximo 200 caracteres") String cargo,
		@NotNull(message = "Es obligatorio") @NotEmpty(message = "Debe tener al menos un rol") List<Rol> roles,
		@Nullable List<String> dependencias, @Nullable Boolean activo) {
}
