package co.pqrsd.server.comun;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import co.pqrsd.core.comun.ConflictoDeEstado;
import co.pqrsd.core.comun.ErrorDominio;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every failure into the API's problem+json (or the Spanish error page for the web
 * UI). Bad input is always a 4xx with a stable code; only a defect reaches 500, logged
 * with an id and never with a stack trace in the response.
 */
@RestControllerAdvice
class ManejadorErrores {

	private static final Logger log = LoggerFactory.getLogger(ManejadorErrores.class);

	private final List<OyenteDenegacion> oyentesDenegacion;

	private final List<DetectorConcurrencia> detectoresConcurrencia;

	ManejadorErrores(List<OyenteDenegacion> oyentesDenegacion) {
		this(oyentesDenegacion, List.of());
	}

	@Autowired
	ManejadorErrores(List<OyenteDenegacion> oyentesDenegacion, List<DetectorConcurrencia> detectoresConcurrencia) {
		this.oyentesDenegacion = oyentesDenegacion;
		this.detectoresConcurrencia = detectoresConcurrencia;
	}

	@ExceptionHandler(ErrorDominio.class)
	Object dominio(ErrorDominio e, HttpServletRequest req) {
		HttpStatus estado = e instanceof NoEncontrado ? HttpStatus.NOT_FOUND
				: e instanceof ConflictoDeEstado ? HttpStatus.CONFLICT
						: e instanceof NoDisponible ? HttpStatus.SERVICE_UNAVAILABLE
								: e instanceof DemasiadoGrande ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
		return responder(req,
				Problemas.conParametros(Problemas.de(estado, e.codigo(), e.getMessage()), e.parametros()));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	Object noLegible(HttpMessageNotReadableException e, HttpServletRequest req) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof LimiteCuerpoFilter.CuerpoDemasiadoGrande grande) {
				return responder(req, LimiteCuerpoFilter.problema(grande.maximo()));
			}
		}
		// The Jackson exception carries the field's path; what it wraps (a
		// DateTimeParseException, say) does not.
		Throwable causa = e.getMostSpecificCause();
		for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
			if (t instanceof JacksonException) {
				causa = t;
				break;
			}
		}
		if (causa instanceof MismatchedInputException m && !m.getPath().isEmpty()
				&& String.valueOf(m.getOriginalMessage()).startsWith("Cannot map `null`")) {
			String campo = ruta(m);
			return responder(req,
					Problemas.conCampos(HttpStatus.BAD_REQUEST, "CAMPO_REQUERIDO",
							"El campo '" + campo + "' es obligatorio.",
							List.of(new CampoInvalido(campo, "Es obligatorio", "CAMPO_REQUERIDO"))));
		}
		if (causa instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
			String campo = ruta(f);
			String permitidos = String.join(", ",
					Arrays.stream(f.getTargetType().getEnumConstants()).map(String::valueOf).toList());
			return responder(req, Problemas.conCampos(HttpStatus.BAD_REQUEST, "VALOR_NO_PERMITIDO",
					"El campo '" + campo + "' no admite el valor '" + f.getValue() + "'. Valores permitidos: "
							+ permitidos + ".",
					List.of(new CampoInvalido(campo, "Valores permitidos: " + permitidos, "VALOR_NO_PERMITIDO"))));
		}
		if (causa instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
			String campo = ruta(m);
			String tipo = m.getTargetType() == null ? "otro tipo" : nombreTipo(m.getTargetType());
			return responder(req,
					Problemas.conCampos(HttpStatus.BAD_REQUEST, "TIPO_INVALIDO",
							"El campo '" + campo + "' tiene un tipo de dato inválido; se esperaba " + tipo + ".",
							List.of(new CampoInvalido(campo, "Se esperaba " + tipo, "TIPO_INVALIDO"))));
		}
		if (causa instanceof DatabindException d && !d.getPath().isEmpty()) {
			String campo = ruta(d);
			return responder(req,
					Problemas.conCampos(HttpStatus.BAD_REQUEST, "VALOR_INVALIDO",
							"El campo '" + campo + "' tiene un valor inválido.",
							List.of(new CampoInvalido(campo, "Valor inválido", "VALOR_INVALIDO"))));
		}
		if (causa instanceof JacksonException) {
			return responder(req, Problemas.de(HttpStatus.BAD_REQUEST, "JSON_INVALIDO",
					"El cuerpo de la solicitud no es JSON válido."));
		}
		return responder(req, Problemas.de(HttpStatus.BAD_REQUEST, "CUERPO_REQUERIDO",
				"La solicitud debe incluir un cuerpo JSON válido."));
	}

	@ExceptionHandler(BindException.class)
	Object invalido(BindException e, HttpServletRequest req) {
		List<CampoInvalido> campos = new ArrayList<>();
		for (FieldError f : e.getBindingResult().getFieldErrors()) {
			campos.add(new CampoInvalido(f.getField(), String.valueOf(f.getDefaultMessage()), codigoDe(f.getCode())));
		}
		e.getBindingResult()
			.getGlobalErrors()
			.forEach(g -> campos.add(
					new CampoInvalido(g.getObjectName(), String.valueOf(g.getDefaultMessage()), "VALIDACION_FALLIDA")));
		boolean soloRequeridos = campos.stream().allMatch(c -> c.codigo().equals("CAMPO_REQUERIDO"));
		String codigo = soloRequeridos ? "CAMPO_REQUERIDO" : "VALIDACION_FALLIDA";
		String detalle = "Revise los campos: "
				+ String.join("; ", campos.stream().map(c -> c.campo() + " — " + c.mensaje()).toList()) + ".";
		return responder(req, Problemas.conCampos(HttpStatus.BAD_REQUEST, codigo, detalle, campos));
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	Object parametrosInvalidos(HandlerMethodValidationException e, HttpServletRequest req) {
		List<CampoInvalido> campos = new ArrayList<>();
		e.getParameterValidationResults()
			.forEach(r -> r.getResolvableErrors()
				.forEach(err -> campos.add(new CampoInvalido(String.valueOf(r.getMethodParameter().getParameterName()),
						String.valueOf(err.getDefaultMessage()), "PARAMETRO_INVALIDO"))));
		return responder(req, Problemas.conCampos(HttpStatus.BAD_REQUEST, "PARAMETRO_INVALIDO",
				"Hay parámetros inválidos en la solicitud.", campos));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	Object tipoParametro(MethodArgumentTypeMismatchException e, HttpServletRequest req) {
		String tipo = e.getRequiredType() == null ? "otro tipo" : nombreTipo(e.getRequiredType());
		return responder(req,
				Problemas.conCampos(HttpStatus.BAD_REQUEST, "PARAMETRO_INVALIDO",
						"El parámetro '" + e.getName() + "' tiene un valor inválido ('" + e.getValue()
								+ "'); se esperaba " + tipo + ".",
						List.of(new CampoInvalido(e.getName(), "Se esperaba " + tipo, "PARAMETRO_INVALIDO"))));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	Object faltaParametro(MissingServletRequestParameterException e, HttpServletRequest req) {
		return responder(req,
				Problemas.conCampos(HttpStatus.BAD_REQUEST, "PARAMETRO_REQUERIDO",
						"Falta el parámetro obligatorio '" + e.getParameterName() + "'.",
						List.of(new CampoInvalido(e.getParameterName(), "Es obligatorio", "PARAMETRO_REQUERIDO"))));
	}

	@ExceptionHandler(MissingServletRequestPartException.class)
	Object faltaParte(MissingServletRequestPartException e, HttpServletRequest req) {
		return responder(req,
				Problemas.conCampos(HttpStatus.BAD_REQUEST, "PARTE_REQUERIDA",
						"Falta la parte obligatoria '" + e.getRequestPartName() + "' del formulario multipart.",
						List.of(new CampoInvalido(e.getRequestPartName(), "Es obligatoria", "PARTE_REQUERIDA"))));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	Object tipoContenido(HttpMediaTypeNotSupportedException e, HttpServletRequest req) {
		return responder(req, Problemas.de(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "TIPO_CONTENIDO_NO_SOPORTADO",
				"El tipo de contenido '" + e.getContentType() + "' no es aceptado aquí. Use: "
						+ String.join(", ", e.getSupportedMediaTypes().stream().map(MediaType::toString).toList())
						+ "."));
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	Object noAceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest req) {
		return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).build();
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object metodo(HttpRequestMethodNotSupportedException e, HttpServletRequest req) {
		return responder(req, Problemas.de(HttpStatus.METHOD_NOT_ALLOWED, "METODO_NO_PERMITIDO",
				"El método " + e.getMethod() + " no está permitido en esta ruta."));
	}

	@ExceptionHandler(NoResourceFoundException.class)
	Object noExiste(NoResourceFoundException e, HttpServletRequest req) {
		return responder(req, Problemas.de(HttpStatus.NOT_FOUND, "RECURSO_NO_ENCONTRADO",
				"No existe la ruta /" + e.getResourcePath() + "."));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object demasiadoGrande(MaxUploadSizeExceededException e, HttpServletRequest req) {
		return responder(req, Problemas.de(HttpStatus.CONTENT_TOO_LARGE, "CUERPO_DEMASIADO_GRANDE",
				"El archivo o la solicitud supera el tamaño máximo permitido."));
	}

	@ExceptionHandler(MultipartException.class)
	Object multipart(MultipartException e, HttpServletRequest req) {
		return responder(req, Problemas.de(HttpStatus.BAD_REQUEST, "MULTIPART_INVALIDO",
				"La solicitud multipart no es válida: " + e.getMostSpecificCause().getMessage()));
	}

	@ExceptionHandler(AccessDeniedException.class)
	Object denegado(AccessDeniedException e, HttpServletRequest req) {
		oyentesDenegacion.forEach(o -> o.denegado(req));
		return responder(req, Problemas.de(HttpStatus.FORBIDDEN, "ACCESO_DENEGADO",
				"Su usuario no tiene permiso para esta operación."));
	}

	/**
	 * A status chosen on purpose (e.g. 404) is an answer, not a defect: no stack trace.
	 */
	@ExceptionHandler(ResponseStatusException.class)
	Object estado(ResponseStatusException e, HttpServletRequest req) {
		HttpStatus estado = HttpStatus.resolve(e.getStatusCode().value());
		if (estado == null || estado.is5xxServerError()) {
			return inesperado(e, req);
		}
		String codigo = switch (estado) {
			case NOT_FOUND -> "RECURSO_NO_ENCONTRADO";
			case FORBIDDEN -> "ACCESO_DENEGADO";
			case CONFLICT -> "CONFLICTO_DE_DATOS";
			default -> "SOLICITUD_INVALIDA";
		};
		String detalle = e.getReason() != null ? e.getReason()
				: estado == HttpStatus.NOT_FOUND ? "No encontramos lo que buscaba." : "La solicitud no es válida.";
		return responder(req, Problemas.de(estado, codigo, detalle));
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	Object integridad(DataIntegrityViolationException e, HttpServletRequest req) {
		log.warn("Conflicto de integridad en {}: {}", req.getRequestURI(), e.getMostSpecificCause().getMessage());
		return responder(req, Problemas.de(HttpStatus.CONFLICT, "CONFLICTO_DE_DATOS",
				"La operación entra en conflicto con los datos guardados; no se guardó nada."));
	}

	@ExceptionHandler(Exception.class)
	Object inesperado(Exception e, HttpServletRequest req) {
		if (DetectorConcurrencia.generica(e) || detectoresConcurrencia.stream().anyMatch(d -> d.carreraPerdida(e))) {
			// Lost a race with another transaction on the same data (after the retries
			// the action allows): nothing was kept, and asking again will do.
			log.warn("Conflicto concurrente en {} {}: {}", req.getMethod(), req.getRequestURI(), e.toString());
			return responder(req, Problemas.de(HttpStatus.CONFLICT, "CONFLICTO_CONCURRENTE",
					"Otra operación modificó los mismos datos al mismo tiempo; no se guardó nada. Intente de nuevo."));
		}
		String id = UUID.randomUUID().toString();
		log.error("Error interno {} en {} {}", id, req.getMethod(), req.getRequestURI(), e);
		ProblemDetail problema = Problemas.de(HttpStatus.INTERNAL_SERVER_ERROR, "ERROR_INTERNO",
				"Ocurrió un error interno; no se guardó nada. Informe este identificador al administrador: " + id
						+ ".");
		return responder(req, problema);
	}

	private static Object responder(HttpServletRequest req, ProblemDetail problema) {
		if (esApi(req)) {
			return ResponseEntity.status(problema.getStatus())
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problema);
		}
		ModelAndView vista = new ModelAndView("error");
		vista.setStatus(HttpStatus.valueOf(problema.getStatus()));
		vista.addObject("status", problema.getStatus());
		vista.addObject("problema", problema);
		return vista;
	}

	static boolean esApi(HttpServletRequest req) {
		return req.getRequestURI().startsWith(req.getContextPath() + "/api/");
	}

	private static String ruta(DatabindException e) {
		StringBuilder sb = new StringBuilder();
		for (var ref : e.getPath()) {
			if (ref.getPropertyName() != null) {
				if (sb.length() > 0) {
					sb.append('.');
				}
				sb.append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				sb.append('[').append(ref.getIndex()).append(']');
			}
		}
		return sb.isEmpty() ? "(cuerpo)" : sb.toString();
	}

	private static String nombreTipo(Class<?> tipo) {
		if (tipo == String.class) {
			return "un texto";
		}
		if (Number.class.isAssignableFrom(tipo) || tipo.isPrimitive() && tipo != boolean.class) {
			return "un número";
		}
		if (tipo == Boolean.class || tipo == boolean.class) {
			return "true o false";
		}
		if (java.util.Collection.class.isAssignableFrom(tipo) || tipo.isArray()) {
			return "una lista";
		}
		if (java.time.temporal.Temporal.class.isAssignableFrom(tipo)) {
			return "una fecha en formato ISO-8601";
		}
		if (tipo.isEnum()) {
			return "uno de " + Arrays.toString(tipo.getEnumConstants());
		}
		return "un objeto";
	}

	private static String codigoDe(String codigoValidacion) {
		if (codigoValidacion == null) {
			return "VALIDACION_FALLIDA";
		}
		return switch (codigoValidacion) {
			case "NotNull", "NotBlank", "NotEmpty" -> "CAMPO_REQUERIDO";
			case "Size", "Length" -> "LONGITUD_INVALIDA";
			case "Pattern" -> "FORMATO_INVALIDO";
			case "Email" -> "CORREO_INVALIDO";
			case "Min", "Max", "Positive", "PositiveOrZero", "DecimalMin", "DecimalMax" -> "VALOR_FUERA_DE_RANGO";
			default -> "VALIDACION_FALLIDA";
		};
	}

}
