package co.pqrsd.core.pqrsd;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One step of the accountability timeline (CPACA art. 31: who held the petition on each
 * day).
 *
 * @param estado the state during the step
 * @param etapa the step of the work
 * @param dependencia the dependencia that held it
 * @param responsable the funcionario the case was assigned to, {@code null} while it
 * waited in the dependencia's reparto
 * @param desde when the step began
 * @param hasta when it ended, {@code null} for the current step
 * @param accion what began it, in Spanish (e.g. "Asignación")
 */
public record Paso(EstadoPqrsd estado, Etapa etapa, String dependencia, @Nullable String responsable, Instant desde,
		@Nullable Instant hasta, String accion) {

	/**
	 * @return who must answer for the step: the jefe while the answer waits for his
	 * approval, the dependencia's reparto while unassigned, otherwise the assigned
	 * funcionario; e.g. "ana", "Jefe de PLANEACION", "Reparto de PLANEACION".
	 */
	public String titular() {
		if (etapa == Etapa.APROBACION) {
			return "Jefe de " + dependencia;
		}
		return responsable != null ? responsable : "Reparto de " + dependencia;
	}

	Paso cerradoEn(Instant fin) {
		return hasta != null ? this : new Paso(estado, etapa, dependencia, responsable, desde, fin, accion);
	}

}
