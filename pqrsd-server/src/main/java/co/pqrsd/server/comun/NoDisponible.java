package co.pqrsd.server.comun;

import co.pqrsd.core.comun.ErrorDominio;

/**
 * A service the request needs is not available right now and the request changed nothing:
 * try again later (HTTP 503).
 */
public class NoDisponible extends ErrorDominio {

	public NoDisponible(String codigo, String mensaje) {
		super(codigo, mensaje);
	}

}
