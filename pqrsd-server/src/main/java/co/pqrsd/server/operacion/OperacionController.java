package co.pqrsd.server.operacion;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** «Operación» for the administrator (the URL rule /admin/** requires ADMIN). */
@Controller
class OperacionController {

	private final EstadoRespaldos respaldos;

	OperacionController(EstadoRespaldos respaldos) {
		this.respaldos = respaldos;
	}

	@GetMapping("/admin/operacion")
	String operacion(Model modelo) {
		modelo.addAttribute("seccion", "operacion");
		modelo.addAttribute("estado", respaldos.estado());
		return "operacion/operacion";
	}

}
