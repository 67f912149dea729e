package co.pqrsd.core.archivo.trd;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The final disposition of a TRD row: exactly one of CT (conservación total), E
 * (eliminación), S (selección), optionally combined with M/D (microfilmación o
 * digitalización). R-TRD-2: the legal combinations are CT, E, S, CT+MD, E+MD, S+MD, and S
 * requires a sampling rule.
 */
public record Disposicion(boolean ct, boolean e, boolean s, boolean md) {

	/**
	 * @return why the combination is not legal, empty when it is.
	 */
	public Optional<String> problema(@org.jspecify.annotations.Nullable String muestreo) {
		int principales = (ct ? 1 : 0) + (e ? 1 : 0) + (s ? 1 : 0);
		if (principales == 0) {
			return Optional.of(md ? "M/D se combina con CT, E o S: marque también una de ellas"
					: "Falta la disposición final: marque CT, E o S");
		}
		if (principales > 1) {
			return Optional.of("Solo una de CT, E y S puede marcarse (se combinan únicamente con M/D)");
		}
		// Acuerdo 004 de 2019 (R-TRD-2): la selección se aplica con un criterio de
		// muestreo.
		if (s && (muestreo == null || muestreo.isBlank())) {
			return Optional
				.of("La selección (S) requiere el criterio de muestreo en el procedimiento (escriba «Muestreo: …»)");
		}
		return Optional.empty();
	}

	/**
	 * @return the codes marked, e.g. {@code ["CT", "MD"]}.
	 */
	public List<String> codigos() {
		List<String> c = new ArrayList<>();
		if (ct) {
			c.add("CT");
		}
		if (e) {
			c.add("E");
		}
		if (s) {
			c.add("S");
		}
		if (md) {
			c.add("MD");
		}
		return c;
	}

	@Override
	public String toString() {
		return String.join("+", codigos());
	}

}
