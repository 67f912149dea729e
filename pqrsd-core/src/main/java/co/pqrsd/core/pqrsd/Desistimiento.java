package co.pqrsd.core.pqrsd;

import java.time.LocalDate;

/**
 * The end of a case by withdrawal.
 *
 * @param tipo express (art. 18) or tacit (art. 17)
 * @param acto the document that supports it: the peticionario's written withdrawal (its
 * radicado), or the number of the administrative act that decrees the desistimiento
 * tácito (notified personally, open only to recurso de reposición)
 * @param motivacion the act's reasons (required for the tacit one), or the peticionario's
 * words
 * @param fecha the date it took effect
 * @param fundamento the legal source
 */
public record Desistimiento(Tipo tipo, String acto, String motivacion, LocalDate fecha, String fundamento) {

	public enum Tipo {

		/** The peticionario withdraws (Ley 1755 de 2015, art. 18). */
		EXPRESO,
		/** He did not answer the requerimiento in time (Ley 1755 de 2015, art. 17). */
		TACITO

	}

}
