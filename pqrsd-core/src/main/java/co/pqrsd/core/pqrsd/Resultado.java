package co.pqrsd.core.pqrsd;

import java.util.List;

/**
 * What an action produced: the new case and the facts to record (audit, events, tasks,
 * notifications).
 *
 * @param pqrsd the case after the action
 * @param hechos the facts, in the order they happened; never empty
 */
public record Resultado(Pqrsd pqrsd, List<HechoPqrsd> hechos) {

	public Resultado {
		hechos = List.copyOf(hechos);
	}

}
