package co.pqrsd.core.calendario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * National holidays of any year, computed from the versioned rule table (never from a
 * list of dates). Immutable and thread-safe.
 */
public final class CalendarioFestivos {

	/**
	 * Ley 51 de 1983 moved holidays to Mondays from 1984 on; earlier years follow other
	 * rules.
	 */
	public static final int PRIMER_ANIO = 1984;

	public static final int ULTIMO_ANIO = 2100;

	private final List<ReglaFestivo> reglas;

	public CalendarioFestivos(List<ReglaFestivo> reglas) {
		this.reglas = List.copyOf(reglas);
	}

	/**
	 * @return the rules this calendar applies, in table order.
	 */
	public List<ReglaFestivo> reglas() {
		return reglas;
	}

	/**
	 * @return one entry per distinct holiday date of the year, sorted by date.
	 * @throws FueraDeRango when the year is outside
	 * {@value #PRIMER_ANIO}–{@value #ULTIMO_ANIO}
	 */
	public List<Festivo> festivos(int anio) {
		FueraDeRango.verificarAnio(anio);
		Map<LocalDate, List<ReglaFestivo>> porFecha = new TreeMap<>();
		for (ReglaFestivo regla : reglas) {
			regla.fechaEn(anio).ifPresent(f -> porFecha.computeIfAbsent(f, k -> new ArrayList<>()).add(regla));
		}
		List<Festivo> festivos = new ArrayList<>(porFecha.size());
		porFecha.forEach((fecha, delDia) -> festivos.add(unir(fecha, delDia)));
		return festivos;
	}

	private static Festivo unir(LocalDate fecha, List<ReglaFestivo> delDia) {
		Set<String> nombres = new LinkedHashSet<>();
		Set<String> fundamentos = new LinkedHashSet<>();
		for (ReglaFestivo r : delDia) {
			nombres.add(r.nombre());
			fundamentos.add(r.fundamento());
		}
		return new Festivo(fecha, String.join(" y ", nombres), String.join("; ", fundamentos));
	}

}
