package co.pqrsd.server.radicacion;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.core.radicacion.TipoRadicado;
import co.pqrsd.server.comun.Fechas;
import co.pqrsd.server.comun.OyenteDenegacion;
import co.pqrsd.server.comun.ParametrosFecha;
import co.pqrsd.server.seguridad.Dependencias;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clerk's screens: radicar, the day's list, search, detail with documents, sticker
 * and constancia.
 */
@Controller
class RadicacionController {

	private static final String ULTIMO_MEDIO = "radicacion.ultimoMedio";

	private static final String ULTIMA_DEPENDENCIA = "radicacion.ultimaDependencia";

	private final Radicacion radicacion;

	private final ConsultaRadicados consulta;

	private final Dependencias dependencias;

	private final SmartValidator validador;

	private final MessageSource mensajes;

	private final List<OyenteDenegacion> oyentesDenegacion;

	private final Clock reloj;

	RadicacionController(Radicacion radicacion, ConsultaRadicados consulta, Dependencias dependencias,
			SmartValidator validador, MessageSource mensajes, List<OyenteDenegacion> oyentesDenegacion, Clock reloj) {
		this.radicacion = radicacion;
		this.consulta = consulta;
		this.dependencias = dependencias;
		this.validador = validador;
		this.mensajes = mensajes;
		this.oyentesDenegacion = oyentesDenegacion;
		this.reloj = reloj;
	}

	@GetMapping("/radicacion/nuevo")
	String nuevo(@AuthenticationPrincipal UsuarioAutenticado yo, HttpSession sesion, Model modelo) {
		List<TipoRadicado> tipos = consulta.tiposRadicables(yo);
		if (tipos.isEmpty()) {
			throw new AccessDeniedException("radicar");
		}
		FormularioRadicacion f = new FormularioRadicacion();
		if (!tipos.contains(TipoRadicado.valueOf(f.getTipo()))) {
			f.setTipo(tipos.get(0).name());
		}
		// Sensible defaults: the clerk's last medio and dependencia.
		if (sesion.getAttribute(ULTIMO_MEDIO) instanceof String medio) {
			f.setMedio(medio);
		}
		if (sesion.getAttribute(ULTIMA_DEPENDENCIA) instanceof String dep) {
			f.setDependencia(dep);
		}
		return formulario(f, tipos, yo, modelo);
	}

