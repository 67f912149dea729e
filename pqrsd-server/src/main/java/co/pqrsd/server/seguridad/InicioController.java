package co.pqrsd.server.seguridad;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page and the home page, whose cards follow the user's roles. */
@Controller
class InicioController {

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/")
	String inicio(Model modelo) {
		modelo.addAttribute("seccion", "inicio");
		return "inicio";
	}

}
