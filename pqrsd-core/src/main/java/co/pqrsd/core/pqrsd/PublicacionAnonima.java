package co.pqrsd.core.pqrsd;

import java.time.LocalDate;

/**
 * Where the peticionario is unknown, the answer is published on the web page and in a
 * public place for 5 días; notification is deemed done at the end of the day after the
 * removal (Ley 1437 de 2011, art. 69, by analogy; domain-rules R-PQ-41). The number of
 * days comes from {@code plazos-pqrsd.csv}.
 *
 * @param desde the day of publication
 * @param retiro the last day it stays published: the 5th business day after {@code desde}
 * @param notificacionSurtida the business day after {@code retiro}; notification is done
 * at its end
 * @param fundamento the legal source applied
 */
public record PublicacionAnonima(LocalDate desde, LocalDate retiro, LocalDate notificacionSurtida, String fundamento) {
}
