package co.pqrsd.server.pqrsd;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import co.pqrsd.core.pqrsd.EstadoPqrsd;
import co.pqrsd.core.pqrsd.Etiqueta;
import co.pqrsd.core.terminos.Semaforo;
import co.pqrsd.server.seguridad.Rol;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff's bandeja: the cases each one answers for, with their semáforo, sortable,
 * filterable, with counters per colour that filter when clicked.
 */
@Controller
class BandejaController {

	static final List<String> COLORES = List.of("VERDE", "AMARILLO", "ROJO", "VENCIDO", "SUSPENDIDO");

	static final int TAMANO = 25;

	/** The sortable columns and the bandeja's order they use. */
	private static final Map<String, String> ORDENES = Map.of("semaforo", "vencimiento", "dias", "vencimiento",
			"vencimiento", "vencimiento", "radicado", "radicado", "recibido", "recibido");

	private final BandejaPqrsd bandeja;

	BandejaController(BandejaPqrsd bandeja) {
		this.bandeja = bandeja;
	}

	/** One row as the bandeja shows it (names in Spanish). */
	record Fila(String radicado, Etiqueta etiqueta, @Nullable String modalidad, EstadoPqrsd estado, String semaforo,
			@Nullable Integer diasHabilesRestantes, @Nullable LocalDate vencimiento, String peticionario, String asunto,
			String dependencia, @Nullable String asignadoA, boolean escalada) {

		static Fila de(BandejaPqrsd.FilaBandeja f) {
			return new Fila(f.radicado(), Etiqueta.valueOf(f.etiqueta()), f.modalidad(),
					EstadoPqrsd.valueOf(f.estado()), f.semaforo().name(), f.diasHabilesRestantes(), f.vencimiento(),
					f.peticionario(), f.asunto(), f.dependencia(), f.asignadoA(), f.escalada());
		}

	}

	@GetMapping("/pqrsd/bandeja")
	String bandeja(@RequestParam(required = false) @Nullable String semaforo,
			@RequestParam(required = false) @Nullable String etiqueta,
			@RequestParam(required = false) @Nullable String estado,
			@RequestParam(required = false) @Nullable String alcance,
			@RequestParam(required = false) @Nullable String orden,
			@RequestParam(required = false) @Nullable String dir, @RequestParam(defaultValue = "1") String pagina,
			@AuthenticationPrincipal UsuarioAutenticado yo, Model modelo) {
		modelo.addAttribute("seccion", "bandeja");
		List<String> alcances = alcances(yo);
		modelo.addAttribute("alcances", alcances);
		modelo.addAttribute("colores", COLORES);
		modelo.addAttribute("etiquetas", Etiqueta.values());
		modelo.addAttribute("estados", Arrays.stream(EstadoPqrsd.values()).filter(EstadoPqrsd::abierta).toList());
		modelo.addAttribute("ordenables", ORDENES.keySet());
		if (alcances.isEmpty()) {
			// A clerk has no bandeja: a friendly page with his own links, not an error.
			modelo.addAttribute("sinBandeja", true);
			return "pqrsd/bandeja";
		}
		String a = alcance != null && alcances.contains(alcance) ? alcance : alcances.get(0);
		String s = semaforo != null && COLORES.contains(semaforo) ? semaforo : null;
		String e = etiqueta != null && Arrays.stream(Etiqueta.values()).anyMatch(x -> x.name().equals(etiqueta))
				? etiqueta : null;
		String st = estado != null && Arrays.stream(EstadoPqrsd.values()).anyMatch(x -> x.name().equals(estado))
				? estado : null;
		String o = orden != null && ORDENES.containsKey(orden) ? orden : "semaforo";
		boolean descendente = "desc".equals(dir);
		int p;
		try {
			p = Math.max(1, Integer.parseInt(pagina));
		}
		catch (NumberFormatException ex) {
			p = 1;
		}
		Map<String, String> filtros = new LinkedHashMap<>();
		filtros.put("semaforo", s == null ? "" : s);
		filtros.put("etiqueta", e == null ? "" : e);
		filtros.put("estado", st == null ? "" : st);
		filtros.put("alcance", a);
		filtros.put("orden", o);
		filtros.put("dir", descendente ? "desc" : "asc");
		modelo.addAttribute("filtros", filtros);
		BandejaPqrsd.PaginaBandeja r = bandeja.bandeja(yo,
				new BandejaPqrsd.FiltroBandeja(s == null ? null : Semaforo.Color.valueOf(s), e, st,
						a.toUpperCase(Locale.ROOT), (descendente ? "-" : "") + ORDENES.get(o), p - 1, TAMANO));
		int paginas = (int) Math.max(1, (r.total() + TAMANO - 1) / TAMANO);
		Map<String, Long> contadores = new LinkedHashMap<>();
		for (String c : COLORES) {
			contadores.put(c, r.contadores().getOrDefault(Semaforo.Color.valueOf(c), 0L));
		}
		modelo.addAttribute("filas", r.filas().stream().map(Fila::de).toList());
		modelo.addAttribute("total", r.total());
		modelo.addAttribute("contadores", contadores);
		modelo.addAttribute("pagina", p);
		modelo.addAttribute("paginas", paginas);
		return "pqrsd/bandeja";
	}

	/** What each role may look at: his own cases, his dependencias', the entity's. */
	static List<String> alcances(UsuarioAutenticado yo) {
		List<String> a = new ArrayList<>();
		if (yo.tiene(Rol.CONTROL_INTERNO) || yo.tiene(Rol.ADMIN)) {
			// Control Interno: every ROJO and VENCIDO case of the entity (and his own).
			a.add("entidad");
		}
		if (yo.tiene(Rol.FUNCIONARIO) || yo.tiene(Rol.JEFE_DEPENDENCIA)) {
			a.add("mias");
		}
		if (yo.tiene(Rol.JEFE_DEPENDENCIA)) {
			a.add("dependencia");
		}
		return a;
	}

}
