package co.pqrsd.core.comun;

import java.util.Map;

/**
 * The request is valid but clashes with the object's current state, e.g. annulling an
 * annulled radicado. The API answers it with HTTP 409.
 */
public class ConflictoDeEstado extends ErrorDominio {

	public ConflictoDeEstado(String codigo, String mensaje) {
		super(codigo, mensaje);
	}

	public ConflictoDeEstado(String codigo, String mensaje, Map<String, Object> parametros) {
		super(codigo, mensaje, parametros);
	}

}
