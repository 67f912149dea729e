package co.pqrsd.server.comun;

import java.util.Map;

import co.pqrsd.core.comun.ErrorDominio;

/** The requested record does not exist (HTTP 404). */
public class NoEncontrado extends ErrorDominio {

	public NoEncontrado(String codigo, String mensaje) {
		super(codigo, mensaje);
	}

	public NoEncontrado(String codigo, String mensaje, Map<String, Object> parametros) {
		super(codigo, mensaje, parametros);
	}

}
