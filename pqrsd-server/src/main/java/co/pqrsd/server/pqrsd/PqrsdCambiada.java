package co.pqrsd.server.pqrsd;

import java.util.List;

import co.pqrsd.core.pqrsd.HechoPqrsd;
import co.pqrsd.core.pqrsd.Pqrsd;
import org.jspecify.annotations.Nullable;

/**
 * A case was opened or changed. Published inside the writing transaction, after the case
 * and its facts are stored: synchronous listeners (the process engine, the timers, the
 * notifications) act in the same transaction, so either all of it happens or none.
 *
 * @param anterior the case before the action, {@code null} when it was just opened
 * @param nuevo the case after it
 * @param hechos the facts the action produced, in order
 * @param usuario who acted ({@code sistema} for timers)
 */
public record PqrsdCambiada(@Nullable Pqrsd anterior, Pqrsd nuevo, List<HechoPqrsd> hechos, String usuario) {

	public PqrsdCambiada {
		hechos = List.copyOf(hechos);
	}

	/**
	 * @return the case's radicado number.
	 */
	public String radicado() {
		return nuevo.radicado();
	}

}
