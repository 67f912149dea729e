package co.pqrsd.server.pqrsd.motor;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What the engine's timers do, implemented by the PQRSD module: the engine only keeps the
 * timers (durable, locked per node, retried) and calls back when one is due, inside the
 * job's transaction.
 */
public interface ReceptorTemporizadores {

	/**
	 * Does the case's due avisos (each key at most once) in the caller's transaction.
	 * @return when the case's next aviso is due, {@code null} when none is left
	 */
	@Nullable Instant avisosVencidos(String radicado);

	/**
	 * Sends today's digests (each at most once per user and day).
	 * @return when the next digest is due
	 */
	Instant resumenDiario();

}
