package co.pqrsd.server.auditoria;

import java.util.Map;

import co.pqrsd.core.comun.ErrorDominio;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The audit screens for Control Interno: search, timelines, verification and exports. */
@Controller
class AuditoriaController {

	private final BusquedaAuditoria busqueda;

	private final VerificacionAuditoria verificacion;

	private final PuntosControl puntos;

	private final PermisosHistorial permisos;

	AuditoriaController(BusquedaAuditoria busqueda, VerificacionAuditoria verificacion, PuntosControl puntos,
			PermisosHistorial permisos) {
		this.busqueda = busqueda;
		this.verificacion = verificacion;
		this.puntos = puntos;
		this.permisos = permisos;
	}

	@GetMapping("/auditoria")
	@PreAuthorize("hasAnyRole('CONTROL_INTERNO','ADMIN')")
	String buscar(@RequestParam Map<String, String> p, Model modelo) {
		modelo.addAttribute("seccion", "auditoria");
		modelo.addAttribute("p", p);
		modelo.addAttribute("acciones", AccionAuditoria.values());
		modelo.addAttribute("puntos", puntos.listar().stream().limit(10).toList());
		try {
			FiltroAuditoria filtro = FiltroAuditoria.de(p.get("usuario"), p.get("accion"), p.get("objetoTipo"),
					p.get("objetoId"), p.get("desde"), p.get("hasta"), p.get("texto"), entero(p.get("pagina"), 1), 50);
			BusquedaAuditoria.Pagina pagina = busqueda.buscar(filtro);
			modelo.addAttribute("pagina", pagina);
			modelo.addAttribute("consulta", consulta(p, null));
			modelo.addAttribute("siguiente", consulta(p, pagina.pagina() + 1));
			modelo.addAttribute("anterior", consulta(p, pagina.pagina() - 1));
		}
		catch (ErrorDominio e) {
			modelo.addAttribute("error", e.getMessage());
		}
		return "auditoria/buscar";
	}

	@PostMapping("/auditoria/verificacion")
	@PreAuthorize("hasAnyRole('CONTROL_INTERNO','ADMIN')")
	String verificar(RedirectAttributes r) {
		ResultadoVerificacion resultado = verificacion.verificar();
		if (resultado.integra()) {
			r.addFlashAttribute("mensaje", "Cadena íntegra: " + resultado.entradas() + " entradas verificadas en "
					+ resultado.duracionMs() + " ms. Último hash: " + resultado.ultimoHash() + ".");
		}
		else {
			r.addFlashAttribute("error",
					"¡La bitácora fue alterada! Primera entrada que no coincide: posición " + resultado.posicionFalla()
							+ (resultado.eventoIdFalla() == null ? "" : " (evento " + resultado.eventoIdFalla() + ")")
							+ ". " + resultado.motivo());
		}
		return "redirect:/auditoria";
	}

	@GetMapping("/auditoria/objetos/{tipo}/{id}")
	String historial(@PathVariable String tipo, @PathVariable String id, Authentication usuario, Model modelo) {
		permisos.exigir(tipo, id, usuario);
		modelo.addAttribute("seccion", "auditoria");
		modelo.addAttribute("titulo", "Historial de " + tipo + " " + id);
		modelo.addAttribute("entradas", busqueda.historial(tipo, id, permisos.veLecturasDeControl(usuario)));
		modelo.addAttribute("pdf", "/api/v1/auditoria/objetos/" + tipo + "/" + id + "/historial.pdf");
		return "auditoria/historial";
	}

	@GetMapping("/auditoria/usuarios/{username}")
	String actividad(@PathVariable String username, Authentication usuario, Model modelo) {
		permisos.exigir("USUARIO", username, usuario);
		modelo.addAttribute("seccion", "auditoria");
		modelo.addAttribute("titulo", "Actividad del usuario " + username);
		modelo.addAttribute("entradas", busqueda.actividadDe(username));
		return "auditoria/historial";
	}

	private static String consulta(Map<String, String> p, Integer pagina) {
		UriComponentsBuilder b = UriComponentsBuilder.newInstance();
		p.forEach((k, v) -> {
			if (!k.equals("pagina") && v != null && !v.isBlank()) {
				b.queryParam(k, v);
			}
		});
		if (pagina != null) {
			b.queryParam("pagina", pagina);
		}
		String q = b.encode().build().getQuery();
		return q == null ? "" : q;
	}

	private static int entero(String valor, int predeterminado) {
		try {
			return valor == null || valor.isBlank() ? predeterminado : Integer.parseInt(valor);
		}
		catch (NumberFormatException e) {
			throw new ErrorDominio("PARAMETRO_INVALIDO", "La página debe ser un número.");
		}
	}

}
