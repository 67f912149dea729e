package co.pqrsd.server.informes;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.core.informes.Periodo;
import org.jspecify.annotations.Nullable;

/**
 * The period of a report from request parameters: {@code anio} with {@code trimestre}
 * (1–4) or {@code semestre} (1–2), or {@code anio} alone, or {@code desde} and
 * {@code hasta}; none: the current quarter (R-REP-3: trimestral by default).
 */
final class ParametrosPeriodo {

	private ParametrosPeriodo() {
	}

	static Periodo de(@Nullable String desde, @Nullable String hasta, @Nullable String anio, @Nullable String trimestre,
			@Nullable String semestre, LocalDate hoy) {
		desde = vacio(desde);
		hasta = vacio(hasta);
		anio = vacio(anio);
		trimestre = vacio(trimestre);
		semestre = vacio(semestre);
		if (desde != null || hasta != null) {
			if (desde == null || hasta == null) {
				throw new ErrorDominio("PERIODO_INVALIDO", "Indique la fecha inicial y la final del periodo.");
			}
			return new Periodo(fecha(desde), fecha(hasta));
		}
		int a = anio == null ? hoy.getYear() : numero(anio, 2000, 2100);
		if (trimestre != null) {
			return Periodo.trimestre(a, numero(trimestre, 1, 4));
		}
		if (semestre != null) {
			return Periodo.semestre(a, numero(semestre, 1, 2));
		}
		if (anio != null) {
			return Periodo.anio(a);
		}
		return Periodo.trimestre(hoy.getYear(), (hoy.getMonthValue() - 1) / 3 + 1);
	}

	private static @Nullable String vacio(@Nullable String s) {
		return s == null || s.isBlank() ? null : s;
	}

	private static LocalDate fecha(String s) {
		try {
			return LocalDate.parse(s.strip());
		}
		catch (DateTimeParseException e) {
			throw new ErrorDominio("PERIODO_INVALIDO", "Las fechas del periodo van en formato AAAA-MM-DD.");
		}
	}

	private static int numero(String s, int min, int max) {
		try {
			int n = Integer.parseInt(s.strip());
			if (n >= min && n <= max) {
				return n;
			}
		}
		catch (NumberFormatException e) {
			// Falls through to the error below.
		}
		throw new ErrorDominio("PERIODO_INVALIDO", "El periodo pedido no es válido (año, trimestre o semestre).");
	}

}
