package co.pqrsd.server.pqrsd;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import co.pqrsd.core.comun.Colombia;
import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.core.pqrsd.Accion;
import co.pqrsd.core.pqrsd.AccionesPermitidas;
import co.pqrsd.core.pqrsd.Desistimiento;
import co.pqrsd.core.pqrsd.Plazos;
import co.pqrsd.core.pqrsd.Pqrsd;
import co.pqrsd.core.pqrsd.SituacionTermino;
import co.pqrsd.core.pqrsd.VisibilidadPqrsd;
import co.pqrsd.server.comun.NoEncontrado;
import co.pqrsd.server.seguridad.Dependencias;
import co.pqrsd.server.seguridad.Directorio;
import co.pqrsd.server.seguridad.Rol;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case view: its data, documents, deadline with its explanation, the timeline (CPACA
 * art. 31) and only the actions allowed now, each a form that shows the legal reason when
 * refused.
 */
@Controller
class CasoController {

	private static final String RADICADO = "{radicado:[0-9A-Za-z-]{4,40}}";

	/** The fields of each action's form, in order. */
	static final Map<Accion, List<String>> CAMPOS = campos();

	private static Map<Accion, List<String>> campos() {
		Map<Accion, List<String>> c = new EnumMap<>(Accion.class);
		c.put(Accion.ASIGNAR, List.of("usuario"));
		c.put(Accion.REASIGNAR, List.of("dependencia", "motivo"));
		c.put(Accion.REGISTRAR_NOTA, List.of("texto"));
		c.put(Accion.CONSULTAR_DEPENDENCIA, List.of("dependencia", "texto", "fecha"));
		c.put(Accion.RESPONDER_CONSULTA, List.of("numero", "texto"));
		c.put(Accion.PROYECTAR_RESPUESTA, List.of("texto", "sentido", "causal", "motivacion"));
		c.put(Accion.APROBAR_RESPUESTA, List.of("observaciones"));
		c.put(Accion.DEVOLVER_RESPUESTA, List.of("observaciones"));
		c.put(Accion.COMUNICAR_RESPUESTA, List.of());
		c.put(Accion.TRASLADAR, List.of("entidad", "motivo"));
		c.put(Accion.REQUERIR_INFORMACION, List.of("texto", "fecha"));
		c.put(Accion.REGISTRAR_RESPUESTA_PETICIONARIO, List.of("texto"));
		c.put(Accion.PRORROGAR_PLAZO_PETICIONARIO, List.of("fecha"));
		c.put(Accion.DECRETAR_DESISTIMIENTO_TACITO, List.of("acto", "texto"));
		c.put(Accion.REGISTRAR_DESISTIMIENTO_EXPRESO, List.of("acto", "texto"));
		c.put(Accion.PRORROGAR, List.of("motivo", "fecha"));
		c.put(Accion.CERRAR, List.of());
		return c;
	}

	private final ServicioPqrsd servicio;

	private final PqrsdRepository repositorio;

	private final Directorio directorio;

	private final Dependencias dependencias;

	private final MessageSource mensajes;

	private final PantallaCaso pantallaCaso;

	private final Clock reloj;

	private final SentidosRespuesta sentidos;

	private final EntregasFallidas entregasFallidas;

	CasoController(ServicioPqrsd servicio, PqrsdRepository repositorio, Directorio directorio,
			Dependencias dependencias, MessageSource mensajes, Clock reloj, PantallaCaso pantallaCaso,
			SentidosRespuesta sentidos, EntregasFallidas entregasFallidas) {
		this.sentidos = sentidos;
		this.entregasFallidas = entregasFallidas;
		this.pantallaCaso = pantallaCaso;
		this.servicio = servicio;
		this.repositorio = repositorio;
		this.directorio = directorio;
		this.dependencias = dependencias;
		this.mensajes = mensajes;
		this.reloj = reloj;
	}

	@GetMapping("/pqrsd/casos/" + RADICADO)
	String ver(@PathVariable String radicado, @AuthenticationPrincipal UsuarioAutenticado yo, Model modelo) {
		return pantalla(radicado, yo, modelo, new FormularioAccion(), null, null);
	}

