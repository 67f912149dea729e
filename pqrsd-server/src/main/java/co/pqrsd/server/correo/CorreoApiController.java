package co.pqrsd.server.correo;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The mail channel's records for the ventanilla, Control Interno and ADMIN: the mails
 * read from the mailbox (with the error of those that fail) and the delivery failures
 * recorded on a case.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN','CONTROL_INTERNO','RADICADOR')")
class CorreoApiController {

	private final CorreoEntranteRepository repositorio;

	CorreoApiController(CorreoEntranteRepository repositorio) {
		this.repositorio = repositorio;
	}

	@GetMapping("/api/v1/correo/entrantes")
	List<CorreoEntranteRepository.Entrante> entrantes(@RequestParam(required = false) @Nullable String estado) {
		return repositorio.recientes(estado, 200);
	}

	@GetMapping("/api/v1/correo/rebotes")
	List<CorreoEntranteRepository.Rebote> rebotes(@RequestParam String radicado) {
		return repositorio.rebotes(radicado);
	}

}
