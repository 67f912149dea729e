package co.pqrsd.server.radicacion;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Body of PUT /api/v1/terceros/{id}: the directory entry's new data. The identification
 * (tipo and número de documento) is the entry's key and does not change.
 */
record SolicitudTercero(@NotNull(message = "Es obligatorio: NATURAL, JURIDICA o ENTIDAD") TipoPersona tipoPersona,
		@NotBlank(message = "Es obligatorio") @Size(max = 300, message = "Máximo 300 caracteres") String nombre,
		@Nullable @Size(max = 300, message = "Máximo 300 caracteres") String direccion,
		@Nullable @Size(max = 120, message = "Máximo 120 caracteres") String municipio,
		@Nullable @Email(message = "No es un correo electrónico válido") @Size(max = 254,
				message = "Máximo 254 caracteres") String correo,
		@Nullable @Size(max = 40, message = "Máximo 40 caracteres") String telefono) {
}
