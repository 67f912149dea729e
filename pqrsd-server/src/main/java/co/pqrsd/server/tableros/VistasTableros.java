package co.pqrsd.server.tableros;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import co.pqrsd.core.plan.SemaforoPlan;
import co.pqrsd.core.pqrsd.Canal;
import co.pqrsd.core.pqrsd.Etiqueta;
import co.pqrsd.core.riesgos.ZonaRiesgo;
import co.pqrsd.core.terminos.Semaforo;
import co.pqrsd.server.comun.Fechas;
import co.pqrsd.server.plan.TableroPlan;
import co.pqrsd.server.pqrsd.EstadisticasPqrsd;
import co.pqrsd.server.radicacion.EstadisticasRadicacion;
import co.pqrsd.server.riesgos.MapaRiesgos;
import co.pqrsd.server.tableros.Graficos.Barra;
import co.pqrsd.server.tableros.Graficos.CeldaVista;
import co.pqrsd.server.tableros.Graficos.GraficoBarras;
import co.pqrsd.server.tableros.Graficos.MapaCalorVista;
import co.pqrsd.server.tableros.Graficos.Tabla;
import co.pqrsd.server.tableros.Graficos.VistaDashlet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns a dashlet's figures into what its view draws: charts with their text, tables and
 * heat maps. Every colour comes with its label in words (WCAG 1.4.1); the text colours
 * are checked against their fills by {@code TablerosContrasteTest}.
 */
@Component
class VistasTableros {

	static final String TEXTO = "#1b1f24";

	static final String BLANCO = "#ffffff";

	static final String AZUL = "#0b4f8a";

	static final String GRIS = "#6b7785";

	/** Plan semáforo fills (domain-rules R-PAAC-6). */
	static final Map<SemaforoPlan, String> SEMAFORO_PLAN = new EnumMap<>(
			Map.of(SemaforoPlan.ROJO, "#a4161a", SemaforoPlan.AMARILLO, "#f2c200", SemaforoPlan.VERDE, "#1e6b30"));

	static final Map<Semaforo.Color, String> SEMAFORO_PQRSD = new EnumMap<>(
			Map.of(Semaforo.Color.VERDE, "#1e6b30", Semaforo.Color.AMARILLO, "#f2c200", Semaforo.Color.ROJO, "#a4161a",
					Semaforo.Color.VENCIDO, "#5c0a0c", Semaforo.Color.SUSPENDIDO, GRIS));

	/** Fill and text colour of each risk zone (the same as the risk map's screens). */
	static final Map<ZonaRiesgo, String[]> ZONAS = new EnumMap<>(Map.of(ZonaRiesgo.BAJO,
			new String[] { "#1e6b30", BLANCO }, ZonaRiesgo.MODERADO, new String[] { "#f2c200", TEXTO }, ZonaRiesgo.ALTO,
			new String[] { "#e07000", TEXTO }, ZonaRiesgo.EXTREMO, new String[] { "#a4161a", BLANCO }));

	private static final Locale ES = Locale.forLanguageTag("es-CO");

	private final MessageSource mensajes;

	private final Fechas fechas;

	VistasTableros(MessageSource mensajes, Fechas fechas) {
		this.mensajes = mensajes;
		this.fechas = fechas;
	}

	private String m(String clave, Object... args) {
		return mensajes.getMessage("tableros." + clave, args, ES);
	}

	String titulo(Dashlet d) {
		return m(d.nombre() + ".titulo");
	}

	VistaDashlet vista(Dashlet d, Object datos, String contexto) {
		return switch (d) {
			case AVANCE_PLAN -> avancePlan((ServicioTableros.DatosAvancePlan) datos, contexto);
			case PLAN_VENCIDAS -> vencidas((ServicioTableros.DatosPlanVencidas) datos, contexto);
			case MAPA_CALOR -> mapaCalor((ServicioTableros.DatosMapaCalor) datos, contexto);
			case PQRSD_SEMAFORO -> semaforo((ServicioTableros.DatosPqrsdSemaforo) datos, contexto);
			case PQRSD_ETIQUETAS -> etiquetas((ServicioTableros.DatosPqrsdEtiquetas) datos);
			case PQRSD_OPORTUNIDAD -> oportunidad((ServicioTableros.DatosPqrsdOportunidad) datos);
			case CORTES -> cortes((ServicioTableros.DatosCortes) datos);
			case RADICADOS -> radicados((ServicioTableros.DatosRadicados) datos, contexto);
		};
	}

