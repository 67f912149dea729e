package co.pqrsd.server.tableros;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.core.terminos.Semaforo;
import co.pqrsd.server.comun.NoEncontrado;
import co.pqrsd.server.plan.TableroPlan;
import co.pqrsd.server.pqrsd.EstadisticasPqrsd;
import co.pqrsd.server.radicacion.EstadisticasRadicacion;
import co.pqrsd.server.riesgos.MapaRiesgos;
import co.pqrsd.server.seguridad.Dependencia;
import co.pqrsd.server.seguridad.Dependencias;
import co.pqrsd.server.seguridad.Rol;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import co.pqrsd.server.terminos.TerminosEntidad;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Each dashlet's figures for a user, from the modules' read facades. Refuses an unknown
 * dashlet (404) and one the user's roles may not see (403, as the app does elsewhere).
 */
@Service
class ServicioTableros {

	/** The query parameters of a dashlet, defaults filled. */
	record Parametros(int vigencia, int corte, LocalDate desde, LocalDate hasta) {
	}

	record DatosAvancePlan(int vigencia, int corte, TableroPlan.@Nullable AvancePlan avance) {
	}

	record DatosPlanVencidas(int vigencia, int corte, boolean soloMisDependencias,
			List<TableroPlan.ActividadAtrasada> actividades) {
	}

	record DatosMapaCalor(int vigencia, MapaRiesgos.HeatMap mapa) {
	}

	/**
	 * @param alcance ENTIDAD, DEPENDENCIAS or PROPIAS
	 */
	record DatosPqrsdSemaforo(String alcance, Map<Semaforo.Color, Long> porSemaforo, long total) {
	}

	record DatosPqrsdEtiquetas(String alcance, LocalDate desde, LocalDate hasta, List<EstadisticasPqrsd.FilaMes> filas,
			Map<String, Long> porEtiqueta, Map<String, Long> porCanal, Map<String, Long> porDependencia) {
	}

	record OportunidadDependencia(String dependencia, String nombre, long respondidas, long oportunas,
			@Nullable BigDecimal porcentaje) {
	}

	record DatosPqrsdOportunidad(String alcance, LocalDate desde, LocalDate hasta,
			List<OportunidadDependencia> dependencias, long respondidas, long oportunas,
			@Nullable BigDecimal porcentaje) {
	}

	record DatosCortes(LocalDate hoy, List<TableroPlan.CorteProximo> cortes) {
	}

	record DatosRadicados(LocalDate desde, LocalDate hasta, List<EstadisticasRadicacion.FilaDia> filas,
			Map<String, Long> porTipo, long total) {
	}

	private final TableroPlan plan;

	private final MapaRiesgos riesgos;

	private final EstadisticasPqrsd pqrsd;

	private final EstadisticasRadicacion radicacion;

	private final Dependencias dependencias;

	private final TerminosEntidad terminos;

	ServicioTableros(TableroPlan plan, MapaRiesgos riesgos, EstadisticasPqrsd pqrsd, EstadisticasRadicacion radicacion,
			Dependencias dependencias, TerminosEntidad terminos) {
		this.plan = plan;
		this.riesgos = riesgos;
		this.pqrsd = pqrsd;
		this.radicacion = radicacion;
		this.dependencias = dependencias;
		this.terminos = terminos;
	}

	/**
	 * @throws NoEncontrado {@code DASHLET_DESCONOCIDO}
	 * @throws AccessDeniedException when the user's roles may not see it
	 */
	Dashlet dashlet(String nombre, UsuarioAutenticado u) {
		Dashlet d = Dashlet.porNombre(nombre)
			.orElseThrow(() -> new NoEncontrado("DASHLET_DESCONOCIDO", "No existe el tablero «" + nombre + "».",
					Map.of("nombre", nombre)));
		if (!d.permitido(u)) {
			throw new AccessDeniedException("dashlet " + nombre);
		}
		return d;
	}

	/**
	 * @param vigencia {@code null} for the current year
	 * @param corte {@code null} for the cut in progress
	 * @param meses months of PQRSD figures back from today, {@code null} for 12
	 * @param dias days of radicados back from today, used when the dashlet is
	 * {@code radicados}; {@code null} for 14
	 * @throws ErrorDominio {@code TABLERO_PARAMETRO_INVALIDO}
	 */
	Parametros parametros(Dashlet d, @Nullable Integer vigencia, @Nullable Integer corte, @Nullable Integer meses,
			@Nullable Integer dias) {
		LocalDate hoy = terminos.hoy();
		int v = vigencia == null ? hoy.getYear() : vigencia;
		if (v < 2000 || v > 2100) {
			throw invalido("La vigencia debe estar entre 2000 y 2100.");
		}
		if (corte != null && (corte < 1 || corte > 3)) {
			// Decreto 1081 de 2015 / Estrategias PAAC v2: three follow-up cuts a year.
			throw invalido("El corte debe ser 1, 2 o 3.");
		}
		if (meses != null && (meses < 1 || meses > 36)) {
			throw invalido("Los meses deben estar entre 1 y 36.");
		}
		if (dias != null && (dias < 1 || dias > 62)) {
			throw invalido("Los días deben estar entre 1 y 62.");
		}
		int c = corte != null ? corte : plan.corteActual(v);
		LocalDate desde;
		if (d == Dashlet.RADICADOS) {
			desde = hoy.minusDays((dias == null ? 14 : dias) - 1L);
		}
		else {
			desde = hoy.withDayOfMonth(1).minusMonths((meses == null ? 12 : meses) - 1L);
		}
		return new Parametros(v, c, desde, hoy);
	}

