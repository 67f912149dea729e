package co.pqrsd.server.radicacion;

import co.pqrsd.core.radicacion.TipoRadicado;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Body of POST /api/v1/radicados. The date and time of radicación are never taken from
 * the client.
 *
 * @param dependencia the responsible dependencia's code
 * @param dependenciaRadicadora the radicating dependencia ({DEP} in the number); defaults
 * to the clerk's
 * @param remitente the sender (ENTRADA); {@code {"anonimo":true}} for an anonymous filing
 * @param destinatario the addressee (SALIDA and INTERNA)
 */
record SolicitudRadicacion(@NotNull(message = "Es obligatorio: ENTRADA, SALIDA o INTERNA") TipoRadicado tipo,
		@NotBlank(message = "Es obligatorio") @Size(max = 1000, message = "Máximo 1000 caracteres") String asunto,
		@Nullable @Size(max = 20000, message = "Máximo 20000 caracteres") String descripcion,
		@NotBlank(message = "Es obligatorio") @Pattern(regexp = "\\d{1,5}",
				message = "Código de 1 a 5 dígitos") String dependencia,
		@Nullable @Pattern(regexp = "\\d{1,5}", message = "Código de 1 a 5 dígitos") String dependenciaRadicadora,
		@NotNull(message = "Es obligatorio") Medio medio,
		@Nullable @Size(max = 80, message = "Máximo 80 caracteres") String guia, @Valid @Nullable Parte remitente,
		@Valid @Nullable Parte destinatario,
		@Nullable @Min(value = 0, message = "No puede ser negativo") @Max(value = 100000,
				message = "Máximo 100000") Integer folios,
		@Nullable @Min(value = 0, message = "No puede ser negativo") @Max(value = 10000,
				message = "Máximo 10000") Integer anexosCantidad,
		@Nullable @Size(max = 1000, message = "Máximo 1000 caracteres") String anexosDescripcion,
		@Nullable @Size(max = 40, message = "Máximo 40 caracteres") String radicadoRelacionado,
		@Nullable @Size(max = 5000, message = "Máximo 5000 caracteres") String observaciones) {

	/**
	 * A sender or addressee. Identification is optional (CPACA art. 16 par.: never reject
	 * for missing data), but a party that is not anonymous needs at least a name.
	 */
	public record Parte(@Nullable Boolean anonimo, @Nullable TipoPersona tipoPersona,
			@Nullable TipoDocumentoIdentidad tipoDocumento,
			@Nullable @Size(max = 30, message = "Máximo 30 caracteres") @Pattern(regexp = "[0-9A-Za-z.\\-]{1,30}",
					message = "Solo letras, números, punto y guion") String numeroDocumento,
			@Nullable @Size(max = 300, message = "Máximo 300 caracteres") String nombre,
			@Nullable @Size(max = 300, message = "Máximo 300 caracteres") String direccion,
			@Nullable @Size(max = 120, message = "Máximo 120 caracteres") String municipio,
			@Nullable @Email(message = "No es un correo electrónico válido") @Size(max = 254,
					message = "Máximo 254 caracteres") String correo,
			@Nullable @Size(max = 40, message = "Máximo 40 caracteres") String telefono) {

		public boolean esAnonimo() {
			return Boolean.TRUE.equals(anonimo);
		}

	}

}
