package co.pqrsd.server.riesgos;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import co.pqrsd.core.comun.Colombia;
import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.core.plan.Evidencia;
import co.pqrsd.core.riesgos.AccionTratamiento;
import co.pqrsd.core.riesgos.Control;
import co.pqrsd.core.riesgos.ImplementacionControl;
import co.pqrsd.core.riesgos.Materializacion;
import co.pqrsd.core.riesgos.Metodologia;
import co.pqrsd.core.riesgos.Metodologias;
import co.pqrsd.core.riesgos.OpcionTratamiento;
import co.pqrsd.core.riesgos.PlanTratamiento;
import co.pqrsd.core.riesgos.RedaccionRiesgo;
import co.pqrsd.core.riesgos.SeguimientoMapaRiesgos;
import co.pqrsd.core.riesgos.TipoControl;
import co.pqrsd.core.riesgos.TipoRiesgo;
import co.pqrsd.core.riesgos.ZonaRiesgo;
import co.pqrsd.server.seguridad.Dependencias;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The risk map's screens: the map of a vigencia by proceso, a risk's page with its forms,
 * and the heat map. A refused action comes back to the page with the core's Spanish
 * reason.
 */
@Controller
@RequestMapping("/riesgos")
class RiesgosController {

	/**
	 * Fill and text colours of each zone (contrast 4.5:1 or more), always with its label.
	 */
	static final Map<ZonaRiesgo, String[]> COLORES = new EnumMap<>(
			Map.of(ZonaRiesgo.BAJO, new String[] { "#1e6b30", "#ffffff" }, ZonaRiesgo.MODERADO,
					new String[] { "#f2c200", "#1b1f24" }, ZonaRiesgo.ALTO, new String[] { "#e07000", "#1b1f24" },
					ZonaRiesgo.EXTREMO, new String[] { "#a4161a", "#ffffff" }));

	private final ServicioRiesgos servicio;

	private final MapaRiesgos mapa;

	private final Dependencias dependencias;

	private final Clock reloj;

	private final MessageSource mensajes;

	RiesgosController(ServicioRiesgos servicio, MapaRiesgos mapa, Dependencias dependencias, Clock reloj,
			MessageSource mensajes) {
		this.mensajes = mensajes;
		this.servicio = servicio;
		this.mapa = mapa;
		this.dependencias = dependencias;
		this.reloj = reloj;
	}

	@GetMapping
	String mapa(@RequestParam(required = false) @Nullable Integer vigencia,
			@RequestParam(required = false) @Nullable String probabilidad,
			@RequestParam(required = false) @Nullable String impacto,
			@RequestParam(defaultValue = "inherente") String tipo, @AuthenticationPrincipal UsuarioAutenticado yo,
			Model modelo) {
		int v = vigencia(vigencia);
		boolean residual = "residual".equals(tipo);
		List<VistaRiesgo> riesgos = servicio.listar(v).stream().map(VistaRiesgo::de).filter(r -> {
			if (probabilidad == null || impacto == null || r.evaluacion() == null || r.requiereReevaluacion()) {
				return probabilidad == null || impacto == null;
			}
			var e = r.evaluacion();
			String p = residual ? e.nivelProbabilidadResidual().codigo() : e.probabilidad().codigo();
			String i = residual ? e.nivelImpactoResidual().codigo() : e.impacto().codigo();
			return p.equals(probabilidad) && i.equals(impacto);
		}).toList();
		Map<String, List<VistaRiesgo>> porProceso = new LinkedHashMap<>();
		riesgos.forEach(r -> porProceso.computeIfAbsent(r.proceso(), k -> new ArrayList<>()).add(r));
		modelo.addAttribute("seccion", "riesgos");
		modelo.addAttribute("vigencia", v);
		modelo.addAttribute("porProceso", porProceso);
		modelo.addAttribute("filtrado", probabilidad != null && impacto != null);
		modelo.addAttribute("gestiona", ServicioRiesgos.gestiona(yo));
		modelo.addAttribute("dependencias", dependencias.listar());
		modelo.addAttribute("tipos", TipoRiesgo.values());
		modelo.addAttribute("colores", COLORES);
		modelo.addAttribute("metodologia", metodologia(v));
		return "riesgos/mapa";
	}

