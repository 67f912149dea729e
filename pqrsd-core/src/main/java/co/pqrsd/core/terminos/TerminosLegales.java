package co.pqrsd.core.terminos;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import co.pqrsd.core.comun.TablaCsv;

/**
 * The legal modalities and their terms as the law stands, from the versioned table
 * {@code terminos-ley.csv}.
 */
public final class TerminosLegales {

	private TerminosLegales() {
	}

	/**
	 * @return every row of the table, in table order.
	 */
	public static List<ReglaTermino> reglas() {
		return TablaCsv.leer(TerminosLegales.class, "terminos-ley.csv").stream().map(TerminosLegales::regla).toList();
	}

	private static ReglaTermino regla(Map<String, String> f) {
		String hasta = f.get("vigente_hasta");
		return new ReglaTermino(f.get("modalidad"), f.get("nombre"), Integer.parseInt(f.get("termino")),
				UnidadTermino.valueOf(f.get("unidad")), f.get("fundamento"), LocalDate.parse(f.get("vigente_desde")),
				hasta.isEmpty() ? null : LocalDate.parse(hasta), Boolean.parseBoolean(f.get("admite_prorroga")));
	}

}
