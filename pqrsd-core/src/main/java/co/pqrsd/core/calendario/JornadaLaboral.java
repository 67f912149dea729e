package co.pqrsd.core.calendario;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * The entity's weekly working pattern and office hours. Office hours are for display,
 * reception notices and the optional after-hours policy; they never change which days are
 * business days.
 *
 * @param dias working weekdays (default Monday to Friday)
 * @param apertura opening time of the ventanilla
 * @param cierre closing time of the ventanilla
 */
public record JornadaLaboral(Set<DayOfWeek> dias, LocalTime apertura, LocalTime cierre) {

	public JornadaLaboral {
		if (dias.isEmpty()) {
			throw new IllegalArgumentException("La jornada debe tener al menos un día hábil");
		}
		if (!apertura.isBefore(cierre)) {
			throw new IllegalArgumentException("La hora de apertura debe ser anterior a la de cierre");
		}
		dias = Set.copyOf(EnumSet.copyOf(dias));
	}

	/** Monday to Friday, 8:00 to 17:00. */
	public static JornadaLaboral predeterminada() {
		return new JornadaLaboral(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0),
				LocalTime.of(17, 0));
	}

	public boolean esDiaLaboral(DayOfWeek dia) {
		return dias.contains(dia);
	}

}
