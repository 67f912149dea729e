package co.pqrsd.server.pqrsd;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The public page of answers to anonymous filings: each stays published for 5 días (Ley
 * 1437 de 2011, art. 69, by analogy; domain-rules R-PQ-41). No login, no personal data.
 */
@Controller
class PublicacionRespuestasController {

	private final ServicioPqrsd servicio;

	PublicacionRespuestasController(ServicioPqrsd servicio) {
		this.servicio = servicio;
	}

	@GetMapping("/api/v1/publico/pqrsd/respuestas")
	@ResponseBody
	List<ServicioPqrsd.RespuestaPublicada> respuestas() {
		return servicio.respuestasPublicadas();
	}

	/** The same list as a page for citizens, without login. */
	@GetMapping("/ciudadano/respuestas")
	String pagina(Model modelo) {
		modelo.addAttribute("respuestas", servicio.respuestasPublicadas());
		return "pqrsd/respuestas-publicas";
	}

}
