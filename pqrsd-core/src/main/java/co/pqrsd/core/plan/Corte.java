package co.pqrsd.core.plan;

import java.time.LocalDate;

/**
 * One follow-up cut of a vigencia (domain-rules.md §6.3, R-PAAC-4).
 *
 * @param vigencia the plan's year
 * @param numero 1, 2 or 3
 * @param fecha the cut date: progress is measured up to and including it
 * @param limitePublicacion last day to publish the follow-up: the 10th business day of
 * the following month, in the entity's calendar
 * @param fundamento the source of the rule
 */
public record Corte(int vigencia, int numero, LocalDate fecha, LocalDate limitePublicacion, String fundamento) {

	/**
	 * @return e.g. "Seguimiento 2 de 2024 (corte 31 de agosto de 2024)".
	 */
	public String nombre() {
		return "Seguimiento " + numero + " de " + vigencia + " (corte " + LectorFechas.escribir(fecha) + ")";
	}

}
