package co.pqrsd.server.pqrsd;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.core.pqrsd.EstadoPqrsd;
import co.pqrsd.core.pqrsd.Etiqueta;
import co.pqrsd.server.radicacion.EntradasRadicacion;
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

	private static final Set<String> ORDENES = Set.of("radicado", "semaforo", "dias", "etiqueta", "modalidad", "estado",
			"asunto", "vencimiento", "dependencia", "asignado");

	private final ServicioPqrsd servicio;

	private final EntradasRadicacion entradas;

	BandejaController(ServicioPqrsd servicio, EntradasRadicacion entradas) {
		this.servicio = servicio;
		this.entradas = entradas;
	}

	/** One row as the bandeja shows it. */
	record Fila(String radicado, Etiqueta etiqueta, @Nullable String modalidad, EstadoPqrsd estado,
			@Nullable String semaforo, int diasHabilesRestantes, @Nullable LocalDate vencimiento,
			@Nullable String peticionario, String asunto, String dependencia, @Nullable String asignadoA,
			boolean escalada) {

		/** Sort key of the semáforo: the most urgent first. */
		int urgencia() {
			return semaforo == null ? 9 : switch (semaforo) {
				case "VENCIDO" -> 0;
				case "ROJO" -> 1;
				case "AMARILLO" -> 2;
				case "VERDE" -> 3;
				default -> 4;
			};
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
		modelo.addAttribute("estados", EstadoPqrsd.values());
		if (alcances.isEmpty()) {
			// A clerk has no bandeja: a friendly page with his own links, not an error.
			modelo.addAttribute("sinBandeja", true);
			return "pqrsd/bandeja";
		}
		String a = alcance != null && alcances.contains(alcance) ? alcance : alcances.get(0);
		String s = vacio(semaforo) != null && COLORES.contains(semaforo) ? semaforo : null;
		String o = orden != null && ORDENES.contains(orden) ? orden : "semaforo";
		boolean descendente = "desc".equals(dir);
		int p;
		try {
			p = Math.max(1, Integer.parseInt(pagina));
		}
		catch (NumberFormatException e) {
			p = 1;
		}
		Map<String, String> filtros = new LinkedHashMap<>();
		filtros.put("semaforo", s == null ? "" : s);
		filtros.put("etiqueta", vacio(etiqueta) == null ? "" : etiqueta);
		filtros.put("estado", vacio(estado) == null ? "" : estado);
		filtros.put("alcance", a);
		filtros.put("orden", o);
		filtros.put("dir", descendente ? "desc" : "asc");
		modelo.addAttribute("filtros", filtros);
		List<Fila> todas;
		try {
			todas = filas(vacio(estado), vacio(etiqueta), a, yo);
		}
		catch (ErrorDominio | IllegalArgumentException e) {
			modelo.addAttribute("error", e.getMessage());
			todas = List.of();
		}
		Map<String, Long> contadores = new LinkedHashMap<>();
		for (String c : COLORES) {
			contadores.put(c, todas.stream().filter(f -> c.equals(f.semaforo())).count());
		}
		List<Fila> filtradas = new ArrayList<>(
				todas.stream().filter(f -> s == null || s.equals(f.semaforo())).toList());
		Comparator<Fila> comparador = comparador(o);
		filtradas.sort(descendente ? comparador.reversed() : comparador);
		int total = filtradas.size();
		int paginas = Math.max(1, (total + TAMANO - 1) / TAMANO);
		p = Math.min(p, paginas);
		modelo.addAttribute("filas", filtradas.subList((p - 1) * TAMANO, Math.min(total, p * TAMANO)));
		modelo.addAttribute("total", total);
		modelo.addAttribute("contadores", contadores);
		modelo.addAttribute("pagina", p);
		modelo.addAttribute("paginas", paginas);
		return "pqrsd/bandeja";
	}

	/** What each role may look at: his own cases, his dependencias', the entity's. */
	static List<String> alcances(UsuarioAutenticado yo) {
		List<String> a = new ArrayList<>();
		if (yo.tiene(Rol.FUNCIONARIO) || yo.tiene(Rol.JEFE_DEPENDENCIA)) {
			a.add("mias");
		}
		if (yo.tiene(Rol.JEFE_DEPENDENCIA)) {
			a.add("dependencia");
		}
		if (yo.tiene(Rol.CONTROL_INTERNO) || yo.tiene(Rol.ADMIN)) {
			a.add("entidad");
		}
		return a;
	}

	private List<Fila> filas(@Nullable String estado, @Nullable String etiqueta, String alcance,
			UsuarioAutenticado yo) {
		boolean soloControl = yo.tiene(Rol.CONTROL_INTERNO) && !yo.tiene(Rol.ADMIN);
		return servicio.listar(estado, null, null, etiqueta, 0, Integer.MAX_VALUE, yo)
			.elementos()
			.stream()
			.filter(r -> switch (alcance) {
				case "mias" -> yo.username().equals(r.asignadoA());
				case "dependencia" -> yo.codigosDependencias().contains(r.dependencia());
				// Control Interno follows every case in ROJO or VENCIDO of the entity.
				default -> !soloControl || "ROJO".equals(r.semaforo()) || "VENCIDO".equals(r.semaforo())
						|| r.estado().vencida();
			})
			.map(r -> new Fila(r.radicado(), r.etiqueta(), r.modalidad(), r.estado(), r.semaforo(),
					r.diasHabilesRestantes(), r.vencimiento(), null,
					entradas.entrada(r.radicado()).map(EntradasRadicacion.Entrada::asunto).orElse(""), r.dependencia(),
					r.asignadoA(), r.estado().vencida()))
			.toList();
	}

	private static Comparator<Fila> comparador(String orden) {
		Comparator<Fila> porRadicado = Comparator.comparing(Fila::radicado);
		Comparator<Fila> c = switch (orden) {
			case "radicado" -> porRadicado;
			case "dias" -> Comparator.comparingInt(Fila::diasHabilesRestantes);
			case "etiqueta" -> Comparator.comparing(f -> f.etiqueta().nombre());
			case "modalidad" -> Comparator.comparing(f -> f.modalidad() == null ? "" : f.modalidad());
			case "estado" -> Comparator.comparing(f -> f.estado().nombre());
			case "asunto" -> Comparator.comparing(f -> f.asunto().toLowerCase(java.util.Locale.ROOT));
			case "vencimiento" ->
				Comparator.comparing(Fila::vencimiento, Comparator.nullsLast(Comparator.naturalOrder()));
			case "dependencia" -> Comparator.comparing(Fila::dependencia);
			case "asignado" -> Comparator.comparing(f -> f.asignadoA() == null ? "" : f.asignadoA());
			default -> Comparator.comparingInt(Fila::urgencia).thenComparingInt(Fila::diasHabilesRestantes);
		};
		return c.thenComparing(porRadicado);
	}

	private static @Nullable String vacio(@Nullable String s) {
		return s == null || s.isBlank() ? null : s;
	}

}
