package co.pqrsd.server.seguridad;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends a user's web sessions and forgets his cached HTTP Basic credentials when his
 * roles, state or password change: what he could do until now no longer holds. An expired
 * session is logged out on its next request (ConcurrentSessionFilter).
 */
@Component
class CierreSesiones {

	private final SessionRegistry registro;

	private final CacheCredenciales cache;

	CierreSesiones(SessionRegistry registro, CacheCredenciales cache) {
		this.registro = registro;
		this.cache = cache;
	}

	/**
	 * Ends the sessions now and again once the transaction commits, so that a login
	 * racing with the change cannot keep a session with the old state.
	 * @param excepto a session to keep (the one changing its own password), or null
	 */
	void cerrar(String username, @Nullable String excepto) {
		cerrarAhora(username, excepto);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					cerrarAhora(username, excepto);
				}
			});
		}
	}

	/** Other changes (name, e-mail, dependencias) only refresh the cached credentials. */
	void olvidarCredenciales(String username) {
		cache.olvidar(username);
	}

	private void cerrarAhora(String username, @Nullable String excepto) {
		cache.olvidar(username);
		for (Object principal : registro.getAllPrincipals()) {
			if (principal instanceof UserDetails u && u.getUsername().equals(username)) {
				for (SessionInformation sesion : registro.getAllSessions(principal, false)) {
					if (!sesion.getSessionId().equals(excepto)) {
						sesion.expireNow();
					}
				}
			}
		}
	}

}
