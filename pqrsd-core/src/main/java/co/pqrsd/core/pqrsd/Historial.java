package co.pqrsd.core.pqrsd;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.pqrsd.core.calendario.CalendarioHabil;

/**
 * The accountability timeline (Ley 1437 de 2011, art. 31: "la falta de atención a las
 * peticiones y a los términos para resolver … constituirán falta para el servidor
 * público"): every step, who held it and for how many business days.
 */
public final class Historial {

	private Historial() {
	}

	/**
	 * One step with its duration.
	 *
	 * @param paso the step
	 * @param diasHabiles business days held: those after the day it began up to the day
	 * it ended (today for the open step), as terms count them
	 */
	public record Tramo(Paso paso, int diasHabiles) {
	}

	/**
	 * @return the steps of the case, oldest first, with their business days up to
	 * {@code ahora}.
	 */
	public static List<Tramo> de(Pqrsd caso, CalendarioHabil calendario, Instant ahora) {
		return caso.historial().stream().map(p -> new Tramo(p, dias(p, calendario, ahora))).toList();
	}

	/**
	 * @return business days held per holder ({@link Paso#titular()}), in order of first
	 * appearance; steps after the case was answered, transferred or withdrawn are not
	 * counted.
	 */
	public static Map<String, Integer> diasPorTitular(Pqrsd caso, CalendarioHabil calendario, Instant ahora) {
		Map<String, Integer> dias = new LinkedHashMap<>();
		for (Tramo t : de(caso, calendario, ahora)) {
			if (t.paso().estado().abierta()) {
				dias.merge(t.paso().titular(), t.diasHabiles(), Integer::sum);
			}
		}
		return dias;
	}

	private static int dias(Paso p, CalendarioHabil calendario, Instant ahora) {
		Instant fin = p.hasta() != null ? p.hasta() : ahora;
		LocalDate desde = Plazos.fecha(p.desde());
		return calendario.habilesEntre(desde, Plazos.fecha(fin));
	}

}