	@PostMapping("/pqrsd/casos/" + RADICADO + "/acciones/{accion}")
	String actuar(@PathVariable String radicado, @PathVariable String accion, @ModelAttribute("f") FormularioAccion f,
			@RequestParam(name = "documentos", required = false) @Nullable List<MultipartFile> documentos,
			@AuthenticationPrincipal UsuarioAutenticado yo, Model modelo, RedirectAttributes redireccion)
			throws IOException {
		Accion a;
		try {
			a = Accion.valueOf(accion);
		}
		catch (IllegalArgumentException e) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, texto("pqrsd.accion.desconocida", accion));
		}
		try {
			if (!ejecutar(a, radicado, f, adjuntos(documentos), yo)) {
				return pantalla(radicado, yo, modelo, f, a, texto("pqrsd.accion.noDisponible", a.nombre()));
			}
		}
		catch (NoEncontrado e) {
			throw e;
		}
		catch (ErrorDominio e) {
			// The legal reason beside the form, what was typed kept.
			return pantalla(radicado, yo, modelo, f, a, e.getMessage());
		}
		catch (DateTimeParseException e) {
			return pantalla(radicado, yo, modelo, f, a, texto("pqrsd.accion.fechaInvalida"));
		}
		redireccion.addFlashAttribute("mensaje", texto("pqrsd.accion.hecha", a.nombre()));
		return "redirect:/pqrsd/casos/" + radicado;
	}

	/**
	 * Runs the action through the service.
	 * @return false when the screen cannot run that action yet
	 */
	private boolean ejecutar(Accion a, String radicado, FormularioAccion f, List<RespuestaAdjunto> adjuntos,
			UsuarioAutenticado yo) {
		switch (a) {
			case ASIGNAR -> servicio.asignar(radicado, requerido(f.getUsuario()), yo);
			case REASIGNAR -> servicio.reasignar(radicado, requerido(f.getDependencia()), requerido(f.getMotivo()), yo);
			case REGISTRAR_NOTA -> servicio.registrarNota(radicado, requerido(f.getTexto()), yo);
			case CONSULTAR_DEPENDENCIA -> servicio.consultar(radicado, requerido(f.getDependencia()),
					requerido(f.getTexto()), fecha(f.getFecha()), yo);
			case RESPONDER_CONSULTA ->
				servicio.responderConsulta(radicado, numero(f.getNumero()), requerido(f.getTexto()), yo);
			case PROYECTAR_RESPUESTA -> servicio.responder(radicado, requerido(f.getTexto()), adjuntos,
					new SentidosRespuesta.Solicitado(f.getSentido(), f.getCausal(), f.getMotivacion()), yo);
			case APROBAR_RESPUESTA -> servicio.aprobar(radicado, true, f.getObservaciones(), yo);
			case DEVOLVER_RESPUESTA -> servicio.aprobar(radicado, false, f.getObservaciones(), yo);
			case TRASLADAR -> servicio.trasladar(radicado, requerido(f.getEntidad()), requerido(f.getMotivo()), yo);
			case REQUERIR_INFORMACION ->
				servicio.requerir(radicado, requerido(f.getTexto()), fechaOpcional(f.getFecha()), yo);
			case REGISTRAR_RESPUESTA_PETICIONARIO ->
				servicio.registrarRespuestaPeticionario(radicado, requerido(f.getTexto()), yo);
			case PRORROGAR_PLAZO_PETICIONARIO ->
				servicio.prorrogarPlazoPeticionario(radicado, fechaOpcional(f.getFecha()), yo);
			case DECRETAR_DESISTIMIENTO_TACITO ->
				servicio.desistir(radicado, Desistimiento.Tipo.TACITO, requerido(f.getActo()), f.getTexto(), yo);
			case REGISTRAR_DESISTIMIENTO_EXPRESO ->
				servicio.desistir(radicado, Desistimiento.Tipo.EXPRESO, requerido(f.getActo()), f.getTexto(), yo);
			case PRORROGAR -> servicio.prorrogar(radicado, requerido(f.getMotivo()), fecha(f.getFecha()), yo);
			case CERRAR -> servicio.cerrar(radicado, yo);
			default -> {
				// Communicating the answer follows its approval; the engine's own
				// actions never come from a form.
				return false;
			}
		}
		return true;
	}

	private static @Nullable LocalDate fechaOpcional(@Nullable String valor) {
		return valor == null || valor.isBlank() ? null : LocalDate.parse(valor.strip());
	}

	private static int numero(@Nullable String valor) {
		try {
			return Integer.parseInt(requerido(valor));
		}
		catch (NumberFormatException e) {
			return 0;
		}
	}

	private static List<RespuestaAdjunto> adjuntos(@Nullable List<MultipartFile> documentos) throws IOException {
		List<RespuestaAdjunto> adjuntos = new ArrayList<>();
		if (documentos != null) {
			for (MultipartFile d : documentos) {
				if (!d.isEmpty()) {
					adjuntos.add(new RespuestaAdjunto(
							d.getOriginalFilename() == null ? "documento" : d.getOriginalFilename(), d.getContentType(),
							d.getBytes()));
				}
			}
		}
		return adjuntos;
	}

	private String pantalla(String radicado, UsuarioAutenticado yo, Model modelo, FormularioAccion f,
			@Nullable Accion fallida, @Nullable String motivo) {
		// Visibility (a reserved denuncia is a 404, audited) is the service's.
		VistaPqrsd v = servicio.obtener(radicado, yo);
		Pqrsd caso = repositorio.buscar(radicado).orElseThrow();
		Plazos plazos = servicio.plazos();
		Instant ahora = reloj.instant();
		SituacionTermino situacion = plazos.situacion(caso, LocalDate.ofInstant(ahora, Colombia.ZONA));
		List<AccionesPermitidas.Evaluacion> evaluaciones = servicio.acciones(radicado, yo);
		modelo.addAttribute("seccion", "bandeja");
		modelo.addAttribute("v", v);
		modelo.addAttribute("caso", caso);
		modelo.addAttribute("situacion", situacion);
		modelo.addAttribute("permitidas",
				evaluaciones.stream().filter(AccionesPermitidas.Evaluacion::permitida).map(e -> e.accion()).toList());
		modelo.addAttribute("campos",
				CAMPOS.entrySet()
					.stream()
					.collect(java.util.stream.Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue)));
		modelo.addAttribute("funcionarios", funcionarios(caso.dependencia()));
		modelo.addAttribute("dependencias", dependencias.listar().stream().filter(d -> d.activa()).toList());
		modelo.addAttribute("f", f);
		modelo.addAttribute("fallida", fallida == null ? "" : fallida.name());
		modelo.addAttribute("motivoRechazo", motivo);
		modelo.addAttribute("documentos", servicio.documentos(radicado, yo));
		// The answer's sentido and the mails that did not reach the peticionario (issue
		// #12).
		modelo.addAttribute("sentido", sentidos.de(radicado).orElse(null));
		modelo.addAttribute("sentidoExigido", SentidosRespuesta.exigido(caso));
		modelo.addAttribute("causales", sentidos.causales());
		modelo.addAttribute("entregasFallidas", entregasFallidas.de(radicado));
		PantallaCaso.Encabezado e = pantallaCaso.encabezado(radicado).orElse(new PantallaCaso.Encabezado(null, null));
		modelo.addAttribute("asunto", e.asunto());
		// Ley 1474 de 2011, art. 76: a denuncia's peticionario only to whom the law
		// allows; an anonymous filing has none.
		modelo.addAttribute("peticionario",
				VisibilidadPqrsd.puedeVerIdentidad(caso, servicio.actor(yo)) ? e.peticionario() : null);
		if (motivo != null && fallida != null) {
			// Also at the top, so the refusal is announced wherever the form is.
			modelo.addAttribute("error", fallida.nombre() + ": " + motivo);
		}
		return "pqrsd/caso";
	}

	/** Who may be assigned: the dependencia's active funcionarios. */
	private List<String> funcionarios(String dependencia) {
		return directorio.conRol(Rol.FUNCIONARIO)
			.stream()
			.filter(u -> dependencias.esMiembroActivo(u, dependencia))
			.sorted()
			.toList();
	}

	private static String requerido(@Nullable String valor) {
		return valor == null ? "" : valor.strip();
	}

	private static LocalDate fecha(@Nullable String valor) {
		return LocalDate.parse(requerido(valor));
	}

	private String texto(String clave, Object... argumentos) {
		return mensajes.getMessage(clave, argumentos, LocaleContextHolder.getLocale());
	}

}
