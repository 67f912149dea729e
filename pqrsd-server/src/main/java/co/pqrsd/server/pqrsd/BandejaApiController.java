package co.pqrsd.server.pqrsd;

import co.pqrsd.core.pqrsd.EstadoPqrsd;
import co.pqrsd.core.pqrsd.Etiqueta;
import co.pqrsd.core.terminos.Semaforo;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/v1/bandeja: the caller's inbox of open cases. */
@RestController
class BandejaApiController {

	private final BandejaPqrsd bandeja;

	BandejaApiController(BandejaPqrsd bandeja) {
		this.bandeja = bandeja;
	}

	@GetMapping("/api/v1/bandeja")
	BandejaPqrsd.PaginaBandeja bandeja(@RequestParam(required = false) Semaforo.@Nullable Color semaforo,
			@RequestParam(required = false) @Nullable Etiqueta etiqueta,
			@RequestParam(required = false) @Nullable EstadoPqrsd estado,
			@RequestParam(required = false) @Nullable @Pattern(regexp = "MIAS|DEPENDENCIA|ENTIDAD",
					message = "MIAS, DEPENDENCIA o ENTIDAD") String alcance,
			@RequestParam(defaultValue = "vencimiento") @Pattern(regexp = "-?(vencimiento|recibido|radicado)",
					message = "vencimiento, recibido o radicado, con «-» delante para orden descendente") String orden,
			@RequestParam(defaultValue = "0") @Min(value = 0, message = "No puede ser negativa") @Max(value = 100000,
					message = "Máximo 100000") int pagina,
			@RequestParam(defaultValue = "20") @Min(value = 1, message = "Mínimo 1") @Max(value = 200,
					message = "Máximo 200") int tamano,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		return bandeja.bandeja(yo, new BandejaPqrsd.FiltroBandeja(semaforo, etiqueta == null ? null : etiqueta.name(),
				estado == null ? null : estado.name(), alcance, orden, pagina, tamano));
	}

}
