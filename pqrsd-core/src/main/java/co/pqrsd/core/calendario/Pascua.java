package co.pqrsd.core.calendario;

import java.time.LocalDate;

/**
 * Easter Sunday of the Gregorian calendar (anonymous algorithm of Meeus, Jones and
 * Butcher).
 */
public final class Pascua {

	private Pascua() {
	}

	/**
	 * @return Easter Sunday of that year (valid for every Gregorian year).
	 */
	public static LocalDate domingo(int anio) {
		int a = anio % 19;
		int b = anio / 100;
		int c = anio % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int mes = (h + l - 7 * m + 114) / 31;
		int dia = ((h + l - 7 * m + 114) % 31) + 1;
		return LocalDate.of(anio, mes, dia);
	}

}
