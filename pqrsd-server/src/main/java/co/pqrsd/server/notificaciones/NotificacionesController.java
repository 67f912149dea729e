package co.pqrsd.server.notificaciones;

import co.pqrsd.server.seguridad.UsuarioAutenticado;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The bell's page: the user's notifications, newest first, and marking them read. */
@Controller
@RequestMapping("/notificaciones")
class NotificacionesController {

	static final int TAMANO = 20;

	private final BandejaNotificaciones bandeja;

	private final MessageSource mensajes;

	NotificacionesController(BandejaNotificaciones bandeja, MessageSource mensajes) {
		this.bandeja = bandeja;
		this.mensajes = mensajes;
	}

	@GetMapping
	String lista(@RequestParam(defaultValue = "0") int pagina, @RequestParam(defaultValue = "false") boolean noLeidas,
			@AuthenticationPrincipal UsuarioAutenticado yo, Model modelo) {
		int p = Math.max(0, pagina);
		modelo.addAttribute("seccion", "notificaciones");
		modelo.addAttribute("pagina", bandeja.listar(yo.username(), noLeidas, p, TAMANO));
		modelo.addAttribute("soloNoLeidas", noLeidas);
		modelo.addAttribute("recibeCorreo", bandeja.recibeCorreo(yo.username()));
		return "notificaciones/lista";
	}

	@PostMapping("/{id}/leida")
	String marcarLeida(@PathVariable long id, @RequestParam(defaultValue = "0") int pagina,
			@RequestParam(defaultValue = "false") boolean noLeidas, @AuthenticationPrincipal UsuarioAutenticado yo,
			RedirectAttributes redireccion) {
		bandeja.marcarLeida(yo.username(), id);
		redireccion.addFlashAttribute("mensaje", texto("notificaciones.marcada"));
		return volver(pagina, noLeidas);
	}

	@PostMapping("/leidas")
	String marcarTodas(@AuthenticationPrincipal UsuarioAutenticado yo, RedirectAttributes redireccion) {
		int n = bandeja.marcarTodas(yo.username());
		redireccion.addFlashAttribute("mensaje",
				mensajes.getMessage("notificaciones.marcadas", new Object[] { n }, LocaleContextHolder.getLocale()));
		return "redirect:/notificaciones";
	}

	@PostMapping("/preferencia")
	String preferencia(@RequestParam(defaultValue = "false") boolean correo,
			@AuthenticationPrincipal UsuarioAutenticado yo, RedirectAttributes redireccion) {
		bandeja.preferirCorreo(yo.username(), correo);
		redireccion.addFlashAttribute("mensaje",
				texto(correo ? "notificaciones.preferencia.con-correo" : "notificaciones.preferencia.sin-correo"));
		return "redirect:/notificaciones";
	}

	private String volver(int pagina, boolean noLeidas) {
		return "redirect:/notificaciones?pagina=" + Math.max(0, pagina) + (noLeidas ? "&noLeidas=true" : "");
	}

	private String texto(String clave) {
		return mensajes.getMessage(clave, null, LocaleContextHolder.getLocale());
	}

}
