package co.pqrsd.core.pqrsd;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The one extension of the term (Ley 1755 de 2015, art. 14 parágrafo). Once told to the
 * peticionario its date is fixed, even if the calendar later changes.
 *
 * @param fechaOriginal the deadline it extended
 * @param nuevaFecha the new last day (a business day, at most {@code tope})
 * @param tope the legal cap: double the original term counted from the original start
 * @param informadaEn when the peticionario was told (before the original deadline)
 * @param motivo the reasons for the delay told to the peticionario
 */
public record Prorroga(LocalDate fechaOriginal, LocalDate nuevaFecha, LocalDate tope, OffsetDateTime informadaEn,
		String motivo) {

	public Prorroga {
		if (motivo.isBlank()) {
			throw new IllegalArgumentException("La prórroga debe expresar los motivos de la demora");
		}
	}

}
