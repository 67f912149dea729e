package co.pqrsd.core.comun;

import java.util.Map;

/**
 * A broken business rule. Carries a stable machine-readable code (UPPER_SNAKE, Spanish)
 * that the API maps to a problem+json response, and a Spanish message meant for the user.
 */
public class ErrorDominio extends RuntimeException {

	private final String codigo;

	private final Map<String, Object> parametros;

	public ErrorDominio(String codigo, String mensaje) {
		this(codigo, mensaje, Map.of());
	}

	public ErrorDominio(String codigo, String mensaje, Map<String, Object> parametros) {
		super(mensaje);
		this.codigo = codigo;
		this.parametros = Map.copyOf(parametros);
	}

	/**
	 * @return the stable error code, never {@code null}.
	 */
	public String codigo() {
		return codigo;
	}

	/**
	 * @return values that explain the error (e.g. the offending date), never
	 * {@code null}.
	 */
	public Map<String, Object> parametros() {
		return parametros;
	}

}
