package co.pqrsd.core.pqrsd;

import java.time.LocalDate;

import co.pqrsd.core.terminos.Suspension;
import org.jspecify.annotations.Nullable;

/**
 * A requerimiento to complete the petition (Ley 1755 de 2015, art. 17). While pending it
 * stops the clock.
 *
 * @param solicitud what the peticionario must provide, in Spanish
 * @param requeridoEn the date the entity sent it (within 10 días of radicación)
 * @param plazoConcedido the last day first granted to the peticionario (at most one
 * calendar month, moved to the next business day)
 * @param plazo the last day he has now (later than {@code plazoConcedido} after his one
 * extension)
 * @param prorrogado whether he already obtained his one extension "hasta por un término
 * igual"
 * @param respondidoEn the date he provided what was asked, {@code null} while pending
 * @param vencidoSinRespuesta whether the plazo ended unanswered and the act of
 * desistimiento tácito is due
 */
public record Requerimiento(String solicitud, LocalDate requeridoEn, LocalDate plazoConcedido, LocalDate plazo,
		boolean prorrogado, @Nullable LocalDate respondidoEn, boolean vencidoSinRespuesta) {

	public Requerimiento {
		if (solicitud.isBlank()) {
			throw new IllegalArgumentException("El requerimiento debe decir qué se solicita");
		}
		if (plazo.isBefore(plazoConcedido) || plazoConcedido.isBefore(requeridoEn)) {
			throw new IllegalArgumentException("Plazos del requerimiento inconsistentes");
		}
	}

	public boolean pendiente() {
		return respondidoEn == null;
	}

	/**
	 * @return the stop of the clock it causes, for the terms engine.
	 */
	public Suspension suspension() {
		return new Suspension(requeridoEn, respondidoEn);
	}

	Requerimiento prorrogadoHasta(LocalDate nuevoPlazo) {
		return new Requerimiento(solicitud, requeridoEn, plazoConcedido, nuevoPlazo, true, null, false);
	}

	Requerimiento respondidoEl(LocalDate fecha) {
		return new Requerimiento(solicitud, requeridoEn, plazoConcedido, plazo, prorrogado, fecha, false);
	}

	Requerimiento vencido() {
		return new Requerimiento(solicitud, requeridoEn, plazoConcedido, plazo, prorrogado, null, true);
	}

}
