package co.pqrsd.server.radicacion;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Where a sticker's QR code leads: anyone can confirm that the number is real, without
 * seeing personal data.
 */
@Controller
class VerificacionPublicaController {

	private final ConsultaRadicados consulta;

	VerificacionPublicaController(ConsultaRadicados consulta) {
		this.consulta = consulta;
	}

	@GetMapping("/verificacion/{numero}")
	String verificar(@PathVariable String numero, @RequestParam(name = "c", required = false) @Nullable String codigo,
			Model modelo) {
		var radicado = codigo == null ? java.util.Optional.<java.util.Map<String, Object>>empty()
				: consulta.verificarPublico(numero, codigo);
		if (radicado.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		modelo.addAttribute("radicado", radicado.get());
		return "radicacion/verificacion";
	}

}
