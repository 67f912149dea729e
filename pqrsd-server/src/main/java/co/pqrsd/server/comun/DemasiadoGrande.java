package co.pqrsd.server.comun;

import java.util.Map;

import co.pqrsd.core.comun.ErrorDominio;

/** A part of the request is larger than its limit (HTTP 413); nothing was written. */
public class DemasiadoGrande extends ErrorDominio {

	public DemasiadoGrande(String codigo, String mensaje, Map<String, Object> parametros) {
		super(codigo, mensaje, parametros);
	}

}