	@PostMapping
	String crear(@RequestParam String vigencia, @RequestParam(defaultValue = "") String codigo,
			@RequestParam(defaultValue = "") String proceso, @RequestParam(defaultValue = "") String dependencia,
			@RequestParam(defaultValue = "CORRUPCION") TipoRiesgo tipo, @RequestParam(defaultValue = "") String causas,
			@RequestParam(defaultValue = "") String accionUOmision, @RequestParam(defaultValue = "") String usoDelPoder,
			@RequestParam(defaultValue = "") String desviacion,
			@RequestParam(defaultValue = "") String beneficioPrivado,
			@RequestParam(defaultValue = "") String consecuencias, @AuthenticationPrincipal UsuarioAutenticado yo,
			RedirectAttributes redireccion) {
		Integer v = entero(vigencia);
		String volver = "redirect:/riesgos" + (v == null ? "" : "?vigencia=" + v);
		return intentar(redireccion, volver, () -> {
			if (v == null || v < 2000 || v > 2100) {
				throw new ErrorDominio("VIGENCIA_INVALIDA", "La vigencia es un año entre 2000 y 2100.");
			}
			if (proceso.isBlank() || proceso.length() > 200) {
				throw new ErrorDominio("PROCESO_REQUERIDO", "Escriba el proceso del riesgo (hasta 200 caracteres).");
			}
			var fila = servicio.crear(v,
					new ServicioRiesgos.Identificacion(codigo.isBlank() ? null : recortar(codigo, 20), proceso,
							dependencia.isBlank() ? null : dependencia, tipo, lineas(causas),
							new RedaccionRiesgo(recortar(accionUOmision, 500), recortar(usoDelPoder, 500),
									recortar(desviacion, 500), recortar(beneficioPrivado, 500)),
							lineas(consecuencias)),
					yo);
			redireccion.addFlashAttribute("mensaje", texto("riesgos.aviso.creado", fila.riesgo().codigo()));
			return "redirect:/riesgos/" + fila.id();
		});
	}

	@GetMapping("/mapa-calor")
	String mapaCalor(@RequestParam(required = false) @Nullable Integer vigencia,
			@RequestParam(defaultValue = "inherente") String tipo, Model modelo) {
		int v = vigencia(vigencia);
		boolean residual = "residual".equals(tipo);
		modelo.addAttribute("seccion", "riesgos");
		modelo.addAttribute("vigencia", v);
		modelo.addAttribute("residual", residual);
		modelo.addAttribute("tipo", residual ? "residual" : "inherente");
		modelo.addAttribute("colores", COLORES);
		try {
			MapaRiesgos.HeatMap calor = mapa.mapaCalor(v, null);
			modelo.addAttribute("mapa", calor);
			modelo.addAttribute("metodologiaNombre", Metodologias.porId(calor.metodologia()).nombre());
		}
		catch (ErrorDominio e) {
			modelo.addAttribute("error", e.getMessage());
		}
		return "riesgos/mapa-calor";
	}

	@GetMapping("/{id}")
	String riesgo(@PathVariable long id, @AuthenticationPrincipal UsuarioAutenticado yo, Model modelo) {
		FilaRiesgo fila = servicio.obtener(id);
		VistaRiesgo r = VistaRiesgo.de(fila);
		Metodologia m = r.entradaEvaluacion() != null ? Metodologias.porId(r.entradaEvaluacion().metodologia())
				: metodologia(r.vigencia());
		List<ServicioRiesgos.Seguimiento> cortes = new ArrayList<>();
		for (int n = 1; n <= 3; n++) {
			cortes.add(servicio.seguimiento(r.vigencia(), n));
		}
		List<OpcionTratamiento> opciones = Arrays.stream(OpcionTratamiento.values())
			.filter(o -> o != OpcionTratamiento.ACEPTAR || r.tipo() != TipoRiesgo.CORRUPCION)
			.toList();
		modelo.addAttribute("seccion", "riesgos");
		modelo.addAttribute("r", r);
		modelo.addAttribute("metodologia", m);
		modelo.addAttribute("preguntas", m.preguntas());
		modelo.addAttribute("respondidas",
				r.entradaEvaluacion() == null ? List.of() : r.entradaEvaluacion().respuestas());
		modelo.addAttribute("cortes", cortes);
		modelo.addAttribute("opciones", opciones);
		modelo.addAttribute("tiposControl", TipoControl.values());
		modelo.addAttribute("implementaciones", ImplementacionControl.values());
		modelo.addAttribute("autoridades", Materializacion.Autoridad.values());
		modelo.addAttribute("gestiona", ServicioRiesgos.gestiona(yo));
		modelo.addAttribute("monitorea", servicio.monitorea(fila, yo));
		modelo.addAttribute("colores", COLORES);
		return "riesgos/riesgo";
	}

