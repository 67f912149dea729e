package co.pqrsd.server.terminos;

import java.time.LocalDate;

import co.pqrsd.core.calendario.TipoCierre;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of POST /api/v1/calendario/cierres: days the entity declares non-working by an
 * administrative act.
 */
record SolicitudCierre(@NotNull(message = "Es obligatorio") LocalDate desde,
		@NotNull(message = "Es obligatorio") LocalDate hasta, @NotNull(message = "Es obligatorio") TipoCierre tipo,
		@NotBlank(message = "Indique el acto administrativo (p. ej. Decreto 120)") @Size(max = 120) String acto,
		@NotNull(message = "Es obligatorio") LocalDate fechaActo,
		@NotBlank(message = "Es obligatorio") @Size(max = 500) String motivo) {
}
