package co.pqrsd.core.terminos;

import java.time.LocalDate;

/**
 * One line of a deadline's explanation.
 *
 * @param fecha the day the line speaks of
 * @param tipo what happened that day in the count
 * @param dia the business-day number for counted days, 0 otherwise
 * @param detalle Spanish text, e.g. "Festivo: Reyes Magos — Ley 51 de 1983, art. 1"
 */
public record PasoExplicacion(LocalDate fecha, Tipo tipo, int dia, String detalle) {

	public enum Tipo {

		/** The reception instant and the rule applied. */
		RECEPCION,
		/** A policy or legal note that changes the count. */
		NOTA,
		/** A business day counted towards the term. */
		CONTADO,
		/** A day skipped, with its reason. */
		OMITIDO,
		/** The last day of the term. */
		VENCIMIENTO

	}

}