	@PostMapping("/{id}/evaluacion")
	String evaluar(@PathVariable long id, @RequestParam(defaultValue = "") String frecuenciaAnual,
			@RequestParam(defaultValue = "") String probabilidad, @RequestParam(defaultValue = "") String impacto,
			@RequestParam(required = false) @Nullable List<Integer> si, @RequestParam(defaultValue = "0") int preguntas,
			@AuthenticationPrincipal UsuarioAutenticado yo, RedirectAttributes redireccion) {
		return intentar(redireccion, volver(id), () -> {
			Integer frecuencia = frecuenciaAnual.isBlank() ? null : entero(frecuenciaAnual);
			if (!frecuenciaAnual.isBlank() && frecuencia == null) {
				throw new ErrorDominio("FRECUENCIA_INVALIDA",
						"La frecuencia de la actividad es un número de veces por año, cero o mayor.");
			}
			List<Boolean> respuestas = new ArrayList<>();
			for (int n = 1; n <= Math.min(preguntas, 40); n++) {
				respuestas.add(si != null && si.contains(n));
			}
			servicio.evaluar(id, new ServicioRiesgos.DatosEvaluacion(null, frecuencia,
					probabilidad.isBlank() ? null : probabilidad, respuestas, impacto.isBlank() ? null : impacto), yo);
			redireccion.addFlashAttribute("mensaje", texto("riesgos.aviso.evaluado"));
			return volver(id);
		});
	}

	@PostMapping("/{id}/controles")
	String agregarControl(@PathVariable long id, @RequestParam(defaultValue = "") String responsable,
			@RequestParam(defaultValue = "") String accion, @RequestParam(defaultValue = "") String complemento,
			@RequestParam TipoControl tipo, @RequestParam ImplementacionControl implementacion,
			@AuthenticationPrincipal UsuarioAutenticado yo, RedirectAttributes redireccion) {
		return intentar(redireccion, volver(id), () -> {
			servicio.agregarControl(id, Control.de(recortar(responsable, 200), recortar(accion, 500),
					recortar(complemento, 1000), tipo, implementacion), yo);
			redireccion.addFlashAttribute("mensaje", texto("riesgos.aviso.control"));
			return volver(id);
		});
	}

	@PostMapping("/{id}/controles/{posicion}/retiro")
	String retirarControl(@PathVariable long id, @PathVariable int posicion,
			@AuthenticationPrincipal UsuarioAutenticado yo, RedirectAttributes redireccion) {
		return intentar(redireccion, volver(id), () -> {
			servicio.retirarControl(id, posicion, yo);
			redireccion.addFlashAttribute("mensaje", texto("riesgos.aviso.control-retirado"));
			return volver(id);
		});
	}

	@PostMapping("/{id}/tratamiento")
	String tratar(@PathVariable long id, @RequestParam OpcionTratamiento opcion,
			@RequestParam(defaultValue = "") String actividad, @RequestParam(defaultValue = "") String responsable,
			@RequestParam(defaultValue = "") String fecha, @RequestParam(defaultValue = "") String evidencia,
			@AuthenticationPrincipal UsuarioAutenticado yo, RedirectAttributes redireccion) {
		return intentar(redireccion, volver(id), () -> {
			List<AccionTratamiento> acciones = new ArrayList<>();
			// The form adds one action at a time: the plan keeps its actions while the
			// option stays the same.
			PlanTratamiento actual = servicio.obtener(id).riesgo().tratamiento();
			if (actual != null && actual.opcion() == opcion) {
				acciones.addAll(actual.acciones());
			}
			if (!actividad.isBlank() || !responsable.isBlank() || !evidencia.isBlank()) {
				acciones.add(new AccionTratamiento(recortar(actividad, 500), recortar(responsable, 200), fecha(fecha),
						recortar(evidencia, 500)));
			}
			servicio.tratar(id, opcion, acciones, yo);
			redireccion.addFlashAttribute("mensaje", texto("riesgos.aviso.tratamiento"));
			return volver(id);
		});
	}

	@PostMapping("/{id}/materializacion")
	String materializar(@PathVariable long id, @RequestParam(defaultValue = "") String fecha,
			@RequestParam(defaultValue = "") String descripcion,
			@RequestParam(required = false) @Nullable List<Materializacion.Autoridad> autoridades,
			@RequestParam(defaultValue = "") String entidad, @RequestParam(defaultValue = "") String fechaInforme,
			@RequestParam(defaultValue = "") String radicadoOficio, @AuthenticationPrincipal UsuarioAutenticado yo,
			RedirectAttributes redireccion) {
		return intentar(redireccion, volver(id), () -> {
			String radicado = radicadoOficio.isBlank() ? null : recortar(radicadoOficio, 40);
			Set<Materializacion.Autoridad> informadas = autoridades == null || autoridades.isEmpty() ? Set.of()
					: EnumSet.copyOf(autoridades);
			servicio.materializar(id,
					new Materializacion(fecha(fecha), recortar(descripcion, 2000), informadas, radicado),
					new InformeAutoridad(entidad.isBlank() ? null : recortar(entidad, 200),
							fechaInforme.isBlank() ? null : fecha(fechaInforme), radicado),
					yo);
			redireccion.addFlashAttribute("mensaje", texto("riesgos.aviso.materializado"));
			return volver(id);
		});
	}

