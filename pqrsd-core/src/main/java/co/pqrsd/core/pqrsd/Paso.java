package co.pqrsd.core.pqrsd;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One step of the accountability timeline (CPACA art. 31: who held the petition on each
 * day).
 *
 * @param estado the state during the step
 * @param dependencia the dependencia that held it
 * @param responsable the user who held it, {@code null} when it waited in the
 * dependencia's reparto
 * @param desde when the step began
 * @param hasta when it ended, {@code null} for the current step
 * @param accion what began it, in Spanish (e.g. "Asignación")
 */
public record Paso(EstadoPqrsd estado, String dependencia, @Nullable String responsable, Instant desde,
		@Nullable Instant hasta, String accion) {

	Paso cerradoEn(Instant fin) {
		return hasta != null ? this : new Paso(estado, dependencia, responsable, desde, fin, accion);
	}

}
