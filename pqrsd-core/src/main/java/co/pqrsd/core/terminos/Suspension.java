package co.pqrsd.core.terminos;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The clock stops while a requerimiento to complete the petition is pending (Ley 1755 de
 * 2015, art. 17). The day of the requerimiento still counts; the days after it up to the
 * day the citizen answers do not; counting resumes the day after the answer ("a partir
 * del día siguiente... se reactivará el término").
 *
 * @param requerido the date the entity sent the requerimiento
 * @param respondido the date the citizen answered, {@code null} while pending
 */
public record Suspension(LocalDate requerido, @Nullable LocalDate respondido) {

	public Suspension {
		if (respondido != null && respondido.isBefore(requerido)) {
			throw new IllegalArgumentException("La respuesta no puede ser anterior al requerimiento");
		}
	}

	/**
	 * @return whether the day falls in the stopped span (requerido, respondido].
	 */
	public boolean detiene(LocalDate fecha) {
		return fecha.isAfter(requerido) && (respondido == null || !fecha.isAfter(respondido));
	}

	public boolean pendiente() {
		return respondido == null;
	}

}
