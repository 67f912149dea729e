package co.pqrsd.server.plan;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.core.plan.Evidencia;
import co.pqrsd.core.plan.Plantillas;
import co.pqrsd.core.plan.ResultadoImportacion;
import co.pqrsd.server.plan.RepositorioPlan.FilaEvidencia;
import co.pqrsd.server.seguridad.Rol;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The plan's screens: plans by vigencia, a plan with its components' progress and
 * semáforo at a cut, the import with its report of rejected rows, and the follow-up form
 * of a cut (avance for the dependencia, verification and publication for Control
 * Interno).
 */
@Controller
class PlanController {

	private static final String GESTION = "hasAnyRole('ADMIN','CONTROL_INTERNO')";

	private final ServicioPlan servicio;

	private final TableroPlan tablero;

	private final MessageSource mensajes;

	PlanController(ServicioPlan servicio, TableroPlan tablero, MessageSource mensajes) {
		this.servicio = servicio;
		this.tablero = tablero;
		this.mensajes = mensajes;
	}

	static boolean gestiona(UsuarioAutenticado yo) {
		return yo.tiene(Rol.ADMIN) || yo.tiene(Rol.CONTROL_INTERNO);
	}

	@GetMapping("/plan")
	String planes(@AuthenticationPrincipal UsuarioAutenticado yo, Model modelo) {
		modelo.addAttribute("seccion", "plan");
		modelo.addAttribute("planes", servicio.listar().stream().map(VistasPlan.Plan::de).toList());
		modelo.addAttribute("plantillas", Plantillas.todas());
		modelo.addAttribute("gestiona", gestiona(yo));
		modelo.addAttribute("proximos", tablero.proximosCortes(3));
		return "plan/planes";
	}

	@PostMapping("/plan")
	@PreAuthorize(GESTION)
	String crear(@RequestParam String vigencia, @RequestParam(required = false) @Nullable String plantilla,
			@AuthenticationPrincipal UsuarioAutenticado yo, RedirectAttributes r) {
		try {
			int v = anio(vigencia);
			servicio.crear(v, plantilla, yo);
			r.addFlashAttribute("mensaje", texto("plan.creado", v));
			return "redirect:/plan/" + v;
		}
		catch (ErrorDominio e) {
			r.addFlashAttribute("error", e.getMessage());
			return "redirect:/plan";
		}
	}

	@GetMapping("/plan/{vigencia}")
	String plan(@PathVariable int vigencia, @RequestParam(required = false) @Nullable Integer corte,
			@AuthenticationPrincipal UsuarioAutenticado yo, Model modelo) {
		ServicioPlan.Cargado c = servicio.obtener(vigencia);
		int n = corte == null || corte < 1 || corte > 3 ? tablero.corteActual(vigencia) : corte;
		modelo.addAttribute("seccion", "plan");
		modelo.addAttribute("plan", VistasPlan.Plan.de(c));
		modelo.addAttribute("gestiona", gestiona(yo));
		modelo.addAttribute("numeroCorte", n);
		if (c.plan().publicado()) {
			ServicioPlan.Seguimiento s = servicio.seguimiento(vigencia, n);
			modelo.addAttribute("detalle", VistasPlan.DetalleCorte.de(s, servicio.calificar(s)));
		}
		else {
			modelo.addAttribute("borrador", c.plan().actividades());
		}
		return "plan/plan";
	}

	@PostMapping("/plan/{vigencia}/importacion")
	@PreAuthorize(GESTION)
	String importar(@PathVariable int vigencia, @RequestParam("archivo") MultipartFile archivo,
			@RequestParam(required = false) @Nullable String motivo, @AuthenticationPrincipal UsuarioAutenticado yo,
			Model modelo, RedirectAttributes r) throws IOException {
		try {
			if (archivo.getSize() > LectorTablas.TAMANO_MAXIMO) {
				throw LectorTablas.demasiadoGrande();
			}
			ResultadoImportacion resultado = servicio.importar(vigencia, String.valueOf(archivo.getOriginalFilename()),
					archivo.getBytes(), motivo, yo);
			modelo.addAttribute("seccion", "plan");
			modelo.addAttribute("vigencia", vigencia);
			modelo.addAttribute("archivo", archivo.getOriginalFilename());
			modelo.addAttribute("resultado", VistasPlan.Importacion.de(resultado));
			modelo.addAttribute("rechazadas", resultado.rechazadas());
			modelo.addAttribute("mensaje", texto("plan.importado", resultado.actividades().size()));
			return "plan/importacion";
		}
		catch (ErrorDominio e) {
			r.addFlashAttribute("error", e.getMessage());
			return "redirect:/plan/" + vigencia;
		}
	}

