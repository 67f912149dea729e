package co.pqrsd.server.pqrsd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.pqrsd.core.pqrsd.NormasPqrsd;
import co.pqrsd.core.terminos.Semaforo;
import co.pqrsd.server.seguridad.Rol;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import co.pqrsd.server.terminos.TerminosEntidad;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every screen's layout needs from PQRSD: whether to link the bandeja. */
@ControllerAdvice(annotations = Controller.class)
class PantallaComun {

	private final ObjectProvider<TerminosEntidad> terminos;

	private final ObjectProvider<BandejaPqrsd> bandeja;

	/**
	 * Both absent in the web slices of other modules' tests, whose pages then show no
	 * PQRSD parts.
	 */
	PantallaComun(ObjectProvider<TerminosEntidad> terminos, ObjectProvider<BandejaPqrsd> bandeja) {
		this.terminos = terminos;
		this.bandeja = bandeja;
	}

	/**
	 * The legal modalities a petition may have (the entity's included), for the
	 * radicación form's PQRSD section; the four of the law first.
	 */
	@ModelAttribute("modalidadesPqrsd")
	@Nullable List<String> modalidadesPqrsd(HttpServletRequest solicitud) {
		TerminosEntidad terminos = this.terminos.getIfAvailable();
		if (terminos == null
				|| !solicitud.getRequestURI().startsWith(solicitud.getContextPath() + "/radicacion/nuevo")) {
			return null;
		}
		List<String> legales = List.of("GENERAL", "DOCUMENTOS", "CONSULTA", "ENTRE_AUTORIDADES");
		List<String> todas = new ArrayList<>(legales);
		terminos.motor()
			.catalogo()
			.modalidades()
			.stream()
			.filter(m -> !legales.contains(m) && NormasPqrsd.esModalidadDePeticion(m))
			.sorted()
			.forEach(todas::add);
		return todas;
	}

	/**
	 * The user's cases per semáforo colour, for the home page's card.
	 */
	@ModelAttribute("contadoresPqrsd")
	@Nullable Map<String, Long> contadoresPqrsd(@AuthenticationPrincipal @Nullable UsuarioAutenticado yo,
			HttpServletRequest solicitud) {
		String ruta = solicitud.getRequestURI().substring(solicitud.getContextPath().length());
		BandejaPqrsd bandeja = this.bandeja.getIfAvailable();
		if (bandeja == null || yo == null || !ruta.equals("/") || !atiendePqrsd(yo)) {
			return null;
		}
		String alcance = BandejaController.alcances(yo).get(0).toUpperCase(java.util.Locale.ROOT);
		var pagina = bandeja.bandeja(yo,
				new BandejaPqrsd.FiltroBandeja(null, null, null, alcance, "vencimiento", 0, 1));
		Map<String, Long> contadores = new LinkedHashMap<>();
		for (String c : BandejaController.COLORES) {
			contadores.put(c, pagina.contadores().getOrDefault(Semaforo.Color.valueOf(c), 0L));
		}
		return contadores;
	}

	@ModelAttribute("verBandejaPqrsd")
	boolean verBandejaPqrsd(@AuthenticationPrincipal @Nullable UsuarioAutenticado yo) {
		return yo != null && atiendePqrsd(yo);
	}

	/** The staff roles that handle PQRSD cases and have a bandeja. */
	static boolean atiendePqrsd(UsuarioAutenticado u) {
		return u.tiene(Rol.FUNCIONARIO) || u.tiene(Rol.JEFE_DEPENDENCIA) || u.tiene(Rol.CONTROL_INTERNO)
				|| u.tiene(Rol.ADMIN);
	}

}
