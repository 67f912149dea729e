package co.pqrsd.server.seguridad;

import co.pqrsd.core.comun.ErrorDominio;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Mi cuenta": the user's data and password change. */
@Controller
class CuentaController {

	private final Usuarios usuarios;

	private final MessageSource mensajes;

	private final SecurityContextRepository repositorioContexto = new HttpSessionSecurityContextRepository();

	CuentaController(Usuarios usuarios, MessageSource mensajes) {
		this.usuarios = usuarios;
		this.mensajes = mensajes;
	}

	@GetMapping("/cuenta")
	String cuenta(@AuthenticationPrincipal UsuarioAutenticado yo, Model modelo) {
		modelo.addAttribute("usuario", usuarios.obtener(yo.username()));
		modelo.addAttribute("cambioObligatorio", yo.debeCambiarContrasena());
		return "cuenta";
	}

	@PostMapping("/cuenta/contrasena")
	String cambiar(@AuthenticationPrincipal UsuarioAutenticado yo, @RequestParam String actual,
			@RequestParam String nueva, @RequestParam String confirmacion, HttpServletRequest solicitud,
			HttpServletResponse respuesta, RedirectAttributes redireccion) {
		try {
			if (!nueva.equals(confirmacion)) {
				throw new ErrorDominio("CONFIRMACION_DISTINTA", "La nueva contraseña y su confirmación no coinciden.");
			}
			HttpSession sesion = solicitud.getSession(false);
			usuarios.cambiarContrasena(yo.username(), actual, nueva, solicitud.getRemoteAddr(),
					sesion == null ? null : sesion.getId());
			if (yo.debeCambiarContrasena()) {
				// The session's user no longer has a temporary password: the rest of the
				// application opens again without a new login.
				UsuarioAutenticado actualizado = yo.conContrasenaPropia();
				SecurityContext contexto = SecurityContextHolder.createEmptyContext();
				contexto.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actualizado, null,
						actualizado.getAuthorities()));
				SecurityContextHolder.setContext(contexto);
				repositorioContexto.saveContext(contexto, solicitud, respuesta);
			}
			redireccion.addFlashAttribute("mensaje",
					mensajes.getMessage("seguridad.cuenta.cambiada", null, LocaleContextHolder.getLocale()));
		}
		catch (ErrorDominio e) {
			redireccion.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/cuenta";
	}

}