	/** The dashlet with a sentence instead of its figures. */
	VistaDashlet aviso(Dashlet d, String mensaje) {
		return new VistaDashlet(d.nombre(), titulo(d), null, List.of(), List.of(), List.of(), List.of(), mensaje, null,
				null);
	}

	private VistaDashlet vista(Dashlet d, @Nullable String subtitulo, List<String> resumen,
			List<GraficoBarras> graficos, List<MapaCalorVista> mapas, List<Tabla> tablas, @Nullable String vacio,
			@Nullable String enlace) {
		return new VistaDashlet(d.nombre(), titulo(d), subtitulo, resumen, graficos, mapas, tablas, vacio, enlace,
				enlace == null ? null : m(d.nombre() + ".enlace"));
	}

	private String semaforoPlan(@Nullable SemaforoPlan s) {
		return s == null ? m("semaforo-plan.NINGUNO") : m("semaforo-plan." + s.name());
	}

	private VistaDashlet avancePlan(ServicioTableros.DatosAvancePlan d, String contexto) {
		TableroPlan.AvancePlan a = d.avance();
		if (a == null) {
			return vista(Dashlet.AVANCE_PLAN,
					m("avance-plan.subtitulo-sin-plan", String.valueOf(d.vigencia()), d.corte()), List.of(), List.of(),
					List.of(), List.of(), m("avance-plan.sin-plan", String.valueOf(d.vigencia())), null);
		}
		List<Barra> barras = new ArrayList<>();
		List<List<String>> filas = new ArrayList<>();
		List<String> claves = new ArrayList<>();
		for (TableroPlan.AvanceComponente c : a.componentes()) {
			String texto = c.texto() == null ? m("avance-plan.sin-exigibles")
					: m("avance-plan.barra", c.texto(), semaforoPlan(c.semaforo()));
			barras.add(new Barra(c.codigo(), c.nombre(), c.porcentaje() == null ? 0 : c.porcentaje().doubleValue(),
					texto, c.semaforo() == null ? GRIS : SEMAFORO_PLAN.get(c.semaforo())));
			filas.add(List.of(c.nombre(), String.valueOf(c.programadas()), String.valueOf(c.cumplidas()),
					c.texto() == null ? "—" : c.texto(), semaforoPlan(c.semaforo())));
			claves.add(c.codigo());
		}
		String anio = String.valueOf(d.vigencia());
		String general = a.porcentaje() == null ? m("avance-plan.general-sin-exigibles")
				: m("avance-plan.general", SemaforoPlan.mostrar(a.porcentaje()), semaforoPlan(a.semaforo()));
		return vista(Dashlet.AVANCE_PLAN,
				m("avance-plan.subtitulo", anio, d.corte(), fechas
					.fecha(a.fechaCorte()), a.publicado() ? m("avance-plan.publicado") : m("avance-plan.en-curso")),
				List.of(general),
				List.of(new GraficoBarras("grafico-avance-plan", m("avance-plan.grafico", anio, d.corte()),
						m("avance-plan.desc"), barras, 100)),
				List.of(),
				List.of(new Tabla("tabla-avance-plan", m("avance-plan.tabla", anio, d.corte()),
						List.of(m("col.componente"), m("col.programadas"), m("col.cumplidas"), m("col.avance"),
								m("col.semaforo")),
						filas, claves, false)),
				null, contexto + "/plan/" + anio + "/cortes/" + d.corte());
	}

	private VistaDashlet vencidas(ServicioTableros.DatosPlanVencidas d, String contexto) {
		List<List<String>> filas = new ArrayList<>();
		List<String> claves = new ArrayList<>();
		for (TableroPlan.ActividadAtrasada a : d.actividades()) {
			String vence = a.vencimientos().isEmpty() ? "—"
					: fechas.fecha(a.vencimientos().get(a.vencimientos().size() - 1));
			filas.add(List.of(a.codigo() + " " + a.descripcion(), a.responsable(), vence,
					a.porcentaje() == null ? "—" : SemaforoPlan.mostrar(a.porcentaje())));
			claves.add(a.codigo());
		}
		String anio = String.valueOf(d.vigencia());
		return vista(Dashlet.PLAN_VENCIDAS,
				m(d.soloMisDependencias() ? "plan-vencidas.subtitulo-dependencias" : "plan-vencidas.subtitulo", anio,
						d.corte()),
				List.of(m("plan-vencidas.total", d.actividades().size())), List.of(), List.of(),
				d.actividades().isEmpty() ? List.of()
						: List.of(new Tabla("tabla-plan-vencidas", m("plan-vencidas.tabla", anio, d.corte()),
								List.of(m("col.actividad"), m("col.responsable"), m("col.vence"), m("col.avance")),
								filas, claves, true)),
				d.actividades().isEmpty() ? m("plan-vencidas.ninguna") : null,
				d.actividades().isEmpty() ? null : contexto + "/plan/" + anio + "/cortes/" + d.corte());
	}

