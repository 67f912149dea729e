package co.pqrsd.server.auditoria;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** The before/after values of the fields an update changed, as the trail stores them. */
public final class Cambios {

	private Cambios() {
	}

	/**
	 * @return {@code {campo: {antes, despues}}} for each field whose value differs,
	 * sorted by field name.
	 */
	public static Map<String, Object> entre(Map<String, ?> antes, Map<String, ?> despues) {
		Map<String, Object> cambios = new LinkedHashMap<>();
		TreeSet<String> campos = new TreeSet<>(antes.keySet());
		campos.addAll(despues.keySet());
		for (String campo : campos) {
			Object a = antes.get(campo);
			Object d = despues.get(campo);
			if (!Objects.equals(a, d)) {
				Map<String, Object> par = new LinkedHashMap<>();
				par.put("antes", a);
				par.put("despues", d);
				cambios.put(campo, par);
			}
		}
		return cambios;
	}

}
