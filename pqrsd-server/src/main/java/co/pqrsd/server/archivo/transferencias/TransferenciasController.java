package co.pqrsd.server.archivo.transferencias;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.pqrsd.core.archivo.retencion.PlazosRetencion.Vencimiento;
import co.pqrsd.core.archivo.retencion.TipoTransferencia;
import co.pqrsd.core.comun.Colombia;
import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.server.archivo.indice.Expedientes;
import co.pqrsd.server.archivo.retencion.Retencion;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The archivist's screens: due lists, transfers with their FUID, acceptance or return.
 */
@Controller
class TransferenciasController {

	private final ServicioTransferencias servicio;

	private final Retencion retencion;

	private final Clock reloj;

	TransferenciasController(ServicioTransferencias servicio, Retencion retencion, Clock reloj) {
		this.servicio = servicio;
		this.retencion = retencion;
		this.reloj = reloj;
	}

	@GetMapping("/archivo/transferencias")
	String inicio(@RequestParam(defaultValue = "PRIMARIA") TipoTransferencia tipo,
			@RequestParam(defaultValue = "0") int pagina, @AuthenticationPrincipal UsuarioAutenticado yo,
			Model modelo) {
		Expedientes.exigirArchivista(yo);
		modelo.addAttribute("seccion", "archivo");
		modelo.addAttribute("tipo", tipo.name());
		modelo.addAttribute("pendientes", retencion.pendientes(ServicioTransferencias.vencimiento(tipo),
				LocalDate.ofInstant(reloj.instant(), Colombia.ZONA), null, Math.max(0, Math.min(pagina, 100000))));
		modelo.addAttribute("transferencias", servicio.listar());
		return "archivo/transferencias";
	}

	@PostMapping("/archivo/transferencias")
	String crear(@RequestParam TipoTransferencia tipo, @RequestParam String dependencia,
			@RequestParam(required = false) @Nullable List<String> expedientes, @RequestParam String unidadConservacion,
			@RequestParam(defaultValue = "0") int folios, @RequestParam String frecuenciaConsulta,
			@RequestParam(required = false) @Nullable String notas, @AuthenticationPrincipal UsuarioAutenticado yo,
			RedirectAttributes r) {
		try {
			List<ServicioTransferencias.ItemSolicitud> items = (expedientes == null ? List.<String>of() : expedientes)
				.stream()
				.map(e -> new ServicioTransferencias.ItemSolicitud(e, recortar(unidadConservacion, 100),
						Math.max(0, folios), recortar(frecuenciaConsulta, 60),
						notas == null || notas.isBlank() ? null : recortar(notas, 1000)))
				.toList();
			Transferencia t = servicio.crear(tipo, dependencia.strip(), items, yo);
			return "redirect:/archivo/transferencias/" + t.numero();
		}
		catch (ErrorDominio e) {
			r.addFlashAttribute("error", e.getMessage());
			return "redirect:/archivo/transferencias?tipo=" + tipo.name();
		}
	}

	@GetMapping("/archivo/transferencias/{numero}")
	String ver(@PathVariable int numero, @AuthenticationPrincipal UsuarioAutenticado yo, Model modelo) {
		Expedientes.exigirArchivista(yo);
		modelo.addAttribute("seccion", "archivo");
		modelo.addAttribute("t", servicio.obtener(numero));
		return "archivo/transferencia";
	}

	@PostMapping("/archivo/transferencias/{numero}/aceptacion")
	String aceptar(@PathVariable int numero, @RequestParam Map<String, String> parametros,
			@AuthenticationPrincipal UsuarioAutenticado yo, RedirectAttributes r) {
		Map<String, String> ubicaciones = new HashMap<>();
		parametros.forEach((k, v) -> {
			if (k.startsWith("ubicacion_") && !v.isBlank()) {
				ubicaciones.put(k.substring("ubicacion_".length()), recortar(v, 300));
			}
		});
		try {
			servicio.aceptar(numero, ubicaciones, yo);
			r.addFlashAttribute("mensaje", "N.T. " + numero);
		}
		catch (ErrorDominio e) {
			r.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/archivo/transferencias/" + numero;
	}

	@PostMapping("/archivo/transferencias/{numero}/devolucion")
	String devolver(@PathVariable int numero, @RequestParam String observaciones,
			@AuthenticationPrincipal UsuarioAutenticado yo, RedirectAttributes r) {
		try {
			if (observaciones.isBlank()) {
				throw new ErrorDominio("TRANSFERENCIA_SIN_OBSERVACIONES",
						"Escriba las observaciones por las que se devuelve la transferencia.");
			}
			servicio.devolver(numero, recortar(observaciones, 4000), yo);
		}
		catch (ErrorDominio e) {
			r.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/archivo/transferencias/" + numero;
	}

	@GetMapping("/archivo/transferencias/{numero}/fuid.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable int numero, @AuthenticationPrincipal UsuarioAutenticado yo) {
		Expedientes.exigirArchivista(yo);
		return TransferenciasApiController.adjunto(Fuid.xlsx(servicio.obtener(numero)),
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
				"fuid-nt-" + numero + ".xlsx");
	}

	@GetMapping("/archivo/transferencias/{numero}/fuid.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable int numero, @AuthenticationPrincipal UsuarioAutenticado yo) {
		Expedientes.exigirArchivista(yo);
		return TransferenciasApiController.adjunto(Fuid.pdf(servicio.obtener(numero)), MediaType.APPLICATION_PDF,
				"fuid-nt-" + numero + ".pdf");
	}

	private static String recortar(String s, int max) {
		String t = s.strip();
		return t.length() > max ? t.substring(0, max) : t;
	}

	static Vencimiento vencimiento(TipoTransferencia t) {
		return ServicioTransferencias.vencimiento(t);
	}

}
