package co.pqrsd.core.pqrsd;

import java.util.Map;

import co.pqrsd.core.comun.ErrorDominio;

/**
 * Why an action is not allowed now.
 *
 * @param accion the refused action
 * @param codigo the stable code, e.g. {@code ACCION_NO_PERMITIDA} or
 * {@code REQUERIMIENTO_EXTEMPORANEO}
 * @param motivo the reason in Spanish, with its legal source where the law refuses
 * @param parametros values that explain it (e.g. {@code estado}, {@code limite})
 */
public record Rechazo(Accion accion, String codigo, String motivo, Map<String, Object> parametros) {

	public Rechazo {
		parametros = Map.copyOf(parametros);
	}

	/**
	 * @return the same refusal as the exception the aggregate throws.
	 */
	public ErrorDominio comoError() {
		return new ErrorDominio(codigo, motivo, parametros);
	}

}
