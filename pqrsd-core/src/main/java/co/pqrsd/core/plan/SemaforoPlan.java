package co.pqrsd.core.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

import co.pqrsd.core.comun.TablaCsv;

/**
 * Colour of a plan percentage, from the thresholds of {@code semaforo-plan.csv}: below 60
 * % rojo, from 60 % amarillo, from 80 % verde (domain-rules.md R-PAAC-6). The colour is
 * decided on the unrounded value; {@link #mostrar} truncates to one decimal so that the
 * figure shown never crosses a threshold the colour did not (59.96 % shows "59,9 %" in
 * red).
 */
public enum SemaforoPlan {

	ROJO, AMARILLO, VERDE;

	private record Umbral(SemaforoPlan color, BigDecimal desde) {
	}

	private static final List<Umbral> UMBRALES = TablaCsv.leer(SemaforoPlan.class, "semaforo-plan.csv")
		.stream()
		.map(f -> new Umbral(SemaforoPlan.valueOf(f.get("color")), new BigDecimal(f.get("desde"))))
		.sorted(Comparator.comparing(Umbral::desde).reversed())
		.toList();

	/**
	 * @param porcentaje 0 to 100, unrounded
	 */
	public static SemaforoPlan de(BigDecimal porcentaje) {
		for (Umbral u : UMBRALES) {
			if (porcentaje.compareTo(u.desde()) >= 0) {
				return u.color();
			}
		}
		return ROJO;
	}

	/**
	 * @return e.g. "59,9 %": truncated to one decimal, Spanish decimal comma.
	 */
	public static String mostrar(BigDecimal porcentaje) {
		return porcentaje.setScale(1, RoundingMode.DOWN).toPlainString().replace('.', ',') + " %";
	}

}
