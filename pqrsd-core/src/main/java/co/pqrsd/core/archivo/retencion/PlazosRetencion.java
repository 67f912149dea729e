package co.pqrsd.core.archivo.retencion;

import java.time.LocalDate;
import java.util.function.UnaryOperator;
import java.util.Optional;

import co.pqrsd.core.archivo.trd.Disposicion;

/**
 * The retention clock of a closed expediente: R-TRD-5, {@code fin_AG = inicio + AG años},
 * {@code fin_AC = fin_AG + AC años}, in calendar years (R-CAL-2).
 */
public record PlazosRetencion(LocalDate inicio, int aniosGestion, int aniosCentral, LocalDate finGestion,
		LocalDate finCentral) {

	public PlazosRetencion {
		if (aniosGestion < 0 || aniosCentral < 0) {
			throw new IllegalArgumentException("Los años de retención no pueden ser negativos");
		}
	}

	/**
	 * @param inicio the start event (cierre del expediente by default, R-TRD-3, or the
	 * dated event of the TRD row, R-TRD-4)
	 */
	public static PlazosRetencion calcular(LocalDate inicio, int aniosGestion, int aniosCentral) {
		return calcular(inicio, aniosGestion, aniosCentral, UnaryOperator.identity());
	}

	/**
	 * @param habilOSiguiente the entity's calendar: the day itself when it is a business
	 * day, else the next business day
	 */
	public static PlazosRetencion calcular(LocalDate inicio, int aniosGestion, int aniosCentral,
			UnaryOperator<LocalDate> habilOSiguiente) {
		// R-TRD-5 (domain-rules §4.3): calendar years; 29 February falls back to 28.
		LocalDate finGestion = inicio.plusYears(aniosGestion);
		LocalDate finCentral = finGestion.plusYears(aniosCentral);
		// R-CAL-2 (Consejo de Estado, 27-05-2021, exp. 23455): a term in years ending on
		// a
		// non-business day extends to the next business day.
		return new PlazosRetencion(inicio, aniosGestion, aniosCentral, habilOSiguiente.apply(finGestion),
				habilOSiguiente.apply(finCentral));
	}

	/**
	 * @return what is due on {@code hoy} for an expediente at {@code ubicacion} with the
	 * given disposition, or empty when nothing is due yet.
	 */
	public Optional<Vencimiento> debido(LocalDate hoy, Ubicacion ubicacion, Disposicion disposicion) {
		if (ubicacion == Ubicacion.GESTION && !hoy.isBefore(finGestion)) {
			// R-TRD-5: flag the transferencia primaria at fin_AG.
			return Optional.of(Vencimiento.TRANSFERENCIA_PRIMARIA);
		}
		if (ubicacion == Ubicacion.CENTRAL && !hoy.isBefore(finCentral)) {
			// R-TRD-5: the disposition is due at fin_AC; R-TRD-6: CT and S go to the
			// histórico.
			return Optional.of(ReglasRetencion.vaAlHistorico(disposicion) ? Vencimiento.TRANSFERENCIA_SECUNDARIA
					: Vencimiento.DISPOSICION_FINAL);
		}
		return Optional.empty();
	}

	/** What the archivist must do with an expediente whose retention ended. */
	public enum Vencimiento {

		TRANSFERENCIA_PRIMARIA, TRANSFERENCIA_SECUNDARIA, DISPOSICION_FINAL

	}

}
