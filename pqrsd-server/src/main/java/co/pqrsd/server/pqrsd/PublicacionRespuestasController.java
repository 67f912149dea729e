package co.pqrsd.server.pqrsd;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public page of answers to anonymous filings: each stays published for 5 días (Ley
 * 1437 de 2011, art. 69, by analogy; domain-rules R-PQ-41). No login, no personal data.
 */
@RestController
class PublicacionRespuestasController {

	private final ServicioPqrsd servicio;

	PublicacionRespuestasController(ServicioPqrsd servicio) {
		this.servicio = servicio;
	}

	@GetMapping("/api/v1/publico/pqrsd/respuestas")
	List<ServicioPqrsd.RespuestaPublicada> respuestas() {
		return servicio.respuestasPublicadas();
	}

}
