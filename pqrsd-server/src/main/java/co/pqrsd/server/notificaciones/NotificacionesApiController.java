package co.pqrsd.server.notificaciones;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import co.pqrsd.server.seguridad.UsuarioAutenticado;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own notifications (the bell), as JSON. */
@RestController
@RequestMapping("/api/v1/notificaciones")
class NotificacionesApiController {

	private final BandejaNotificaciones bandeja;

	NotificacionesApiController(BandejaNotificaciones bandeja) {
		this.bandeja = bandeja;
	}

	/**
	 * One notification.
	 *
	 * @param enlace path inside the application
	 * @param url the same link, absolute
	 */
	record Elemento(long id, String asunto, String texto, @Nullable String enlace, @Nullable String url,
			Instant creadaEn, boolean leida, @Nullable Instant leidaEn) {
	}

	record Pagina(List<Elemento> elementos, long total, long noLeidas, int pagina, int tamano) {
	}

	@GetMapping
	Pagina listar(@RequestParam(defaultValue = "false") boolean noLeidas,
			@RequestParam(defaultValue = "0") @Min(value = 0, message = "No puede ser negativa") int pagina,
			@RequestParam(defaultValue = "20") @Min(value = 1, message = "Mínimo 1") @Max(value = 200,
					message = "Máximo 200") int tamano,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		BandejaNotificaciones.Pagina p = bandeja.listar(yo.username(), noLeidas, pagina, tamano);
		return new Pagina(p.elementos()
			.stream()
			.map(v -> new Elemento(v.id(), v.asunto(), v.texto(), v.enlace(), bandeja.absoluto(v.enlace()),
					v.creadaEn(), v.leida(), v.leidaEn()))
			.toList(), p.total(), p.noLeidas(), p.pagina(), p.tamano());
	}

	@GetMapping("/contador")
	Map<String, Long> contador(@AuthenticationPrincipal UsuarioAutenticado yo) {
		return Map.of("noLeidas", bandeja.noLeidas(yo.username()));
	}

	@PostMapping("/{id}/leida")
	Map<String, Long> marcarLeida(@PathVariable long id, @AuthenticationPrincipal UsuarioAutenticado yo) {
		bandeja.marcarLeida(yo.username(), id);
		return Map.of("noLeidas", bandeja.noLeidas(yo.username()));
	}

	@PostMapping("/leidas")
	Map<String, Long> marcarTodas(@AuthenticationPrincipal UsuarioAutenticado yo) {
		int marcadas = bandeja.marcarTodas(yo.username());
		return Map.of("marcadas", (long) marcadas, "noLeidas", bandeja.noLeidas(yo.username()));
	}

}
