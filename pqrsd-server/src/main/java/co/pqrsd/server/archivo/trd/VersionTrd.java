package co.pqrsd.server.archivo.trd;

import java.time.Instant;
import java.time.LocalDate;

import co.pqrsd.core.archivo.trd.EstadoVersionTrd;
import org.jspecify.annotations.Nullable;

/**
 * A stored TRD version with its approval data (Acuerdo 004 de 2019).
 *
 * @param filas how many rows it has
 */
public record VersionTrd(long id, String nombre, @Nullable String actoAprobacion, @Nullable LocalDate fechaAprobacion,
		@Nullable LocalDate fechaConvalidacion, @Nullable String inscripcionRusd, @Nullable LocalDate vigenteDesde,
		@Nullable LocalDate vigenteHasta, EstadoVersionTrd estado, String creadoPor, Instant creadoEn, int filas) {
}
