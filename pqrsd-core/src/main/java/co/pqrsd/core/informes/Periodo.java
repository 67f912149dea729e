package co.pqrsd.core.informes;

import java.time.LocalDate;

import co.pqrsd.core.comun.ErrorDominio;

/**
 * A report period, both ends included, counted on the reception date in Colombia.
 *
 * @param desde first day
 * @param hasta last day
 */
public record Periodo(LocalDate desde, LocalDate hasta) {

	/** The longest period a report covers: five years keep queries bounded. */
	public static final int MAXIMO_DIAS = 5 * 366;

	public Periodo {
		if (hasta.isBefore(desde)) {
			throw new ErrorDominio("PERIODO_INVALIDO", "La fecha final del periodo es anterior a la inicial.");
		}
		if (desde.plusDays(MAXIMO_DIAS).isBefore(hasta)) {
			throw new ErrorDominio("PERIODO_INVALIDO", "El periodo de un informe no puede pasar de cinco años.");
		}
	}

	/**
	 * @param numero 1 to 4
	 * @return the calendar quarter (R-REP-2: trimestral; R-REP-3 default).
	 */
	public static Periodo trimestre(int anio, int numero) {
		if (numero < 1 || numero > 4) {
			throw new ErrorDominio("PERIODO_INVALIDO", "El trimestre va de 1 a 4.");
		}
		LocalDate desde = LocalDate.of(anio, 3 * (numero - 1) + 1, 1);
		return new Periodo(desde, desde.plusMonths(3).minusDays(1));
	}

	/**
	 * @param numero 1 (enero–junio) or 2 (julio–diciembre)
	 * @return the half year of Control Interno's report (Ley 1474 de 2011, art. 76).
	 */
	public static Periodo semestre(int anio, int numero) {
		if (numero < 1 || numero > 2) {
			throw new ErrorDominio("PERIODO_INVALIDO", "El semestre es 1 o 2.");
		}
		LocalDate desde = LocalDate.of(anio, 6 * (numero - 1) + 1, 1);
		return new Periodo(desde, desde.plusMonths(6).minusDays(1));
	}

	public static Periodo anio(int anio) {
		return new Periodo(LocalDate.of(anio, 1, 1), LocalDate.of(anio, 12, 31));
	}

	public boolean contiene(LocalDate fecha) {
		return !fecha.isBefore(desde) && !fecha.isAfter(hasta);
	}

	/**
	 * @return e.g. "2026-01-01 a 2026-03-31".
	 */
	public String texto() {
		return desde + " a " + hasta;
	}

}
