package co.pqrsd.core.pqrsd;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What an actor may do on a case now: the case view shows only the allowed actions, and
 * each refused one carries its reason (with the legal source where the law refuses). It
 * applies exactly the checks of the aggregate's methods, so a button shown is an action
 * that passes its precondition (the form's own values, such as a prórroga's new date, are
 * checked on submit).
 */
public final class AccionesPermitidas {

	private AccionesPermitidas() {
	}

	/**
	 * One action and its verdict.
	 *
	 * @param accion the action
	 * @param rechazo why it is refused now, {@code null} when allowed
	 */
	public record Evaluacion(Accion accion, @Nullable Rechazo rechazo) {

		public boolean permitida() {
			return rechazo == null;
		}

	}

	/**
	 * @return every action people can take from a form (not the engine's own), each with
	 * its verdict, in {@link Accion} order; empty when the actor may not see the case
	 * (the server answers "not found").
	 */
	public static List<Evaluacion> evaluar(Pqrsd caso, Actor actor, Plazos plazos, Instant ahora) {
		if (!VisibilidadPqrsd.puedeVer(caso, actor)) {
			return List.of();
		}
		List<Evaluacion> evaluaciones = new ArrayList<>();
		for (Accion accion : Accion.values()) {
			if (accion.delSistema() && !actor.tiene(Rol.SISTEMA)) {
				continue;
			}
			Optional<Rechazo> rechazo = ReglasAccion.evaluar(accion, caso, actor, plazos, ahora);
			evaluaciones.add(new Evaluacion(accion, rechazo.orElse(null)));
		}
		return evaluaciones;
	}

	/**
	 * @return the actions allowed now, in {@link Accion} order.
	 */
	public static List<Accion> permitidas(Pqrsd caso, Actor actor, Plazos plazos, Instant ahora) {
		return evaluar(caso, actor, plazos, ahora).stream()
			.filter(Evaluacion::permitida)
			.map(Evaluacion::accion)
			.toList();
	}

	/**
	 * @return why that action is refused now, or empty when allowed.
	 */
	public static Optional<Rechazo> rechazo(Accion accion, Pqrsd caso, Actor actor, Plazos plazos, Instant ahora) {
		return ReglasAccion.evaluar(accion, caso, actor, plazos, ahora);
	}

}
