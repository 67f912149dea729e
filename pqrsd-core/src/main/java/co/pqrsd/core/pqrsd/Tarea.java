package co.pqrsd.core.pqrsd;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A task the process must open besides the main handling of the case.
 *
 * @param tipo what must be done
 * @param dependencia the responsible dependencia
 * @param asignadoA the responsible user, {@code null} for the dependencia's jefe
 * @param vence the last day to do it (business day), {@code null} for "at once"
 * @param fundamento the legal source of the task
 */
public record Tarea(Tipo tipo, String dependencia, @Nullable String asignadoA, @Nullable LocalDate vence,
		String fundamento) {

	public enum Tipo {

		/**
		 * Deliver the copies after silencio positivo (Ley 1755 de 2015, art. 14 num. 1).
		 */
		ENTREGAR_COPIAS("Entregar copias"),
		/** Answer an internal consultation. */
		RESPONDER_CONSULTA_INTERNA("Responder consulta interna"),
		/**
		 * Issue the motivated act of desistimiento tácito (Ley 1755 de 2015, art. 17).
		 */
		DECRETAR_DESISTIMIENTO("Decretar desistimiento tácito"),
		/** Urgent measures for imminent danger (Ley 1755 de 2015, art. 20 par.). */
		MEDIDAS_URGENTES("Adoptar medidas de urgencia");

		private final String nombre;

		Tipo(String nombre) {
			this.nombre = nombre;
		}

		public String nombre() {
			return nombre;
		}

	}

}
