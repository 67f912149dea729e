package co.pqrsd.server.comun;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Told of every denied request, so the denial can be recorded (the audit module
 * implements it).
 */
public interface OyenteDenegacion {

	void denegado(HttpServletRequest solicitud);

}