	private VistaDashlet mapaCalor(ServicioTableros.DatosMapaCalor d, String contexto) {
		String anio = String.valueOf(d.vigencia());
		List<MapaCalorVista> mapas = new ArrayList<>();
		List<Tabla> tablas = new ArrayList<>();
		for (boolean residual : List.of(false, true)) {
			String tipo = residual ? "residual" : "inherente";
			List<List<CeldaVista>> filas = new ArrayList<>();
			List<List<String>> filasTabla = new ArrayList<>();
			List<String> claves = new ArrayList<>();
			for (List<MapaRiesgos.Celda> fila : d.mapa().filas()) {
				List<CeldaVista> celdas = new ArrayList<>();
				List<String> textos = new ArrayList<>();
				textos.add(fila.get(0).probabilidadNombre());
				for (MapaRiesgos.Celda c : fila) {
					int n = c.cantidad(residual);
					String[] color = ZONAS.get(c.zona());
					String enlace = contexto + "/riesgos?vigencia=" + anio + "&probabilidad=" + c.probabilidad()
							+ "&impacto=" + c.impacto() + "&tipo=" + tipo;
					celdas.add(new CeldaVista(c, n, color[0], color[1], enlace,
							m("mapa-calor.celda", c.probabilidadNombre(), c.impactoNombre(), c.zona().etiqueta(), n)));
					textos.add(m("mapa-calor.celda-tabla", n, c.zona().etiqueta()));
				}
				filas.add(celdas);
				filasTabla.add(textos);
				claves.add(fila.get(0).probabilidad());
			}
			List<String> impactos = d.mapa().filas().get(0).stream().map(MapaRiesgos.Celda::impactoNombre).toList();
			mapas.add(new MapaCalorVista("calor-" + tipo, m("mapa-calor.grafico-" + tipo, anio), m("mapa-calor.desc"),
					residual, filas, impactos));
			List<String> encabezados = new ArrayList<>();
			encabezados.add(m("mapa-calor.probabilidad-impacto"));
			encabezados.addAll(impactos);
			tablas.add(new Tabla("tabla-calor-" + tipo, m("mapa-calor.tabla-" + tipo, anio), encabezados, filasTabla,
					claves, false));
		}
		List<String> resumen = new ArrayList<>();
		resumen.add(m("mapa-calor.por-zona-inherente", porZona(d.mapa().porZonaInherente())));
		resumen.add(m("mapa-calor.por-zona-residual", porZona(d.mapa().porZonaResidual())));
		if (!d.mapa().sinEvaluar().isEmpty()) {
			resumen.add(m("mapa-calor.sin-evaluar", d.mapa().sinEvaluar().size()));
		}
		return vista(Dashlet.MAPA_CALOR, m("mapa-calor.subtitulo", anio, d.mapa().metodologia()), resumen, List.of(),
				mapas, tablas, null, contexto + "/riesgos/mapa-calor?vigencia=" + anio);
	}

	private static String porZona(Map<ZonaRiesgo, Integer> zonas) {
		List<String> partes = new ArrayList<>();
		zonas.forEach((z, n) -> partes.add(z.etiqueta() + " " + n));
		return String.join(" · ", partes);
	}

	private VistaDashlet semaforo(ServicioTableros.DatosPqrsdSemaforo d, String contexto) {
		List<Barra> barras = new ArrayList<>();
		List<List<String>> filas = new ArrayList<>();
		List<String> claves = new ArrayList<>();
		d.porSemaforo().forEach((c, n) -> {
			String nombre = m("semaforo-pqrsd." + c.name());
			barras.add(new Barra(c.name(), nombre, n, String.valueOf(n), SEMAFORO_PQRSD.get(c)));
			filas.add(List.of(nombre, String.valueOf(n)));
			claves.add(c.name());
		});
		return vista(Dashlet.PQRSD_SEMAFORO, m("alcance." + d.alcance()), List.of(m("pqrsd-semaforo.total", d.total())),
				List.of(new GraficoBarras(
						"grafico-pqrsd-semaforo", m("pqrsd-semaforo.grafico"), m("pqrsd-semaforo.desc"), barras, 0)),
				List.of(),
				List.of(new Tabla("tabla-pqrsd-semaforo", m("pqrsd-semaforo.tabla"),
						List.of(m("col.semaforo"), m("col.casos")), filas, claves, false)),
				null, contexto + "/pqrsd/bandeja");
	}

