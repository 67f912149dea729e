package co.pqrsd.server.tableros;

import java.util.List;

import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.server.comun.NoEncontrado;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboard of the user's role ({@code /tableros}: his dashlets, each in a frame of
 * about 400 px) and each dashlet's embeddable view ({@code /tableros/dashlets/{nombre}}:
 * no header nor navigation, links open in the top window). Framing is allowed to our
 * origin and to {@code pqrsd.seguridad.origenes-marco} by the CSP frame-ancestors of
 * {@code ConfiguracionSeguridad}.
 */
@Controller
@RequestMapping("/tableros")
class TablerosController {

	/** A dashlet on the dashboard. */
	record Marco(String nombre, String titulo, String url) {
	}

	private final ServicioTableros servicio;

	private final VistasTableros vistas;

	TablerosController(ServicioTableros servicio, VistasTableros vistas) {
		this.servicio = servicio;
		this.vistas = vistas;
	}

	/**
	 * @param vigencia passed on to every dashlet (plan and risk map), {@code null} for
	 * the current year
	 * @param corte passed on to the plan's dashlets
	 */
	@GetMapping
	String tablero(@RequestParam(required = false) @Nullable Integer vigencia,
			@RequestParam(required = false) @Nullable Integer corte, @AuthenticationPrincipal UsuarioAutenticado yo,
			HttpServletRequest req, Model modelo) {
		// Validates them as each dashlet would (400 on a bad value).
		servicio.parametros(Dashlet.CORTES, vigencia, corte, null, null);
		StringBuilder consulta = new StringBuilder();
		if (vigencia != null) {
			consulta.append("vigencia=").append(vigencia);
		}
		if (corte != null) {
			consulta.append(consulta.isEmpty() ? "" : "&").append("corte=").append(corte);
		}
		String sufijo = consulta.isEmpty() ? "" : "?" + consulta;
		List<Marco> marcos = Dashlet.de(yo)
			.stream()
			.map(d -> new Marco(d.nombre(), vistas.titulo(d),
					req.getContextPath() + "/tableros/dashlets/" + d.nombre() + sufijo))
			.toList();
		modelo.addAttribute("seccion", "tableros");
		modelo.addAttribute("marcos", marcos);
		return "tableros/tablero";
	}

	@GetMapping("/dashlets/{nombre}")
	String dashlet(@PathVariable String nombre, @RequestParam(required = false) @Nullable Integer vigencia,
			@RequestParam(required = false) @Nullable Integer corte,
			@RequestParam(required = false) @Nullable Integer meses,
			@RequestParam(required = false) @Nullable Integer dias, @AuthenticationPrincipal UsuarioAutenticado yo,
			HttpServletRequest req, Model modelo) {
		Dashlet d = servicio.dashlet(nombre, yo);
		ServicioTableros.Parametros p = servicio.parametros(d, vigencia, corte, meses, dias);
		try {
			modelo.addAttribute("vista", vistas.vista(d, servicio.datos(d, yo, p), req.getContextPath()));
		}
		catch (NoEncontrado e) {
			throw e;
		}
		catch (ErrorDominio e) {
			// A refusal of the source module (e.g. a risk map mixing methodologies) is
			// told inside the frame; the JSON answers it as a 4xx.
			modelo.addAttribute("vista", vistas.aviso(d, e.getMessage()));
		}
		return "tableros/dashlet";
	}

}