	@PostMapping("/{id}/seguimientos/{corte}/monitoreo")
	String monitorear(@PathVariable long id, @PathVariable int corte,
			@RequestParam(defaultValue = "false") boolean controlesAplicados,
			@RequestParam(defaultValue = "") String avanceAcciones,
			@RequestParam(defaultValue = "") String accionesRealizadas,
			@RequestParam(defaultValue = "") String evidencia, @AuthenticationPrincipal UsuarioAutenticado yo,
			RedirectAttributes redireccion) {
		return intentar(redireccion, volver(id), () -> {
			BigDecimal avance;
			try {
				avance = new BigDecimal(avanceAcciones.strip().replace(',', '.'));
			}
			catch (NumberFormatException e) {
				throw new ErrorDominio("AVANCE_INVALIDO", "El avance de las acciones va de 0 a 100 %.");
			}
			if (accionesRealizadas.isBlank()) {
				throw new ErrorDominio("ACCIONES_REALIZADAS_REQUERIDAS",
						"Describa las acciones realizadas en el periodo.");
			}
			List<Evidencia> evidencias = evidencia.isBlank() ? List.of()
					: List.of(new Evidencia(
							evidencia.strip().startsWith("http") ? Evidencia.Tipo.ENLACE : Evidencia.Tipo.RADICADO,
							recortar(evidencia, 500), null));
			servicio.monitorear(id, corte, new ServicioRiesgos.MonitoreoSolicitado(controlesAplicados, avance,
					recortar(accionesRealizadas, 4000), evidencias), yo);
			redireccion.addFlashAttribute("mensaje", texto("riesgos.aviso.monitoreo"));
			return volver(id);
		});
	}

	@PostMapping("/{id}/seguimientos/{corte}/observacion")
	String observar(@PathVariable long id, @PathVariable int corte,
			@RequestParam(defaultValue = "") String observaciones, @AuthenticationPrincipal UsuarioAutenticado yo,
			RedirectAttributes redireccion) {
		return intentar(redireccion, volver(id), () -> {
			servicio.observar(id, corte, recortar(observaciones, 4000), yo);
			redireccion.addFlashAttribute("mensaje", texto("riesgos.aviso.observacion"));
			return volver(id);
		});
	}

	@PostMapping("/seguimientos/{corte}/publicacion")
	String publicar(@PathVariable int corte, @RequestParam int vigencia, @RequestParam long desde,
			@AuthenticationPrincipal UsuarioAutenticado yo, RedirectAttributes redireccion) {
		return intentar(redireccion, volver(desde), () -> {
			servicio.publicar(vigencia, corte, yo);
			redireccion.addFlashAttribute("mensaje", texto("riesgos.aviso.publicado"));
			return volver(desde);
		});
	}

	/** Runs a form action; a refusal of the core comes back as the page's error. */
	private static String intentar(RedirectAttributes redireccion, String volver, Supplier<String> accion) {
		try {
			return accion.get();
		}
		catch (ErrorDominio e) {
			redireccion.addFlashAttribute("error", e.getMessage());
			return volver;
		}
	}

	private String texto(String clave, Object... argumentos) {
		return mensajes.getMessage(clave, argumentos, LocaleContextHolder.getLocale());
	}

	private static String volver(long id) {
		return "redirect:/riesgos/" + id;
	}

	private int vigencia(@Nullable Integer vigencia) {
		if (vigencia != null && vigencia >= 2000 && vigencia <= 2100) {
			return vigencia;
		}
		return LocalDate.ofInstant(reloj.instant(), Colombia.ZONA).getYear();
	}

	private static @Nullable Metodologia metodologia(int vigencia) {
		try {
			return Metodologias.porVigencia(vigencia);
		}
		catch (ErrorDominio e) {
			return null;
		}
	}

	private static @Nullable Integer entero(String texto) {
		try {
			int n = Integer.parseInt(texto.strip());
			return n < 0 ? null : n;
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static LocalDate fecha(String texto) {
		try {
			return LocalDate.parse(texto.strip());
		}
		catch (DateTimeParseException e) {
			throw new ErrorDominio("FECHA_INVALIDA", "Escriba la fecha como día, mes y año.");
		}
	}

	private static String recortar(String texto, int maximo) {
		String t = texto.strip();
		return t.length() > maximo ? t.substring(0, maximo) : t;
	}

	private static List<String> lineas(String texto) {
		return texto.lines().map(String::strip).filter(l -> !l.isEmpty()).limit(20).toList();
	}

	static SeguimientoMapaRiesgos.@Nullable Registro registro(ServicioRiesgos.Seguimiento s, String codigo) {
		return s.seguimiento().registros().get(codigo);
	}

}
