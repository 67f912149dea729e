package co.pqrsd.server.ciudadano;

import java.util.List;

import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.server.pqrsd.PqrsdCiudadano;
import co.pqrsd.server.seguridad.Dependencia;
import co.pqrsd.server.seguridad.Dependencias;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ventanilla's queue of what citizens filed, and its classification (label, modality,
 * dependencia, denuncia) that sends each filing to its dependencia's reparto.
 */
@Controller
@PreAuthorize("hasAnyRole('RADICADOR','ADMIN','CONTROL_INTERNO')")
class ClasificacionController {

	static final List<String> MODALIDADES = List.of("GENERAL", "DOCUMENTOS", "CONSULTA", "ENTRE_AUTORIDADES");

	private final PqrsdCiudadano pqrsd;

	private final Dependencias dependencias;

	private final MessageSource mensajes;

	ClasificacionController(PqrsdCiudadano pqrsd, Dependencias dependencias, MessageSource mensajes) {
		this.pqrsd = pqrsd;
		this.dependencias = dependencias;
		this.mensajes = mensajes;
	}

	@GetMapping("/ventanilla/clasificacion")
	String cola(Model modelo, @AuthenticationPrincipal UsuarioAutenticado yo) {
		modelo.addAttribute("seccion", "clasificacion");
		modelo.addAttribute("pendientes", pqrsd.pendientes(yo));
		modelo.addAttribute("etiquetas", CiudadanoController.ETIQUETAS);
		modelo.addAttribute("modalidades", MODALIDADES);
		modelo.addAttribute("dependencias", dependencias.listar().stream().filter(Dependencia::activa).toList());
		return "ciudadano/clasificacion";
	}

	@PostMapping("/ventanilla/clasificacion/{radicado}")
	String clasificar(@PathVariable String radicado, @RequestParam String etiqueta,
			@RequestParam(required = false) @Nullable String modalidad, @RequestParam String dependencia,
			@RequestParam(required = false) @Nullable Boolean denunciaCorrupcion,
			@AuthenticationPrincipal UsuarioAutenticado yo, RedirectAttributes redireccion) {
		try {
			String m = "FELICITACION".equals(etiqueta) ? null : modalidad;
			pqrsd.clasificar(radicado, new PqrsdCiudadano.Clasificacion(etiqueta, m, dependencia,
					Boolean.TRUE.equals(denunciaCorrupcion), null, null), yo);
			redireccion.addFlashAttribute("mensaje", mensajes.getMessage("ciudadano.clasificacion.hecho",
					new Object[] { radicado, dependencia }, LocaleContextHolder.getLocale()));
		}
		catch (ErrorDominio e) {
			redireccion.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/ventanilla/clasificacion";
	}

}
