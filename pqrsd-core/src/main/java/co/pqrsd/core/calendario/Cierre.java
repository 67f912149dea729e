package co.pqrsd.core.calendario;

import java.time.LocalDate;

/**
 * Non-working days declared by an administrative act of the entity ("días de vacante",
 * Ley 4 de 1913 art. 62).
 *
 * @param desde first non-working day
 * @param hasta last non-working day (inclusive)
 * @param tipo closure or suspension of terms
 * @param acto the act's number, e.g. "Resolución 123"
 * @param fechaActo the act's date
 * @param motivo why, in Spanish
 */
public record Cierre(LocalDate desde, LocalDate hasta, TipoCierre tipo, String acto, LocalDate fechaActo,
		String motivo) {

	public Cierre {
		if (hasta.isBefore(desde)) {
			throw new IllegalArgumentException("El cierre termina antes de empezar");
		}
	}

	public boolean incluye(LocalDate fecha) {
		return !fecha.isBefore(desde) && !fecha.isAfter(hasta);
	}

	/**
	 * @return a Spanish description for explanations, e.g. "Cierre de la entidad
	 * (Resolución 123 del 2026-12-01: ...)".
	 */
	public String descripcion() {
		return tipo.etiqueta() + " (" + acto + " del " + fechaActo + ": " + motivo + ")";
	}

}
