package co.pqrsd.server.seguridad;

import co.pqrsd.core.comun.ErrorDominio;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

	CuentaController(Usuarios usuarios) {
		this.usuarios = usuarios;
	}

	@GetMapping("/cuenta")
	String cuenta(@AuthenticationPrincipal UsuarioAutenticado yo, Model modelo) {
		modelo.addAttribute("usuario", usuarios.obtener(yo.username()));
		return "cuenta";
	}

	@PostMapping("/cuenta/contrasena")
	String cambiar(@AuthenticationPrincipal UsuarioAutenticado yo, @RequestParam String actual,
			@RequestParam String nueva, @RequestParam String confirmacion, RedirectAttributes redireccion) {
		try {
			if (!nueva.equals(confirmacion)) {
				throw new ErrorDominio("CONFIRMACION_DISTINTA", "La nueva contraseña y su confirmación no coinciden.");
			}
			usuarios.cambiarContrasena(yo.username(), actual, nueva);
			redireccion.addFlashAttribute("mensaje", "Contraseña cambiada.");
		}
		catch (ErrorDominio e) {
			redireccion.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/cuenta";
	}

}
