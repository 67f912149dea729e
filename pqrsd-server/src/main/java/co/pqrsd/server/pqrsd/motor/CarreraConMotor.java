package co.pqrsd.server.pqrsd.motor;

import java.lang.reflect.Method;

import co.pqrsd.server.comun.DetectorConcurrencia;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.springframework.resilience.retry.MethodRetryPredicate;
import org.springframework.stereotype.Component;

/**
 * A user's action that lost a race with the engine's background work on the same case
 * (the job executor firing the case's timer, the sweep that starts pending processes, the
 * rescheduling after a calendar change): the engine's version conflict, or a deadlock or
 * serialization failure. Nothing was kept (one transaction), so the action is retried
 * ({@code @Retryable(predicate = CarreraConMotor.class)}), and if it keeps losing it
 * answers 409 {@code CONFLICTO_CONCURRENTE}, never 500.
 */
@Component
public class CarreraConMotor implements MethodRetryPredicate, DetectorConcurrencia {

	/**
	 * @return whether the failure, or one of its causes, is such a lost race
	 */
	public static boolean es(Throwable error) {
		for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof FlowableOptimisticLockingException) {
				return true;
			}
		}
		return DetectorConcurrencia.generica(error);
	}

	@Override
	public boolean shouldRetry(Method metodo, Throwable error) {
		return es(error);
	}

	@Override
	public boolean carreraPerdida(Throwable error) {
		return es(error);
	}

}
