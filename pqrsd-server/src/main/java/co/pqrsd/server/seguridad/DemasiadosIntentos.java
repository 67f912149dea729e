package co.pqrsd.server.seguridad;

import java.time.Instant;

import co.pqrsd.core.comun.ErrorDominio;

/**
 * Too many wrong current passwords from this address on the password change
 * ({@link LimitadorIntentos}); answered with 429 by {@link ErroresSeguridad}.
 */
class DemasiadosIntentos extends ErrorDominio {

	private final Instant hasta;

	DemasiadosIntentos(Instant hasta) {
		super("DEMASIADOS_INTENTOS", IntentosExcedidos.mensaje());
		this.hasta = hasta;
	}

	/**
	 * @return when the address may try again.
	 */
	public Instant hasta() {
		return hasta;
	}

}
