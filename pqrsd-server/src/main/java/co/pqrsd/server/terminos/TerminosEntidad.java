package co.pqrsd.server.terminos;

import co.pqrsd.core.calendario.CalendarioHabil;

import java.time.LocalDate;

import co.pqrsd.core.terminos.MotorTerminos;
import co.pqrsd.core.terminos.Semaforo;
import org.springframework.stereotype.Service;

/**
 * The module's public API for other modules: the entity's terms engine and semáforo as
 * configured now (read-only). Deadlines are always computed from these, never stored.
 */
@Service
public class TerminosEntidad {

	private final CalendarioEntidad calendario;

	TerminosEntidad(CalendarioEntidad calendario) {
		this.calendario = calendario;
	}

	/**
	 * @return the terms engine over the entity's current calendar and policies.
	 */
	public MotorTerminos motor() {
		return calendario.motor();
	}

	/**
	 * @return the entity's business-day calendar now: holidays by rule, working days and
	 * the closures declared by administrative act.
	 */
	public CalendarioHabil calendario() {
		return calendario.calendario();
	}

	/**
	 * @return the entity's semáforo thresholds.
	 */
	public Semaforo semaforo() {
		return calendario.semaforo();
	}

	/**
	 * @return today in America/Bogota, from the injected clock.
	 */
	public LocalDate hoy() {
		return calendario.hoy();
	}

}