	@PostMapping("/plan/{vigencia}/publicacion")
	@PreAuthorize(GESTION)
	String publicar(@PathVariable int vigencia, @AuthenticationPrincipal UsuarioAutenticado yo, RedirectAttributes r) {
		try {
			servicio.publicar(vigencia, yo);
			r.addFlashAttribute("mensaje", texto("plan.publicado", vigencia));
		}
		catch (ErrorDominio e) {
			r.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/plan/" + vigencia;
	}

	@GetMapping("/plan/{vigencia}/cortes/{numero}")
	String corte(@PathVariable int vigencia, @PathVariable int numero, @AuthenticationPrincipal UsuarioAutenticado yo,
			Model modelo) {
		ServicioPlan.Seguimiento s = servicio.seguimiento(vigencia, numero);
		List<String> reportables = new ArrayList<>();
		s.seguimiento()
			.version()
			.actividades()
			.stream()
			.filter(a -> servicio.puedeReportar(a.responsable(), yo))
			.forEach(a -> reportables.add(a.codigo()));
		modelo.addAttribute("seccion", "plan");
		modelo.addAttribute("plan", VistasPlan.Plan.de(s.cargado()));
		modelo.addAttribute("detalle", VistasPlan.DetalleCorte.de(s, servicio.calificar(s)));
		modelo.addAttribute("nombreCorte", s.seguimiento().corte().nombre());
		modelo.addAttribute("gestiona", gestiona(yo));
		modelo.addAttribute("reportables", reportables);
		modelo.addAttribute("documentos", s.documentos());
		return "plan/corte";
	}

	@PostMapping("/plan/{vigencia}/cortes/{numero}/actividades/{codigo}/avance")
	String avance(@PathVariable int vigencia, @PathVariable int numero, @PathVariable String codigo,
			@RequestParam String valor, @RequestParam String descripcion,
			@RequestParam(required = false) @Nullable String radicado,
			@RequestParam(required = false) @Nullable MultipartFile documento,
			@AuthenticationPrincipal UsuarioAutenticado yo, RedirectAttributes r) throws IOException {
		try {
			if (descripcion.isBlank()) {
				throw new ErrorDominio("ACTIVIDAD_INCOMPLETA", texto("plan.error.descripcion"));
			}
			List<FilaEvidencia> evidencias = new ArrayList<>();
			if (radicado != null && !radicado.isBlank()) {
				evidencias.add(new FilaEvidencia(Evidencia.Tipo.RADICADO, radicado.strip(), null));
			}
			boolean conDocumento = documento != null && !documento.isEmpty();
			if (conDocumento && documento.getSize() > ServicioPlan.EVIDENCIA_MAXIMA) {
				throw new ErrorDominio("EVIDENCIA_DEMASIADO_GRANDE", texto("plan.error.evidencia"));
			}
			servicio.reportarConDocumento(vigencia, numero, codigo,
					conDocumento ? documento.getOriginalFilename() : null,
					conDocumento ? documento.getContentType() : null, conDocumento ? documento.getBytes() : null,
					new ServicioPlan.SolicitudAvance(numero(valor), descripcion.strip(), evidencias), yo);
			r.addFlashAttribute("mensaje", texto("plan.avanceGuardado", codigo));
		}
		catch (ErrorDominio e) {
			r.addFlashAttribute("error", e.getMessage());
		}
		catch (AccessDeniedException e) {
			r.addFlashAttribute("error", texto("plan.error.responsable"));
		}
		return "redirect:/plan/" + vigencia + "/cortes/" + numero + "#actividad-" + codigo;
	}

	@PostMapping("/plan/{vigencia}/cortes/{numero}/actividades/{codigo}/verificacion")
	@PreAuthorize(GESTION)
	String verificacion(@PathVariable int vigencia, @PathVariable int numero, @PathVariable String codigo,
			@RequestParam String valor, @RequestParam(defaultValue = "") String observaciones,
			@AuthenticationPrincipal UsuarioAutenticado yo, RedirectAttributes r) {
		try {
			servicio.verificar(vigencia, numero, codigo, numero(valor), observaciones.strip(), yo);
			r.addFlashAttribute("mensaje", texto("plan.verificado", codigo));
		}
		catch (ErrorDominio e) {
			r.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/plan/" + vigencia + "/cortes/" + numero + "#actividad-" + codigo;
	}

	@PostMapping("/plan/{vigencia}/cortes/{numero}/publicacion")
	@PreAuthorize(GESTION)
	String publicarCorte(@PathVariable int vigencia, @PathVariable int numero,
			@AuthenticationPrincipal UsuarioAutenticado yo, RedirectAttributes r) {
		try {
			servicio.publicarCorte(vigencia, numero, yo);
			r.addFlashAttribute("mensaje", texto("plan.cortePublicado"));
		}
		catch (ErrorDominio e) {
			r.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/plan/" + vigencia + "/cortes/" + numero;
	}

	@GetMapping("/plan/{vigencia}/cortes/{numero}/informe.xlsx")
	org.springframework.http.ResponseEntity<byte[]> informeXlsx(@PathVariable int vigencia, @PathVariable int numero) {
		return PlanApiController.descarga(InformesPlan.xlsx(servicio.informe(servicio.seguimiento(vigencia, numero))),
				PlanApiController.XLSX, "seguimiento-plan-" + vigencia + "-corte-" + numero + ".xlsx");
	}

	@GetMapping("/plan/{vigencia}/cortes/{numero}/informe.pdf")
	org.springframework.http.ResponseEntity<byte[]> informePdf(@PathVariable int vigencia, @PathVariable int numero) {
		return PlanApiController.descarga(InformesPlan.pdf(servicio.informe(servicio.seguimiento(vigencia, numero))),
				org.springframework.http.MediaType.APPLICATION_PDF,
				"seguimiento-plan-" + vigencia + "-corte-" + numero + ".pdf");
	}

	private BigDecimal numero(String valor) {
		try {
			return new BigDecimal(valor.strip().replace(',', '.'));
		}
		catch (NumberFormatException e) {
			throw new ErrorDominio("AVANCE_INVALIDO", texto("plan.error.valor"));
		}
	}

	private int anio(String vigencia) {
		try {
			return Integer.parseInt(vigencia.strip());
		}
		catch (NumberFormatException e) {
			throw new ErrorDominio("VIGENCIA_INVALIDA", texto("plan.error.vigencia"));
		}
	}

	private String texto(String clave, Object... args) {
		return mensajes.getMessage(clave, args, LocaleContextHolder.getLocale());
	}

}
