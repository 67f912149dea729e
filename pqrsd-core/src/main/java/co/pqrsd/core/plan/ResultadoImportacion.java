package co.pqrsd.core.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The activities read from a table and the report of every row that was not imported as
 * is.
 *
 * @param actividades the activities, in table order, coded "componente.n"
 * @param notas one note per header, empty, title, continuation, realigned or rejected row
 */
public record ResultadoImportacion(List<Actividad> actividades, List<NotaImportacion> notas) {

	public ResultadoImportacion {
		actividades = List.copyOf(actividades);
		notas = List.copyOf(notas);
	}

	/**
	 * @return the rows that could not be read, with their reason.
	 */
	public List<NotaImportacion> rechazadas() {
		return notas.stream().filter(n -> n.tipo() == NotaImportacion.Tipo.RECHAZADA).toList();
	}

	/**
	 * @return the number of activities per component code, in the order first seen.
	 */
	public Map<String, Integer> actividadesPorComponente() {
		Map<String, Integer> cuenta = new LinkedHashMap<>();
		actividades.forEach(a -> cuenta.merge(a.componente(), 1, Integer::sum));
		return cuenta;
	}

}
