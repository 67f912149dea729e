package co.pqrsd.core.pqrsd;

import java.time.LocalDate;
import java.util.List;

import co.pqrsd.core.terminos.PasoExplicacion;
import co.pqrsd.core.terminos.Semaforo;
import org.jspecify.annotations.Nullable;

/**
 * The term of a case on a given day, for the bandeja and the case view.
 *
 * @param vencimiento the current last day (after suspensions, restarts and prórroga);
 * {@code null} without a legal term (FELICITACION) or while a requerimiento stops the
 * clock
 * @param color the semáforo; {@code null} when the case is no longer open or has no term
 * @param diasHabilesRestantes business days left, 0 once expired or closed
 * @param explicacion the counted and skipped days with their reasons
 */
public record SituacionTermino(@Nullable LocalDate vencimiento, Semaforo.@Nullable Color color,
		int diasHabilesRestantes, List<PasoExplicacion> explicacion) {

	public SituacionTermino {
		explicacion = List.copyOf(explicacion);
	}

}