	private GraficoBarras barrasDe(String id, String titulo, String desc, Map<String, Long> valores,
			java.util.function.Function<String, String> nombre) {
		List<Barra> barras = new ArrayList<>();
		valores.forEach((k, n) -> barras.add(new Barra(k, nombre.apply(k), n, String.valueOf(n), AZUL)));
		return new GraficoBarras(id, titulo, desc, barras, 0);
	}

	private static String etiqueta(String codigo) {
		try {
			return Etiqueta.valueOf(codigo).nombre();
		}
		catch (IllegalArgumentException e) {
			return codigo;
		}
	}

	private static String canal(String codigo) {
		try {
			return Canal.valueOf(codigo).nombre();
		}
		catch (IllegalArgumentException e) {
			return codigo;
		}
	}

	private VistaDashlet etiquetas(ServicioTableros.DatosPqrsdEtiquetas d) {
		String periodo = m("periodo", fechas.fecha(d.desde()), fechas.fecha(d.hasta()));
		long total = d.porEtiqueta().values().stream().mapToLong(Long::longValue).sum();
		List<GraficoBarras> graficos = List.of(
				barrasDe("grafico-pqrsd-etiqueta", m("pqrsd-etiquetas.grafico-etiqueta", periodo),
						m("pqrsd-etiquetas.desc"), d.porEtiqueta(), VistasTableros::etiqueta),
				barrasDe("grafico-pqrsd-canal", m("pqrsd-etiquetas.grafico-canal", periodo), m("pqrsd-etiquetas.desc"),
						d.porCanal(), VistasTableros::canal),
				barrasDe("grafico-pqrsd-dependencia", m("pqrsd-etiquetas.grafico-dependencia", periodo),
						m("pqrsd-etiquetas.desc"), d.porDependencia(), k -> k));
		List<List<String>> filas = new ArrayList<>();
		List<String> claves = new ArrayList<>();
		for (EstadisticasPqrsd.FilaMes f : d.filas()) {
			filas.add(List.of(f.mes(), etiqueta(f.etiqueta()), canal(f.canal()), f.dependencia(),
					String.valueOf(f.cantidad())));
			claves.add(f.mes() + "/" + f.etiqueta() + "/" + f.canal() + "/" + f.dependencia());
		}
		return vista(Dashlet.PQRSD_ETIQUETAS, m("alcance." + d.alcance()) + " · " + periodo,
				List.of(m("pqrsd-etiquetas.total", total)), total == 0 ? List.of() : graficos, List.of(),
				total == 0 ? List.of()
						: List.of(new Tabla("tabla-pqrsd-etiquetas", m("pqrsd-etiquetas.tabla", periodo),
								List.of(m("col.mes"), m("col.etiqueta"), m("col.canal"), m("col.dependencia"),
										m("col.casos")),
								filas, claves, false)),
				total == 0 ? m("pqrsd-etiquetas.ninguna") : null, null);
	}

	private VistaDashlet oportunidad(ServicioTableros.DatosPqrsdOportunidad d) {
		String periodo = m("periodo", fechas.fecha(d.desde()), fechas.fecha(d.hasta()));
		List<Barra> barras = new ArrayList<>();
		List<List<String>> filas = new ArrayList<>();
		List<String> claves = new ArrayList<>();
		for (ServicioTableros.OportunidadDependencia o : d.dependencias()) {
			String pct = porcentaje(o.porcentaje());
			barras.add(new Barra(o.dependencia(), o.nombre(), o.porcentaje() == null ? 0 : o.porcentaje().doubleValue(),
					m("pqrsd-oportunidad.barra", pct, o.oportunas(), o.respondidas()), AZUL));
			filas.add(List.of(o.nombre(), String.valueOf(o.respondidas()), String.valueOf(o.oportunas()), pct));
			claves.add(o.dependencia());
		}
		return vista(Dashlet.PQRSD_OPORTUNIDAD, m("alcance." + d.alcance()) + " · " + periodo,
				List.of(m("pqrsd-oportunidad.total", porcentaje(d.porcentaje()), d.oportunas(), d.respondidas())),
				barras.isEmpty() ? List.of()
						: List.of(new GraficoBarras("grafico-pqrsd-oportunidad",
								m("pqrsd-oportunidad.grafico", periodo), m("pqrsd-oportunidad.desc"), barras, 100)),
				List.of(),
				barras.isEmpty() ? List.of()
						: List.of(new Tabla("tabla-pqrsd-oportunidad", m("pqrsd-oportunidad.tabla", periodo),
								List.of(m("col.dependencia"), m("col.respondidas"), m("col.oportunas"),
										m("col.porcentaje")),
								filas, claves, false)),
				barras.isEmpty() ? m("pqrsd-oportunidad.ninguna") : null, null);
	}

