package co.pqrsd.server.pqrsd;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.core.pqrsd.Canal;
import co.pqrsd.core.pqrsd.Etiqueta;
import co.pqrsd.core.pqrsd.Prioridad;
import co.pqrsd.server.comun.Fechas;
import co.pqrsd.server.radicacion.EntradasRadicacion;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Radicar como PQRSD" on the clerk's radicación screen: reached by forward from the
 * radicación form when its PQRSD box is ticked; radicates the ENTRADA and opens the case
 * in one transaction ({@link ServicioPqrsd#crear}), then hands the request back to
 * radicación to attach the files and show the receipt with the deadline. A refusal goes
 * back to the form with the reason beside its field and nothing radicated.
 */
@Controller
class PantallaRadicacionPqrsd {

	// The request attributes radicación's controller reads (strings, not a dependency).
	private static final String RECHAZO = "pqrsd.radicacion.rechazo";

	private static final String CAMPO = "pqrsd.radicacion.campo";

	private static final String CREADA = "pqrsd.radicacion.creada";

	/** Where a PQRSD refusal belongs in the radicación form. */
	private static final Map<String, String> CAMPO_POR_CODIGO = Map.of("MODALIDAD_REQUERIDA", "modalidad",
			"MODALIDAD_NO_APLICABLE", "modalidad", "MODALIDAD_DESCONOCIDA", "modalidad", "PRUEBA_SUMARIA_REQUERIDA",
			"pruebaPrioridad", "PQRSD_DATOS_RADICACION_REQUERIDOS", "nombre", "DEPENDENCIA_NO_ENCONTRADA",
			"dependencia", "DEPENDENCIA_INACTIVA", "dependencia");

	private final ServicioPqrsd servicio;

	private final SmartValidator validador;

	private final MessageSource mensajes;

	private final Fechas fechas;

	PantallaRadicacionPqrsd(ServicioPqrsd servicio, SmartValidator validador, MessageSource mensajes, Fechas fechas) {
		this.fechas = fechas;
		this.servicio = servicio;
		this.validador = validador;
		this.mensajes = mensajes;
	}

	@PostMapping("/pqrsd/radicacion")
	String radicar(@RequestParam MultiValueMap<String, String> p, @AuthenticationPrincipal UsuarioAutenticado yo,
			HttpServletRequest solicitud) {
		if (solicitud.getDispatcherType() != DispatcherType.FORWARD) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		SolicitudCreacion s;
		try {
			s = solicitud(p);
		}
		catch (IllegalArgumentException e) {
			return rechazar(solicitud, texto("pqrsd.radicacion.valorNoPermitido"), null);
		}
		BeanPropertyBindingResult validacion = new BeanPropertyBindingResult(s, "pqrsd");
		validador.validate(s, validacion);
		FieldError error = validacion.getFieldError();
		if (error != null) {
			String campo = error.getField().contains(".")
					? error.getField().substring(error.getField().lastIndexOf('.') + 1) : error.getField();
			return rechazar(solicitud, error.getDefaultMessage(), campo);
		}
		VistaPqrsd v;
		try {
			v = servicio.crear(s, yo);
		}
		catch (AccessDeniedException e) {
			return rechazar(solicitud, texto("pqrsd.radicacion.denegado"), "dependencia");
		}
		catch (ErrorDominio e) {
			return rechazar(solicitud, e.getMessage(), CAMPO_POR_CODIGO.get(e.codigo()));
		}
		solicitud.setAttribute(CREADA,
				v.vencimiento() == null ? texto("pqrsd.radicacion.creadaSinTermino", v.etiqueta().nombre())
						: texto("pqrsd.radicacion.creada", v.etiqueta().nombre(), v.modalidad(),
								fechas.fecha(v.vencimiento()), v.diasHabilesRestantes()));
		return "forward:/radicacion/" + v.radicado() + "/documentos/iniciales";
	}

	private static String rechazar(HttpServletRequest solicitud, @Nullable String motivo, @Nullable String campo) {
		solicitud.setAttribute(RECHAZO, motivo == null ? "" : motivo);
		if (campo != null) {
			solicitud.setAttribute(CAMPO, campo);
		}
		return "forward:/radicacion/nuevo";
	}

	/** The radicación form's flat fields as the API's request. */
	static SolicitudCreacion solicitud(MultiValueMap<String, String> p) {
		boolean anonimo = marcado(p, "anonimo");
		Set<Prioridad> prioridades = EnumSet.noneOf(Prioridad.class);
		for (String v : p.getOrDefault("prioridades", List.of())) {
			if (!v.isBlank()) {
				prioridades.add(Prioridad.valueOf(v));
			}
		}
		String medio = valor(p, "medio");
		return new SolicitudCreacion(null, Etiqueta.valueOf(requerido(p, "etiqueta")), valor(p, "modalidad"),
				valor(p, "asunto"), valor(p, "descripcion"), valor(p, "dependencia"),
				Canal.valueOf(medio == null ? "PRESENCIAL" : medio),
				new EntradasRadicacion.Peticionario(anonimo ? true : null, valor(p, "tipoPersona"),
						valor(p, "tipoDocumento"), valor(p, "numeroDocumento"), valor(p, "nombre"),
						valor(p, "direccion"), valor(p, "municipio"), valor(p, "correo"), valor(p, "telefono")),
				prioridades, valor(p, "pruebaPrioridad"), marcado(p, "denunciaCorrupcion"),
				valor(p, "canalRespuesta") == null ? null
						: SolicitudCreacion.CanalRespuesta.valueOf(valor(p, "canalRespuesta")));
	}

	private static boolean marcado(MultiValueMap<String, String> p, String campo) {
		return p.getOrDefault(campo, List.of()).stream().anyMatch(v -> v.equals("true") || v.equals("on"));
	}

	private static String requerido(MultiValueMap<String, String> p, String campo) {
		String v = valor(p, campo);
		if (v == null) {
			throw new IllegalArgumentException(campo);
		}
		return v;
	}

	private static @Nullable String valor(MultiValueMap<String, String> p, String campo) {
		String v = p.getFirst(campo);
		return v == null || v.isBlank() ? null : v.strip();
	}

	private String texto(String clave, Object... argumentos) {
		return mensajes.getMessage(clave, argumentos, LocaleContextHolder.getLocale());
	}

}
