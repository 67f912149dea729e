package co.pqrsd.core.calendario;

import java.util.List;
import java.util.Map;

import co.pqrsd.core.comun.TablaCsv;

/**
 * The national holiday rules as the law stands, from the versioned table
 * {@code festivos-colombia.csv}.
 */
public final class FestivosNacionales {

	private FestivosNacionales() {
	}

	/**
	 * @return every rule of the table, in table order.
	 */
	public static List<ReglaFestivo> reglas() {
		return TablaCsv.leer(FestivosNacionales.class, "festivos-colombia.csv")
			.stream()
			.map(FestivosNacionales::regla)
			.toList();
	}

	private static ReglaFestivo regla(Map<String, String> f) {
		String hasta = f.get("vigente_hasta");
		return new ReglaFestivo(f.get("codigo"), f.get("nombre"), TipoReglaFestivo.valueOf(f.get("tipo")),
				Integer.parseInt(f.get("mes")), Integer.parseInt(f.get("dia")),
				Integer.parseInt(f.get("desplazamiento")), f.get("fundamento"),
				Integer.parseInt(f.get("vigente_desde")), hasta.isEmpty() ? null : Integer.valueOf(hasta));
	}

}
