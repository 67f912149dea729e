package co.pqrsd.server.comun;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Builds the API's one error format: RFC 9457 problem+json with a Spanish detail and a
 * stable {@code code}.
 */
public final class Problemas {

	private Problemas() {
	}

	public static ProblemDetail de(HttpStatus estado, String codigo, String detalle) {
		ProblemDetail problema = ProblemDetail.forStatusAndDetail(estado, detalle);
		problema.setType(URI.create("urn:pqrsd:problema:" + codigo.toLowerCase().replace('_', '-')));
		problema.setTitle(titulo(estado));
		problema.setProperty("code", codigo);
		return problema;
	}

	public static ProblemDetail conCampos(HttpStatus estado, String codigo, String detalle,
			List<CampoInvalido> campos) {
		ProblemDetail problema = de(estado, codigo, detalle);
		problema.setProperty("errores", campos);
		return problema;
	}

	public static ProblemDetail conParametros(ProblemDetail problema, Map<String, Object> parametros) {
		if (!parametros.isEmpty()) {
			problema.setProperty("parametros", parametros);
		}
		return problema;
	}

	static String titulo(HttpStatus estado) {
		return switch (estado) {
			case BAD_REQUEST -> "Solicitud inválida";
			case UNAUTHORIZED -> "Autenticación requerida";
			case FORBIDDEN -> "Acceso denegado";
			case NOT_FOUND -> "No encontrado";
			case METHOD_NOT_ALLOWED -> "Método no permitido";
			case NOT_ACCEPTABLE -> "Formato de respuesta no disponible";
			case CONFLICT -> "Conflicto";
			case CONTENT_TOO_LARGE -> "Contenido demasiado grande";
			case UNSUPPORTED_MEDIA_TYPE -> "Tipo de contenido no soportado";
			case UNPROCESSABLE_CONTENT -> "No se puede procesar";
			case TOO_MANY_REQUESTS -> "Demasiadas solicitudes";
			case SERVICE_UNAVAILABLE -> "Servicio no disponible por ahora";
			default -> estado.is5xxServerError() ? "Error interno" : "Error";
		};
	}

}
