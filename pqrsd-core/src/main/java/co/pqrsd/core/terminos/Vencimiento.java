package co.pqrsd.core.terminos;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A computed deadline with everything needed to explain and re-check it.
 *
 * @param regla the legal rule applied (in force on the reception date)
 * @param recibido the real reception instant, in America/Bogota
 * @param base the date the count starts after (the reception date, or the next business
 * day under the after-hours policy)
 * @param fecha the last day of the term (ends at 24:00 America/Bogota), {@code null}
 * while a requerimiento is pending
 * @param suspensiones the requerimientos that stopped the clock
 * @param prorroga the extension granted, if any
 * @param explicacion the counted and skipped days with their reasons, in order
 */
public record Vencimiento(ReglaTermino regla, OffsetDateTime recibido, LocalDate base, @Nullable LocalDate fecha,
		List<Suspension> suspensiones, @Nullable Prorroga prorroga, List<PasoExplicacion> explicacion) {

	public Vencimiento {
		suspensiones = List.copyOf(suspensiones);
		explicacion = List.copyOf(explicacion);
	}

	/**
	 * @return whether the clock is stopped by a pending requerimiento.
	 */
	public boolean suspendido() {
		return fecha == null;
	}

	public boolean prorrogado() {
		return prorroga != null;
	}

	/**
	 * The extension of a term (Ley 1755 de 2015, art. 14 parágrafo).
	 *
	 * @param fechaOriginal the deadline before the extension
	 * @param tope the latest date the law allows (double the original term from the
	 * original start)
	 * @param informadaEn when the entity informed the petitioner
	 * @param motivo the reasons given to the petitioner
	 */
	public record Prorroga(LocalDate fechaOriginal, LocalDate tope, OffsetDateTime informadaEn, String motivo) {
	}

}