	@PostMapping("/radicacion/nuevo")
	String radicar(@ModelAttribute("f") FormularioRadicacion f, BindingResult errores,
			@RequestParam(name = "documentos", required = false) @Nullable List<MultipartFile> documentos,
			@AuthenticationPrincipal UsuarioAutenticado yo, HttpSession sesion, HttpServletRequest solicitud,
			Model modelo, RedirectAttributes redireccion) throws IOException {
		List<TipoRadicado> tipos = consulta.tiposRadicables(yo);
		if (solicitud.getAttribute(PQRSD_RECHAZO) instanceof String motivo) {
			// The PQRSD module refused the case (and nothing was radicated): the reason
			// beside its field, what was typed kept.
			Object campo = solicitud.getAttribute(PQRSD_CAMPO);
			if (campo instanceof String c) {
				errores.rejectValue(c, "PQRSD", motivo);
			}
			else {
				errores.reject("PQRSD", motivo);
			}
			return formulario(f, tipos, yo, modelo);
		}
		if (errores.hasErrors()) {
			// Values the browser could not bind (a letter in "Folios"): keep what was
			// typed.
			return formulario(f, tipos, yo, modelo);
		}
		try {
			SolicitudRadicacion s = f.comoSolicitud();
			BeanPropertyBindingResult validacion = new BeanPropertyBindingResult(s, "radicado");
			validador.validate(s, validacion);
			if (validacion.hasErrors()) {
				for (FieldError e : validacion.getFieldErrors()) {
					String campo = campoDelFormulario(e.getField());
					errores.rejectValue(campo, "radicacion.error." + campo + "." + e.getCode(), e.getArguments(),
							mensajes.getMessage(new DefaultMessageSourceResolvable(
									new String[] { "radicacion.error." + campo + "." + e.getCode(),
											"radicacion.error." + e.getCode() },
									e.getArguments(), e.getDefaultMessage()), LocaleContextHolder.getLocale()));
				}
				return formulario(f, tipos, yo, modelo);
			}
			if (f.isComoPqrsd() && TipoRadicado.ENTRADA.name().equals(f.getTipo())) {
				// The PQRSD module radicates the ENTRADA and opens the case in one
				// transaction (same form fields), then hands the files back here.
				sesion.setAttribute(ULTIMO_MEDIO, f.getMedio());
				sesion.setAttribute(ULTIMA_DEPENDENCIA, f.getDependencia());
				return "forward:/pqrsd/radicacion";
			}
			List<Archivo> archivos = archivos(documentos);
			Radicado r = radicacion.radicar(s, archivos, yo);
			sesion.setAttribute(ULTIMO_MEDIO, f.getMedio());
			sesion.setAttribute(ULTIMA_DEPENDENCIA, f.getDependencia());
			redireccion.addFlashAttribute("mensaje",
					texto("radicacion.creado", r.numero(), Fechas.deFechaHora(r.fechaRadicacion())));
			redireccion.addFlashAttribute("advertencias", r.advertencias());
			redireccion.addFlashAttribute("recien", true);
			return "redirect:/radicacion/" + r.numero();
		}
		catch (AccessDeniedException e) {
			// Refused in the form, the data kept; the denial is still recorded.
			oyentesDenegacion.forEach(o -> o.denegado(solicitud));
			String etiqueta = etiquetaTipo(f.getTipo());
			errores.rejectValue("tipo", "radicacion.error.tipo.denegado", new Object[] { etiqueta },
					texto("radicacion.error.tipo.denegado", etiqueta));
			return formulario(f, tipos, yo, modelo);
		}
		catch (ErrorDominio e) {
			String campo = e.parametros().get("campo") instanceof String c ? campoDelFormulario(c)
					: CAMPO_POR_CODIGO.get(e.codigo());
			if (campo != null) {
				errores.rejectValue(campo, e.codigo(), e.getMessage());
			}
			else {
				errores.reject(e.codigo(), e.getMessage());
			}
			return formulario(f, tipos, yo, modelo);
		}
		catch (IllegalArgumentException e) {
			errores.reject("VALOR_NO_PERMITIDO", texto("radicacion.error.valorNoPermitido"));
			return formulario(f, tipos, yo, modelo);
		}
	}

	/** Request attribute: the PQRSD module's refusal, to show in the form. */
	static final String PQRSD_RECHAZO = "pqrsd.radicacion.rechazo";

	/** Request attribute: the form field the refusal belongs to. */
	static final String PQRSD_CAMPO = "pqrsd.radicacion.campo";

	/** Request attribute: the receipt's PQRSD line (deadline). */
	static final String PQRSD_CREADA = "pqrsd.radicacion.creada";

	/**
	 * Second half of "radicar como PQRSD", reached only by forward from the PQRSD module
	 * once the radicado and its case are committed: attaches the files of the same submit
	 * and shows the receipt with the case's deadline.
	 */
	@PostMapping("/radicacion/{numero}/documentos/iniciales")
	String documentosIniciales(@PathVariable String numero,
			@RequestParam(name = "documentos", required = false) @Nullable List<MultipartFile> documentos,
			@AuthenticationPrincipal UsuarioAutenticado yo, HttpServletRequest solicitud,
			RedirectAttributes redireccion) throws IOException {
		if (solicitud.getDispatcherType() != DispatcherType.FORWARD) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Radicado r = consulta.obtener(numero, yo);
		try {
			boolean primero = true;
			for (Archivo a : archivos(documentos)) {
				radicacion.agregarDocumento(numero, a, null, !primero, yo);
				primero = false;
			}
		}
		catch (ErrorDominio e) {
			redireccion.addFlashAttribute("error", e.getMessage());
		}
		redireccion.addFlashAttribute("mensaje",
				texto("radicacion.creado", r.numero(), Fechas.deFechaHora(r.fechaRadicacion())));
		redireccion.addFlashAttribute("pqrsdCreada", solicitud.getAttribute(PQRSD_CREADA));
		redireccion.addFlashAttribute("recien", true);
		return "redirect:/radicacion/" + numero;
	}

