package co.pqrsd.server.terminos;

import java.time.LocalDate;

import co.pqrsd.core.terminos.UnidadTermino;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Body of POST /api/v1/terminos/modalidades: a special norm's term, added by the entity
 * without code.
 */
record SolicitudModalidad(
		@NotBlank(message = "Es obligatorio") @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}",
				message = "Mayúsculas, números y guion bajo; empieza por letra") String modalidad,
		@NotBlank(message = "Es obligatorio") String nombre,
		@Min(value = 1, message = "Debe ser al menos 1") @Max(value = 365, message = "Máximo 365") int termino,
		@NotNull(message = "Es obligatorio") UnidadTermino unidad,
		@NotBlank(message = "Indique la norma que fija el término") String fundamento, @Nullable LocalDate vigenteDesde,
		boolean admiteProrroga) {
}
