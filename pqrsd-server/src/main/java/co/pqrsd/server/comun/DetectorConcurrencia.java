package co.pqrsd.server.comun;

import java.sql.SQLException;

import org.springframework.dao.ConcurrencyFailureException;

/**
 * Recognises a failure caused by losing a race with another transaction on the same data
 * (a version conflict, a deadlock, a serialization failure): the request did nothing and
 * may simply be tried again. Such a failure answers 409 {@code CONFLICTO_CONCURRENTE},
 * never 500. The generic cases are recognised here; a module whose library signals its
 * own (the process engine's optimistic locking) adds an implementation.
 */
public interface DetectorConcurrencia {

	/**
	 * @return whether the failure (or one of its causes) is such a lost race
	 */
	boolean carreraPerdida(Throwable error);

	/**
	 * Spring's concurrency failures and PostgreSQL's serialization failure (40001) and
	 * deadlock (40P01), anywhere in the chain of causes.
	 */
	static boolean generica(Throwable error) {
		for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof ConcurrencyFailureException) {
				return true;
			}
			if (t instanceof SQLException s && ("40001".equals(s.getSQLState()) || "40P01".equals(s.getSQLState()))) {
				return true;
			}
		}
		return false;
	}

}