	private static ErrorDominio invalido(String mensaje) {
		return new ErrorDominio("TABLERO_PARAMETRO_INVALIDO", mensaje);
	}

	/**
	 * @return the dashlet's figures for the user (a record per dashlet).
	 */
	Object datos(Dashlet d, UsuarioAutenticado u, Parametros p) {
		EstadisticasPqrsd.Alcance alcance = EstadisticasPqrsd.Alcance.de(u);
		String nombreAlcance = alcance.entidad() ? "ENTIDAD"
				: alcance.dependencias().isEmpty() ? "PROPIAS" : "DEPENDENCIAS";
		return switch (d) {
			case AVANCE_PLAN ->
				new DatosAvancePlan(p.vigencia(), p.corte(), plan.avance(p.vigencia(), p.corte()).orElse(null));
			case PLAN_VENCIDAS -> vencidas(u, p);
			case MAPA_CALOR -> new DatosMapaCalor(p.vigencia(), riesgos.mapaCalor(p.vigencia(), null));
			case PQRSD_SEMAFORO -> {
				Map<Semaforo.Color, Long> s = pqrsd.porSemaforo(alcance);
				yield new DatosPqrsdSemaforo(nombreAlcance, s, s.values().stream().mapToLong(Long::longValue).sum());
			}
			case PQRSD_ETIQUETAS -> {
				List<EstadisticasPqrsd.FilaMes> filas = pqrsd.porMes(alcance, p.desde(), p.hasta());
				yield new DatosPqrsdEtiquetas(nombreAlcance, p.desde(), p.hasta(), filas,
						sumar(filas, EstadisticasPqrsd.FilaMes::etiqueta),
						sumar(filas, EstadisticasPqrsd.FilaMes::canal),
						sumar(filas, EstadisticasPqrsd.FilaMes::dependencia));
			}
			case PQRSD_OPORTUNIDAD -> oportunidad(alcance, nombreAlcance, p);
			case CORTES -> new DatosCortes(terminos.hoy(), plan.proximosCortes(6));
			case RADICADOS -> {
				List<EstadisticasRadicacion.FilaDia> filas = radicacion.porDia(u, p.desde(), p.hasta());
				Map<String, Long> porTipo = new LinkedHashMap<>();
				for (String t : List.of("ENTRADA", "SALIDA", "INTERNA")) {
					porTipo.put(t, 0L);
				}
				filas.forEach(f -> porTipo.merge(f.tipo(), f.cantidad(), Long::sum));
				yield new DatosRadicados(p.desde(), p.hasta(), filas, porTipo,
						porTipo.values().stream().mapToLong(Long::longValue).sum());
			}
		};
	}

	private DatosPlanVencidas vencidas(UsuarioAutenticado u, Parametros p) {
		List<TableroPlan.ActividadAtrasada> todas = plan.atrasadas(p.vigencia(), p.corte());
		if (u.tiene(Rol.ADMIN) || u.tiene(Rol.CONTROL_INTERNO)) {
			return new DatosPlanVencidas(p.vigencia(), p.corte(), false, todas);
		}
		// A jefe sees the activities his dependencias answer for (responsable is the
		// dependencia's name as the plan writes it).
		Set<String> nombres = u.codigosDependencias()
			.stream()
			.map(dependencias::buscar)
			.flatMap(java.util.Optional::stream)
			.map(Dependencia::nombre)
			.map(ServicioTableros::normalizar)
			.collect(Collectors.toSet());
		List<TableroPlan.ActividadAtrasada> mias = todas.stream().filter(a -> {
			String r = normalizar(a.responsable());
			return nombres.stream().anyMatch(r::contains);
		}).toList();
		return new DatosPlanVencidas(p.vigencia(), p.corte(), true, mias);
	}

	static String normalizar(String texto) {
		return Normalizer.normalize(texto, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.strip();
	}

	private DatosPqrsdOportunidad oportunidad(EstadisticasPqrsd.Alcance alcance, String nombreAlcance, Parametros p) {
		List<EstadisticasPqrsd.Oportunidad> filas = pqrsd.oportunidad(alcance, p.desde(), p.hasta());
		long respondidas = filas.stream().mapToLong(EstadisticasPqrsd.Oportunidad::respondidas).sum();
		long oportunas = filas.stream().mapToLong(EstadisticasPqrsd.Oportunidad::oportunas).sum();
		List<OportunidadDependencia> deps = filas.stream()
			.map(f -> new OportunidadDependencia(f.dependencia(), nombreDependencia(f.dependencia()), f.respondidas(),
					f.oportunas(), f.porcentaje()))
			.toList();
		return new DatosPqrsdOportunidad(nombreAlcance, p.desde(), p.hasta(), deps, respondidas, oportunas,
				respondidas == 0 ? null : BigDecimal.valueOf(oportunas * 100)
					.divide(BigDecimal.valueOf(respondidas), 1, java.math.RoundingMode.DOWN));
	}

	String nombreDependencia(String codigo) {
		return dependencias.buscar(codigo).map(Dependencia::nombre).orElse(codigo);
	}

	private static Map<String, Long> sumar(List<EstadisticasPqrsd.FilaMes> filas,
			Function<EstadisticasPqrsd.FilaMes, String> clave) {
		return new LinkedHashMap<>(filas.stream()
			.collect(Collectors.groupingBy(clave, TreeMap::new,
					Collectors.summingLong(EstadisticasPqrsd.FilaMes::cantidad))));
	}

}