	private String porcentaje(@Nullable BigDecimal p) {
		return p == null ? "—" : p.toPlainString().replace('.', ',') + " %";
	}

	private VistaDashlet cortes(ServicioTableros.DatosCortes d) {
		List<List<String>> filas = new ArrayList<>();
		List<String> claves = new ArrayList<>();
		for (TableroPlan.CorteProximo c : d.cortes()) {
			String estado = c.publicado() ? m("cortes.publicado")
					: c.hayPlan() ? m("cortes.pendiente") : m("cortes.sin-plan");
			filas.add(List.of(m("cortes.nombre", c.numero(), String.valueOf(c.vigencia())), fechas.fecha(c.fecha()),
					fechas.fecha(c.limitePublicacion()), estado));
			claves.add(c.vigencia() + "/" + c.numero());
		}
		List<String> resumen = d.cortes().isEmpty() ? List.of()
				: List.of(m("cortes.proximo", fechas.fecha(d.cortes().get(0).limitePublicacion()),
						d.cortes().get(0).numero(), String.valueOf(d.cortes().get(0).vigencia())));
		return vista(Dashlet.CORTES, m("cortes.subtitulo"), resumen, List.of(), List.of(),
				List.of(new Tabla("tabla-cortes", m("cortes.tabla"),
						List.of(m("col.seguimiento"), m("col.corte"), m("col.limite"), m("col.estado")), filas, claves,
						true)),
				null, null);
	}

	private VistaDashlet radicados(ServicioTableros.DatosRadicados d, String contexto) {
		String periodo = m("periodo", fechas.fecha(d.desde()), fechas.fecha(d.hasta()));
		Map<String, Map<String, Long>> porDia = new java.util.TreeMap<>();
		for (EstadisticasRadicacion.FilaDia f : d.filas()) {
			porDia.computeIfAbsent(f.dia().toString(), k -> new java.util.HashMap<>()).put(f.tipo(), f.cantidad());
		}
		List<Barra> barras = new ArrayList<>();
		List<List<String>> filas = new ArrayList<>();
		List<String> claves = new ArrayList<>();
		for (var e : porDia.entrySet()) {
			Map<String, Long> t = e.getValue();
			long entrada = t.getOrDefault("ENTRADA", 0L);
			long salida = t.getOrDefault("SALIDA", 0L);
			long interna = t.getOrDefault("INTERNA", 0L);
			long total = entrada + salida + interna;
			String dia = fechas.fecha(java.time.LocalDate.parse(e.getKey()));
			barras.add(new Barra(e.getKey(), dia, total, m("radicados.barra", total, entrada, salida, interna), AZUL));
			filas.add(List.of(dia, String.valueOf(entrada), String.valueOf(salida), String.valueOf(interna),
					String.valueOf(total)));
			claves.add(e.getKey());
		}
		return vista(Dashlet.RADICADOS, periodo,
				List.of(m("radicados.total", d.total(), d.porTipo().get("ENTRADA"), d.porTipo().get("SALIDA"),
						d.porTipo().get("INTERNA"))),
				barras.isEmpty() ? List.of()
						: List.of(new GraficoBarras("grafico-radicados", m("radicados.grafico", periodo),
								m("radicados.desc"), barras, 0)),
				List.of(),
				barras.isEmpty() ? List.of()
						: List.of(new Tabla("tabla-radicados", m("radicados.tabla", periodo),
								List.of(m("col.dia"), m("col.entrada"), m("col.salida"), m("col.interna"),
										m("col.total")),
								filas, claves, false)),
				barras.isEmpty() ? m("radicados.ninguno") : null, contexto + "/radicacion");
	}

}