	private static List<Archivo> archivos(@Nullable List<MultipartFile> documentos) throws IOException {
		List<Archivo> archivos = new ArrayList<>();
		if (documentos != null) {
			for (MultipartFile d : documentos) {
				if (!d.isEmpty()) {
					archivos.add(new Archivo(archivos.isEmpty() ? "principal" : "anexo",
							d.getOriginalFilename() == null ? "documento" : d.getOriginalFilename(), d.getContentType(),
							d.getInputStream()));
				}
			}
		}
		return archivos;
	}

	/** Where a domain error belongs in the form when the error does not say. */
	private static final Map<String, String> CAMPO_POR_CODIGO = Map.of("DEPENDENCIA_NO_ENCONTRADA", "dependencia",
			"DEPENDENCIA_INACTIVA", "dependencia", "DEPENDENCIA_RADICADORA_INVALIDA", "dependencia",
			"RADICADO_RELACIONADO_INEXISTENTE", "radicadoRelacionado", "TIPO_DOCUMENTO_NO_PERMITIDO", "documentos",
			"DOCUMENTO_INCOMPLETO", "numeroDocumento");

	/** The API's field path ("remitente.nombre") as the flat form's field ("nombre"). */
	static String campoDelFormulario(String campoApi) {
		String campo = campoApi.contains(".") ? campoApi.substring(campoApi.lastIndexOf('.') + 1) : campoApi;
		return switch (campo) {
			case "remitente", "destinatario" -> "nombre";
			case "dependenciaRadicadora" -> "dependencia";
			default -> campo;
		};
	}

	private String etiquetaTipo(String tipo) {
		try {
			return TipoRadicado.valueOf(tipo).etiqueta();
		}
		catch (IllegalArgumentException e) {
			return tipo;
		}
	}

	private String texto(String clave, Object... argumentos) {
		return mensajes.getMessage(clave, argumentos, LocaleContextHolder.getLocale());
	}

	private String formulario(FormularioRadicacion f, List<TipoRadicado> tipos, UsuarioAutenticado yo, Model modelo) {
		modelo.addAttribute("seccion", "radicar");
		// The directory's autocomplete only for who may read it (Ley 1581 de 2012).
		modelo.addAttribute("usaDirectorio", consulta.administraDirectorio(yo));
		modelo.addAttribute("f", f);
		modelo.addAttribute("tipos", tipos);
		modelo.addAttribute("medios", Medio.values());
		modelo.addAttribute("tiposDocumento", TipoDocumentoIdentidad.values());
		modelo.addAttribute("tiposPersona", TipoPersona.values());
		modelo.addAttribute("dependencias", dependencias.listar().stream().filter(d -> d.activa()).toList());
		modelo.addAttribute("etiquetasPqrsd", co.pqrsd.core.pqrsd.Etiqueta.values());
		modelo.addAttribute("prioridadesPqrsd", co.pqrsd.core.pqrsd.Prioridad.values());
		return "radicacion/nuevo";
	}

	@GetMapping("/radicacion/{numero:[0-9A-Za-z-]{4,40}}")
	String ver(@PathVariable String numero, @AuthenticationPrincipal UsuarioAutenticado yo, Model modelo) {
		Radicado r = consulta.obtener(numero, yo);
		modelo.addAttribute("seccion", "radicados");
		modelo.addAttribute("r", r);
		modelo.addAttribute("pendientesAlfresco", consulta.pendientesAlfresco(r.numero()));
		modelo.addAttribute("puedeAnular", consulta.puedeAnular(yo));
		modelo.addAttribute("puedeAgregar", consulta.puedeAgregarDocumentos(yo, r));
		modelo.addAttribute("puedeAnotar", consulta.puedeAnotar(yo, r));
		modelo.addAttribute("puedeRadicar", !consulta.tiposRadicables(yo).isEmpty());
		return "radicacion/detalle";
	}

