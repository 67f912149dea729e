package co.pqrsd.server.archivo.disposicion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import co.pqrsd.core.archivo.retencion.PlazosRetencion.Vencimiento;
import co.pqrsd.core.comun.Colombia;
import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.server.archivo.indice.Expedientes;
import co.pqrsd.server.archivo.retencion.Retencion;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The archivist's screens of the disposición final (candidates and each step) and of the
 * legal holds, and the public page of inventories under publication with the citizens'
 * observation form (no login, R-TRD-9).
 */
@Controller
class DisposicionesController {

	private final ServicioDisposicion servicio;

	private final Bloqueos bloqueos;

	private final Retencion retencion;

	private final Clock reloj;

	DisposicionesController(ServicioDisposicion servicio, Bloqueos bloqueos, Retencion retencion, Clock reloj) {
		this.servicio = servicio;
		this.bloqueos = bloqueos;
		this.retencion = retencion;
		this.reloj = reloj;
	}

	@GetMapping("/archivo/disposiciones")
	String inicio(@RequestParam(defaultValue = "0") int pagina, @AuthenticationPrincipal UsuarioAutenticado yo,
			Model modelo) {
		Expedientes.exigirArchivista(yo);
		modelo.addAttribute("seccion", "archivo");
		modelo.addAttribute("candidatos", retencion.pendientes(Vencimiento.DISPOSICION_FINAL,
				LocalDate.ofInstant(reloj.instant(), Colombia.ZONA), null, Math.max(0, Math.min(pagina, 100000))));
		modelo.addAttribute("disposiciones", servicio.listar());
		return "archivo/disposiciones";
	}

	@PostMapping("/archivo/disposiciones")
	String crear(@RequestParam String descripcion, @RequestParam(required = false) @Nullable List<String> expedientes,
			@AuthenticationPrincipal UsuarioAutenticado yo, RedirectAttributes r) {
		try {
			Disposicion d = servicio.crear(recortar(descripcion, 500), expedientes == null ? List.of() : expedientes,
					yo);
			return "redirect:/archivo/disposiciones/" + d.id();
		}
		catch (ErrorDominio e) {
			r.addFlashAttribute("error", e.getMessage());
			return "redirect:/archivo/disposiciones";
		}
	}

	@GetMapping("/archivo/disposiciones/{id}")
	String ver(@PathVariable long id, @AuthenticationPrincipal UsuarioAutenticado yo, Model modelo) {
		Expedientes.exigirArchivista(yo);
		modelo.addAttribute("seccion", "archivo");
		modelo.addAttribute("d", servicio.obtener(id));
		return "archivo/disposicion";
	}

	@PostMapping("/archivo/disposiciones/{id}/{paso}")
	String paso(@PathVariable long id, @PathVariable String paso, @RequestParam(required = false) @Nullable String acta,
			@RequestParam(required = false) @Nullable String fecha,
			@RequestParam(required = false) @Nullable Long observacion,
			@RequestParam(required = false) @Nullable String respuesta,
			@RequestParam(required = false) @Nullable Boolean excluye, @AuthenticationPrincipal UsuarioAutenticado yo,
			RedirectAttributes r) {
		try {
			switch (paso) {
				case "aprobacion" -> servicio.aprobar(id, requerido(acta, 100), fecha(fecha), yo);
				case "publicacion" -> servicio.publicar(id, yo);
				case "respuesta" -> servicio.responder(id, observacion == null ? 0 : observacion,
						requerido(respuesta, 4000), Boolean.TRUE.equals(excluye), yo);
				case "acta" -> servicio.firmarActa(id, requerido(acta, 100), yo);
				case "ejecucion" -> servicio.ejecutar(id, yo);
				default -> throw new ErrorDominio("PASO_DESCONOCIDO", "Paso desconocido: " + paso);
			}
		}
		catch (ErrorDominio e) {
			r.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/archivo/disposiciones/" + id;
	}

	@GetMapping("/archivo/bloqueos")
	String bloqueos(@AuthenticationPrincipal UsuarioAutenticado yo, Model modelo) {
		Expedientes.exigirArchivista(yo);
		modelo.addAttribute("seccion", "archivo");
		modelo.addAttribute("bloqueos", bloqueos.listar(false));
		return "archivo/bloqueos";
	}

	@PostMapping("/archivo/bloqueos")
	String bloquear(@RequestParam String expediente, @RequestParam String motivo,
			@RequestParam(required = false) @Nullable String referencia, @AuthenticationPrincipal UsuarioAutenticado yo,
			RedirectAttributes r) {
		try {
			bloqueos.crear(expediente.strip(), requerido(motivo, 500),
					referencia == null || referencia.isBlank() ? null : recortar(referencia, 200), yo);
		}
		catch (ErrorDominio e) {
			r.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/archivo/bloqueos";
	}

	@PostMapping("/archivo/bloqueos/{id}/levantamiento")
	String levantar(@PathVariable long id, @RequestParam String motivo, @AuthenticationPrincipal UsuarioAutenticado yo,
			RedirectAttributes r) {
		try {
			bloqueos.levantar(id, requerido(motivo, 500), yo);
		}
		catch (ErrorDominio e) {
			r.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/archivo/bloqueos";
	}

	@GetMapping("/verificacion/eliminaciones")
	String publicas(Model modelo) {
		modelo.addAttribute("inventarios",
				servicio.publicadas().stream().map(DisposicionesApiController::publico).toList());
		return "verificacion/eliminaciones";
	}

	@PostMapping("/verificacion/eliminaciones/{id}/observaciones")
	String observar(@PathVariable long id, @RequestParam(required = false) @Nullable Integer orden,
			@RequestParam String nombre, @RequestParam(required = false) @Nullable String correo,
			@RequestParam String texto, RedirectAttributes r) {
		try {
			servicio.observar(id, orden, requerido(nombre, 200),
					correo == null || correo.isBlank() ? null : recortar(correo, 200), requerido(texto, 4000));
			r.addFlashAttribute("recibida", true);
		}
		catch (ErrorDominio e) {
			r.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/verificacion/eliminaciones";
	}

	private static String requerido(@Nullable String s, int max) {
		if (s == null || s.isBlank()) {
			throw new ErrorDominio("CAMPO_OBLIGATORIO", "Complete los campos obligatorios.");
		}
		return recortar(s, max);
	}

	private static String recortar(String s, int max) {
		String t = s.strip();
		return t.length() > max ? t.substring(0, max) : t;
	}

	private static LocalDate fecha(@Nullable String s) {
		try {
			return LocalDate.parse(s == null ? "" : s.strip());
		}
		catch (java.time.format.DateTimeParseException e) {
			throw new ErrorDominio("FECHA_INVALIDA", "Escriba la fecha del acta (AAAA-MM-DD).");
		}
	}

}
