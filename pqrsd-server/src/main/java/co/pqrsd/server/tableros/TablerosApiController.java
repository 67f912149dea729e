package co.pqrsd.server.tableros;

import java.util.List;

import co.pqrsd.server.seguridad.UsuarioAutenticado;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Each dashlet's figures as JSON ({@code GET /api/v1/tableros/{nombre}}) and the list of
 * the dashlets the user may see ({@code GET /api/v1/tableros}).
 */
@RestController
@RequestMapping("/api/v1/tableros")
class TablerosApiController {

	/**
	 * @param vista its embeddable view, relative to the application
	 */
	record DashletDisponible(String nombre, String datos, String vista) {
	}

	private final ServicioTableros servicio;

	TablerosApiController(ServicioTableros servicio) {
		this.servicio = servicio;
	}

	@GetMapping
	List<DashletDisponible> listar(@AuthenticationPrincipal UsuarioAutenticado yo) {
		return Dashlet.de(yo)
			.stream()
			.map(d -> new DashletDisponible(d.nombre(), "/api/v1/tableros/" + d.nombre(),
					"/tableros/dashlets/" + d.nombre()))
			.toList();
	}

	@GetMapping("/{nombre}")
	Object dashlet(@PathVariable String nombre, @RequestParam(required = false) @Nullable Integer vigencia,
			@RequestParam(required = false) @Nullable Integer corte,
			@RequestParam(required = false) @Nullable Integer meses,
			@RequestParam(required = false) @Nullable Integer dias, @AuthenticationPrincipal UsuarioAutenticado yo) {
		Dashlet d = servicio.dashlet(nombre, yo);
		return servicio.datos(d, yo, servicio.parametros(d, vigencia, corte, meses, dias));
	}

}