	@PostMapping("/radicacion/{numero}/anotaciones")
	String anotar(@PathVariable String numero, @RequestParam String texto,
			@AuthenticationPrincipal UsuarioAutenticado yo, RedirectAttributes r) {
		try {
			radicacion.anotar(numero, texto, yo);
			r.addFlashAttribute("mensaje", texto("radicacion.anotacion.registrada"));
		}
		catch (ErrorDominio e) {
			r.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/radicacion/" + numero;
	}

	@PostMapping("/radicacion/{numero}/anulacion")
	String anular(@PathVariable String numero, @RequestParam String justificacion, @RequestParam String acta,
			@AuthenticationPrincipal UsuarioAutenticado yo, RedirectAttributes r) {
		try {
			radicacion.anular(numero, justificacion, acta, yo);
			r.addFlashAttribute("mensaje", texto("radicacion.anulado"));
		}
		catch (ErrorDominio e) {
			r.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/radicacion/" + numero;
	}

	@PostMapping("/radicacion/{numero}/documentos")
	String agregar(@PathVariable String numero, @RequestParam("documento") MultipartFile documento,
			@RequestParam(required = false) @Nullable Long versionDe, @AuthenticationPrincipal UsuarioAutenticado yo,
			RedirectAttributes r) throws IOException {
		try {
			if (documento.isEmpty()) {
				throw new ErrorDominio("PARTE_REQUERIDA", texto("radicacion.documento.seleccione"));
			}
			radicacion.agregarDocumento(numero,
					new Archivo("documento",
							documento.getOriginalFilename() == null ? "documento" : documento.getOriginalFilename(),
							documento.getContentType(), documento.getInputStream()),
					versionDe, versionDe == null, yo);
			r.addFlashAttribute("mensaje", texto("radicacion.documento.agregado"));
		}
		catch (ErrorDominio e) {
			r.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/radicacion/" + numero;
	}

	@GetMapping("/radicacion")
	String buscar(@RequestParam Map<String, String> p, @AuthenticationPrincipal UsuarioAutenticado yo, Model modelo) {
		modelo.addAttribute("seccion", "radicados");
		modelo.addAttribute("puedeVerAnulaciones", consulta.puedeVerAnulaciones(yo));
		modelo.addAttribute("puedeRadicar", !consulta.tiposRadicables(yo).isEmpty());
		modelo.addAttribute("p", p);
		modelo.addAttribute("tipos", TipoRadicado.values());
		modelo.addAttribute("medios", Medio.values());
		modelo.addAttribute("dependencias", dependencias.listar());
		try {
			modelo.addAttribute("resultado", consulta.buscar(filtro(p, p.getOrDefault("pagina", "1")), yo));
		}
		catch (ErrorDominio | IllegalArgumentException e) {
			modelo.addAttribute("error", e.getMessage());
		}
		return "radicacion/buscar";
	}

	/** The day's list of what each clerk radicated. */
	@GetMapping("/radicacion/hoy")
	String hoy(@RequestParam(required = false) @Nullable String fecha, @AuthenticationPrincipal UsuarioAutenticado yo,
			Model modelo) {
		LocalDate dia = fecha == null || fecha.isBlank() ? LocalDate.now(reloj) : ParametrosFecha.dia("fecha", fecha);
		ResultadoBusqueda r = consulta
			.buscar(new FiltroRadicados(null, ParametrosFecha.limite("desde", dia.toString(), false),
					ParametrosFecha.limite("hasta", dia.toString(), true), null, null, null, null, null, null, null,
					null, 1, 200), yo);
		Map<String, List<ResultadoBusqueda.Fila>> porRadicador = new LinkedHashMap<>();
		r.radicados()
			.stream()
			.sorted(java.util.Comparator.comparing(ResultadoBusqueda.Fila::radicador))
			.forEach(f -> porRadicador.computeIfAbsent(f.radicador(), k -> new ArrayList<>()).add(f));
		modelo.addAttribute("seccion", "radicados");
		modelo.addAttribute("dia", dia);
		modelo.addAttribute("porRadicador", porRadicador);
		modelo.addAttribute("total", r.total());
		return "radicacion/hoy";
	}

	@GetMapping("/radicacion/anulaciones")
	String anulaciones(@RequestParam(required = false) @Nullable Integer anio,
			@AuthenticationPrincipal UsuarioAutenticado yo, Model modelo) {
		int a = anio == null ? LocalDate.now(reloj).getYear() : anio;
		modelo.addAttribute("seccion", "radicados");
		modelo.addAttribute("anio", a);
		modelo.addAttribute("anulaciones", consulta.anulaciones(a, yo));
		return "radicacion/anulaciones";
	}

	@GetMapping(value = "/radicacion/{numero}/rotulo.pdf")
	ResponseEntity<byte[]> rotulo(@PathVariable String numero, @AuthenticationPrincipal UsuarioAutenticado yo) {
		return Respuestas.pdf("rotulo-" + numero + ".pdf", consulta.rotulo(numero, yo));
	}

	@GetMapping(value = "/radicacion/{numero}/constancia.pdf")
	ResponseEntity<byte[]> constancia(@PathVariable String numero, @AuthenticationPrincipal UsuarioAutenticado yo) {
		return Respuestas.pdf("constancia-" + numero + ".pdf", consulta.constancia(numero, yo));
	}

	@GetMapping(value = "/radicacion/{numero}/documentos/{id}/estampado.pdf")
	ResponseEntity<byte[]> estampado(@PathVariable String numero, @PathVariable long id,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		return Respuestas.pdf("estampado-" + numero + ".pdf", consulta.estampado(numero, id, yo));
	}

	/**
	 * A PDF or an image shown inline (the preview); any other type is downloaded as by
	 * the plain download.
	 */
	@GetMapping("/radicacion/{numero}/documentos/{id}/en-linea")
	ResponseEntity<InputStreamResource> enLinea(@PathVariable String numero, @PathVariable long id,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		ConsultaRadicados.Descarga d = consulta.descargar(numero, id, yo);
		return previsualizable(d.documento().tipoMime()) ? enLinea(d) : Respuestas.descarga(d);
	}

	/** Types the case view previews: PDF and the common image formats. */
	static boolean previsualizable(String tipoMime) {
		return tipoMime.equals("application/pdf") || tipoMime.matches("image/(png|jpeg|gif|webp)");
	}

	/**
	 * A previewable document shown inline, framed by our own pages only
	 * (frame-ancestors), never sniffed into another type.
	 */
	private static ResponseEntity<InputStreamResource> enLinea(ConsultaRadicados.Descarga d) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(d.documento().tipoMime()))
			.contentLength(d.documento().tamano())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"inline; " + Respuestas.adjunto(d.documento().nombre()).substring("attachment; ".length()))
			.header("X-Content-Type-Options", "nosniff")
			.header("X-Content-SHA256", d.documento().sha256())
			.body(new InputStreamResource(d.contenido()));
	}

