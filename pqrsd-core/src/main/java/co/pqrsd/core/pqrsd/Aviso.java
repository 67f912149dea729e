package co.pqrsd.core.pqrsd;

import java.time.Instant;
import java.util.Set;

/**
 * One scheduled notification or engine step of a case.
 *
 * @param clave stable key: the same aviso keeps it when the calendar changes and it is
 * rescheduled, so the server sends each key at most once
 * @param tipo what it is
 * @param radicado the case
 * @param programadoPara when it is due (office opening for people, midnight for the
 * engine's state changes), America/Bogota
 * @param destinatarios who receives it
 * @param mensaje Spanish text for the notification
 */
public record Aviso(String clave, Tipo tipo, String radicado, Instant programadoPara, Set<Destinatario> destinatarios,
		String mensaje) {

	public Aviso {
		destinatarios = Set.copyOf(destinatarios);
	}

	public enum Tipo {

		/** Peligro inminente: the dependencia must adopt urgent measures at once. */
		PELIGRO_INMINENTE,
		/**
		 * A corruption denuncia was filed: Control Interno is told at once (Ley 1474,
		 * art. 76).
		 */
		DENUNCIA_CORRUPCION,
		/** The semáforo turns AMARILLO: reminder to the assignee. */
		SEMAFORO_AMARILLO,
		/** The semáforo turns ROJO: reminder to the assignee. */
		SEMAFORO_ROJO,
		/** The term ended at midnight: the engine calls {@link Pqrsd#vencer}. */
		VENCIMIENTO,
		/**
		 * First working morning after expiry: escalation to the jefe and Control Interno.
		 */
		ESCALAMIENTO,
		/** The copies after silencio positivo were not delivered in time. */
		ENTREGA_COPIAS_VENCIDA,
		/**
		 * The peticionario's plazo ended: the engine calls
		 * {@link Pqrsd#vencerPlazoPeticionario}.
		 */
		PLAZO_PETICIONARIO_VENCIDO,
		/**
		 * Three months without a decision: silencio negativo (Ley 1437 de 2011, art. 83).
		 */
		SILENCIO_NEGATIVO

	}

	public enum Destinatario {

		/** The assigned funcionario (the dependencia's reparto while unassigned). */
		ASIGNADO,
		/** The jefe of the responsible dependencia. */
		JEFE,
		/** The Oficina de Control Interno. */
		CONTROL_INTERNO,
		/** The process engine itself (a state change, no mail). */
		MOTOR

	}

}
