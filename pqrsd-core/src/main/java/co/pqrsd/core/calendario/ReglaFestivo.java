package co.pqrsd.core.calendario;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One national holiday as the law defines it, with the law that created it and the years
 * it applies to. A new law adds a row of this kind to the versioned table, never code.
 *
 * @param codigo stable identifier, e.g. {@code REYES}
 * @param nombre Spanish name shown to users
 * @param tipo how the date is derived
 * @param mes month (1-12) for date-based rules, 0 for Easter-based ones
 * @param dia day of month for date-based rules, 0 for Easter-based ones
 * @param desplazamientoPascua days after Easter Sunday for Easter-based rules (may be
 * negative)
 * @param fundamento the legal source, e.g. "Ley 51 de 1983, art. 1"
 * @param vigenteDesde first year the rule applies
 * @param vigenteHasta last year the rule applies, {@code null} while in force
 */
public record ReglaFestivo(String codigo, String nombre, TipoReglaFestivo tipo, int mes, int dia,
		int desplazamientoPascua, String fundamento, int vigenteDesde, @Nullable Integer vigenteHasta) {

	public ReglaFestivo {
		boolean porPascua = tipo == TipoReglaFestivo.PASCUA || tipo == TipoReglaFestivo.PASCUA_TRASLADABLE;
		if (!porPascua && (mes < 1 || mes > 12 || dia < 1 || dia > 31)) {
			throw new IllegalArgumentException("Regla de festivo " + codigo + " sin mes y día válidos");
		}
		if (vigenteHasta != null && vigenteHasta < vigenteDesde) {
			throw new IllegalArgumentException("Regla de festivo " + codigo + " con vigencia invertida");
		}
	}

	/**
	 * @return the observed (non-working) date in that year, or empty when the rule does
	 * not apply that year.
	 */
	public Optional<LocalDate> fechaEn(int anio) {
		if (anio < vigenteDesde || (vigenteHasta != null && anio > vigenteHasta)) {
			return Optional.empty();
		}
		LocalDate fecha = switch (tipo) {
			case FIJO -> LocalDate.of(anio, mes, dia);
			case TRASLADABLE -> siguienteLunes(LocalDate.of(anio, mes, dia));
			case PASCUA -> Pascua.domingo(anio).plusDays(desplazamientoPascua);
			case PASCUA_TRASLADABLE -> siguienteLunes(Pascua.domingo(anio).plusDays(desplazamientoPascua));
		};
		return Optional.of(fecha);
	}

	// Ley 51 de 1983, art. 1 num. 2: the rest day moves to the next Monday (the date
	// itself if already Monday).
	private static LocalDate siguienteLunes(LocalDate fecha) {
		return fecha.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
	}

}