	@GetMapping("/radicacion/{numero}/documentos/{id}")
	ResponseEntity<InputStreamResource> descargar(@PathVariable String numero, @PathVariable long id,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		return Respuestas.descarga(consulta.descargar(numero, id, yo));
	}

	/**
	 * Autocomplete of the senders directory for the form (session-authenticated JSON).
	 */
	@GetMapping("/radicacion/terceros")
	@ResponseBody
	List<Map<String, Object>> terceros(@RequestParam String q, @AuthenticationPrincipal UsuarioAutenticado yo) {
		return consulta.terceros(q, yo);
	}

	@GetMapping("/radicacion/duplicados")
	@ResponseBody
	List<String> duplicados(@RequestParam String numeroDocumento, @RequestParam String asunto,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		return consulta.posiblesDuplicados(numeroDocumento, asunto, yo);
	}

	private static FiltroRadicados filtro(Map<String, String> p, String pagina) {
		return new FiltroRadicados(p.get("numero"), ParametrosFecha.limite("desde", p.get("desde"), false),
				ParametrosFecha.limite("hasta", p.get("hasta"), true),
				vacio(p.get("tipo")) == null ? null : TipoRadicado.valueOf(p.get("tipo")), vacio(p.get("dependencia")),
				vacio(p.get("tercero")), vacio(p.get("asunto")),
				vacio(p.get("medio")) == null ? null : Medio.valueOf(p.get("medio")), vacio(p.get("estado")), null,
				vacio(p.get("q")), Math.max(1, Integer.parseInt(pagina)), 50);
	}

	private static @Nullable String vacio(@Nullable String s) {
		return s == null || s.isBlank() ? null : s;
	}

}
