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
import co.pqrsd.server.comun.ParametrosFecha;
import co.pqrsd.server.seguridad.Dependencias;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
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

	private final Clock reloj;

	RadicacionController(Radicacion radicacion, ConsultaRadicados consulta, Dependencias dependencias,
			SmartValidator validador, Clock reloj) {
		this.radicacion = radicacion;
		this.consulta = consulta;
		this.dependencias = dependencias;
		this.validador = validador;
		this.reloj = reloj;
	}

	@GetMapping("/radicacion/nuevo")
	String nuevo(HttpSession sesion, Model modelo) {
		FormularioRadicacion f = new FormularioRadicacion();
		// Sensible defaults: the clerk's last medio and dependencia.
		if (sesion.getAttribute(ULTIMO_MEDIO) instanceof String medio) {
			f.setMedio(medio);
		}
		if (sesion.getAttribute(ULTIMA_DEPENDENCIA) instanceof String dep) {
			f.setDependencia(dep);
		}
		return formulario(f, modelo);
	}

	@PostMapping("/radicacion/nuevo")
	String radicar(@ModelAttribute("f") FormularioRadicacion f,
			@RequestParam(name = "documentos", required = false) @Nullable List<MultipartFile> documentos,
			@AuthenticationPrincipal UsuarioAutenticado yo, HttpSession sesion, Model modelo,
			RedirectAttributes redireccion) throws IOException {
		try {
			SolicitudRadicacion s = f.comoSolicitud();
			BeanPropertyBindingResult errores = new BeanPropertyBindingResult(s, "radicado");
			validador.validate(s, errores);
			if (errores.hasErrors()) {
				throw new ErrorDominio("VALIDACION_FALLIDA",
						"Revise: " + String.join("; ",
								errores.getFieldErrors()
									.stream()
									.map(e -> e.getField() + " — " + e.getDefaultMessage())
									.toList())
								+ ".");
			}
			List<Archivo> archivos = new ArrayList<>();
			if (documentos != null) {
				for (MultipartFile d : documentos) {
					if (!d.isEmpty()) {
						archivos.add(new Archivo(archivos.isEmpty() ? "principal" : "anexo",
								d.getOriginalFilename() == null ? "documento" : d.getOriginalFilename(),
								d.getContentType(), d.getInputStream()));
					}
				}
			}
			Radicado r = radicacion.radicar(s, archivos, yo);
			sesion.setAttribute(ULTIMO_MEDIO, f.getMedio());
			sesion.setAttribute(ULTIMA_DEPENDENCIA, f.getDependencia());
			redireccion.addFlashAttribute("mensaje", "Radicado " + r.numero() + " creado el "
					+ r.fechaRadicacion().toLocalDateTime().withNano(0).toString().replace('T', ' ') + ".");
			redireccion.addFlashAttribute("advertencias", r.advertencias());
			redireccion.addFlashAttribute("recien", true);
			return "redirect:/radicacion/" + r.numero();
		}
		catch (ErrorDominio | IllegalArgumentException e) {
			modelo.addAttribute("error", e.getMessage());
			return formulario(f, modelo);
		}
	}

	private String formulario(FormularioRadicacion f, Model modelo) {
		modelo.addAttribute("seccion", "radicar");
		modelo.addAttribute("f", f);
		modelo.addAttribute("tipos", TipoRadicado.values());
		modelo.addAttribute("medios", Medio.values());
		modelo.addAttribute("tiposDocumento", TipoDocumentoIdentidad.values());
		modelo.addAttribute("dependencias", dependencias.listar().stream().filter(d -> d.activa()).toList());
		return "radicacion/nuevo";
	}

	@GetMapping("/radicacion/{numero:[0-9A-Za-z-]{4,40}}")
	String ver(@PathVariable String numero, @AuthenticationPrincipal UsuarioAutenticado yo, Model modelo) {
		modelo.addAttribute("seccion", "radicados");
		modelo.addAttribute("r", consulta.obtener(numero, yo));
		return "radicacion/detalle";
	}

	@PostMapping("/radicacion/{numero}/anotaciones")
	String anotar(@PathVariable String numero, @RequestParam String texto,
			@AuthenticationPrincipal UsuarioAutenticado yo, RedirectAttributes r) {
		try {
			radicacion.anotar(numero, texto, yo);
			r.addFlashAttribute("mensaje", "Anotación registrada.");
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
			r.addFlashAttribute("mensaje", "Radicado anulado. El número queda consumido y visible como ANULADO.");
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
				throw new ErrorDominio("PARTE_REQUERIDA", "Seleccione un archivo.");
			}
			radicacion.agregarDocumento(numero,
					new Archivo("documento",
							documento.getOriginalFilename() == null ? "documento" : documento.getOriginalFilename(),
							documento.getContentType(), documento.getInputStream()),
					versionDe, versionDe == null, yo);
			r.addFlashAttribute("mensaje", "Documento agregado.");
		}
		catch (ErrorDominio e) {
			r.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/radicacion/" + numero;
	}

	@GetMapping("/radicacion")
	String buscar(@RequestParam Map<String, String> p, @AuthenticationPrincipal UsuarioAutenticado yo, Model modelo) {
		modelo.addAttribute("seccion", "radicados");
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
