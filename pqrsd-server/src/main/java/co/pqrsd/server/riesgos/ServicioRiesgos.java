package co.pqrsd.server.riesgos;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.pqrsd.core.comun.Colombia;
import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.core.plan.Corte;
import co.pqrsd.core.plan.CortesSeguimiento;
import co.pqrsd.core.riesgos.AccionTratamiento;
import co.pqrsd.core.riesgos.Control;
import co.pqrsd.core.riesgos.CriterioProbabilidad;
import co.pqrsd.core.riesgos.EvaluacionRiesgo;
import co.pqrsd.core.riesgos.ImpactoCuestionario;
import co.pqrsd.core.riesgos.Materializacion;
import co.pqrsd.core.riesgos.Metodologia;
import co.pqrsd.core.riesgos.Metodologias;
import co.pqrsd.core.riesgos.NivelRiesgo;
import co.pqrsd.core.riesgos.OpcionTratamiento;
import co.pqrsd.core.riesgos.RedaccionRiesgo;
import co.pqrsd.core.riesgos.Riesgo;
import co.pqrsd.core.riesgos.SeguimientoMapaRiesgos;
import co.pqrsd.core.riesgos.TipoRiesgo;
import co.pqrsd.server.auditoria.AccionAuditoria;
import co.pqrsd.server.auditoria.Auditoria;
import co.pqrsd.server.comun.Conflicto;
import co.pqrsd.server.comun.NoEncontrado;
import co.pqrsd.server.seguridad.Dependencias;
import co.pqrsd.server.seguridad.Directorio;
import co.pqrsd.server.seguridad.Rol;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import co.pqrsd.server.terminos.TerminosEntidad;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The risk map's use cases: load, check the actor, call the core, store and audit in one
 * transaction. ADMIN and CONTROL_INTERNO manage the map and observe; the jefe of the
 * proceso's dependencia records the monitoring (first line, domain-rules.md R-RSK-12);
 * every authenticated user reads.
 */
@Service
class ServicioRiesgos {

	private static final String OBJETO = "RIESGO";

	private final RiesgoRepository repositorio;

	private final Auditoria auditoria;

	private final Directorio directorio;

	private final Dependencias dependencias;

	private final TerminosEntidad terminos;

	private final Clock reloj;

	ServicioRiesgos(RiesgoRepository repositorio, Auditoria auditoria, Directorio directorio, Dependencias dependencias,
			TerminosEntidad terminos, Clock reloj) {
		this.repositorio = repositorio;
		this.auditoria = auditoria;
		this.directorio = directorio;
		this.dependencias = dependencias;
		this.terminos = terminos;
		this.reloj = reloj;
	}

	/** The identification of a risk: proceso, causes, wording and consequences. */
	record Identificacion(@Nullable String codigo, String proceso, @Nullable String dependencia, TipoRiesgo tipo,
			List<String> causas, RedaccionRiesgo redaccion, List<String> consecuencias) {
	}

	@Transactional
	FilaRiesgo crear(int vigencia, Identificacion datos, UsuarioAutenticado yo) {
		exigirGestion(yo);
		exigirDependencia(datos.dependencia());
		String codigo = datos.codigo() == null || datos.codigo().isBlank() ? siguienteCodigo(vigencia)
				: datos.codigo().strip();
		Riesgo riesgo = Riesgo.identificar(codigo, datos.proceso().strip(), datos.tipo(), limpiar(datos.causas()),
				datos.redaccion(), limpiar(datos.consecuencias()));
		long id = repositorio.insertar(vigencia, datos.dependencia(), riesgo, ahora())
			.orElseThrow(() -> codigoRepetido(vigencia, codigo));
		auditoria.registrar(AccionAuditoria.RIESGO_IDENTIFICADO, OBJETO, String.valueOf(id),
				Map.of("vigencia", vigencia, "codigo", codigo, "proceso", riesgo.proceso(), "tipo", riesgo.tipo()));
		return obtener(id);
	}

	@Transactional
	FilaRiesgo actualizar(long id, Identificacion datos, UsuarioAutenticado yo) {
		exigirGestion(yo);
		exigirDependencia(datos.dependencia());
		FilaRiesgo fila = bloquear(id);
		Riesgo actual = fila.riesgo();
		String codigo = datos.codigo() == null || datos.codigo().isBlank() ? actual.codigo() : datos.codigo().strip();
		if (!codigo.equals(actual.codigo()) && repositorio.existeCodigo(fila.vigencia(), codigo)) {
			throw codigoRepetido(fila.vigencia(), codigo);
		}
		if (datos.tipo() != actual.tipo() && actual.evaluacion() != null) {
			throw new Conflicto("RIESGO_TIPO_EVALUADO", "El riesgo ya fue evaluado como "
					+ actual.tipo().name().toLowerCase() + ": no se puede cambiar su tipo.",
					Map.of("tipo", actual.tipo().name()));
		}
		Riesgo identificado = Riesgo.identificar(codigo, datos.proceso().strip(), datos.tipo(), limpiar(datos.causas()),
				datos.redaccion(), limpiar(datos.consecuencias()));
		Riesgo nuevo = new Riesgo(codigo, identificado.proceso(), identificado.tipo(), identificado.causas(),
				identificado.redaccion(), identificado.consecuencias(), actual.evaluacion(), actual.tratamiento(),
				actual.materializaciones(), actual.requiereReevaluacion());
		repositorio.actualizar(new FilaRiesgo(id, fila.vigencia(), datos.dependencia(), nuevo, fila.controles(),
				fila.entrada(), fila.informes()), ahora());
		auditoria.registrar(AccionAuditoria.RIESGO_MODIFICADO, OBJETO, String.valueOf(id),
				Map.of("codigo", codigo, "proceso", nuevo.proceso()));
		return obtener(id);
	}

	@Transactional
	void eliminar(long id, UsuarioAutenticado yo) {
		exigirGestion(yo);
		FilaRiesgo fila = bloquear(id);
		if (repositorio.tieneSeguimientoPublicado(id)) {
			throw new Conflicto("RIESGO_CON_SEGUIMIENTO_PUBLICADO",
					"El riesgo " + fila.riesgo().codigo()
							+ " figura en un seguimiento publicado por Control Interno: no se puede eliminar.",
					Map.of("codigo", fila.riesgo().codigo()));
		}
		repositorio.eliminar(id);
		auditoria.registrar(AccionAuditoria.RIESGO_ELIMINADO, OBJETO, String.valueOf(id),
				Map.of("vigencia", fila.vigencia(), "codigo", fila.riesgo().codigo()));
	}

	@Transactional(readOnly = true)
	FilaRiesgo obtener(long id) {
		return repositorio.buscar(id).orElseThrow(() -> noEncontrado(id));
	}

	@Transactional(readOnly = true)
	List<FilaRiesgo> listar(int vigencia) {
		return repositorio.deVigencia(vigencia);
	}

	/** The evaluation's inputs as the user sends them. */
	record DatosEvaluacion(@Nullable String metodologia, @Nullable Integer frecuenciaAnual,
			@Nullable String probabilidad, @Nullable List<Boolean> respuestas, @Nullable String impacto) {
	}

	/**
	 * Evaluates the risk with the stored controls, on the methodology of its vigencia
	 * unless another is named; a materialized risk is thereby re-evaluated (R-RSK-15).
	 */
	@Transactional
	FilaRiesgo evaluar(long id, DatosEvaluacion datos, UsuarioAutenticado yo) {
		exigirGestion(yo);
		FilaRiesgo fila = bloquear(id);
		Metodologia metodologia = datos.metodologia() == null || datos.metodologia().isBlank()
				? Metodologias.porVigencia(fila.vigencia()) : Metodologias.porId(datos.metodologia());
		EntradaEvaluacion entrada = new EntradaEvaluacion(metodologia.id(), datos.frecuenciaAnual(),
				datos.probabilidad(), datos.respuestas() == null ? List.of() : datos.respuestas(), datos.impacto());
		EvaluacionRiesgo evaluacion = evaluacion(fila.riesgo().tipo(), entrada, fila.controles());
		Riesgo nuevo = fila.riesgo().evaluar(evaluacion, metodologia);
		repositorio.actualizar(new FilaRiesgo(id, fila.vigencia(), fila.dependencia(), nuevo, fila.controles(), entrada,
				fila.informes()), ahora());
		Map<String, Object> detalles = new LinkedHashMap<>();
		detalles.put("metodologia", metodologia.id());
		detalles.put("probabilidad", evaluacion.probabilidad().codigo());
		detalles.put("impacto", evaluacion.impacto().codigo());
		detalles.put("zonaInherente", evaluacion.zonaInherente());
		detalles.put("zonaResidual", evaluacion.zonaResidual());
		if (entrada.frecuenciaAnual() != null) {
			detalles.put("frecuenciaAnual", entrada.frecuenciaAnual());
		}
		auditoria.registrar(AccionAuditoria.RIESGO_EVALUADO, OBJETO, String.valueOf(id), detalles);
		return obtener(id);
	}

	@Transactional
	FilaRiesgo agregarControl(long id, Control control, UsuarioAutenticado yo) {
		exigirGestion(yo);
		FilaRiesgo fila = bloquear(id);
		List<Control> controles = new ArrayList<>(fila.controles());
		controles.add(control);
		guardarControles(fila, controles);
		auditoria.registrar(AccionAuditoria.RIESGO_CONTROL_AGREGADO, OBJETO, String.valueOf(id),
				Map.of("control", control.descripcion(), "tipo", control.tipo(), "implementacion",
						control.implementacion(), "posicion", controles.size()));
		return obtener(id);
	}

	@Transactional
	FilaRiesgo retirarControl(long id, int posicion, UsuarioAutenticado yo) {
		exigirGestion(yo);
		FilaRiesgo fila = bloquear(id);
		if (posicion < 1 || posicion > fila.controles().size()) {
			throw new NoEncontrado("CONTROL_NO_ENCONTRADO",
					"El riesgo " + fila.riesgo().codigo() + " no tiene un control en la posición " + posicion + ".",
					Map.of("posicion", posicion));
		}
		List<Control> controles = new ArrayList<>(fila.controles());
		Control retirado = controles.remove(posicion - 1);
		guardarControles(fila, controles);
		auditoria.registrar(AccionAuditoria.RIESGO_CONTROL_RETIRADO, OBJETO, String.valueOf(id),
				Map.of("control", retirado.descripcion(), "posicion", posicion));
		return obtener(id);
	}

	/**
	 * Stores the controls and, when the risk is evaluated, its residual values computed
	 * again with them; a materialized risk stays flagged until it is evaluated on
	 * purpose.
	 */
	private void guardarControles(FilaRiesgo fila, List<Control> controles) {
		Riesgo riesgo = fila.riesgo();
		EntradaEvaluacion entrada = fila.entrada();
		if (entrada != null && riesgo.evaluacion() != null) {
			Metodologia metodologia = Metodologias.porId(entrada.metodologia());
			Riesgo evaluado = riesgo.evaluar(evaluacion(riesgo.tipo(), entrada, controles), metodologia);
			riesgo = new Riesgo(evaluado.codigo(), evaluado.proceso(), evaluado.tipo(), evaluado.causas(),
					evaluado.redaccion(), evaluado.consecuencias(), evaluado.evaluacion(), evaluado.tratamiento(),
					evaluado.materializaciones(), fila.riesgo().requiereReevaluacion());
		}
		else if (!controles.isEmpty()) {
			Metodologias.porVigencia(fila.vigencia()).peso(controles.get(controles.size() - 1));
		}
		repositorio.actualizar(new FilaRiesgo(fila.id(), fila.vigencia(), fila.dependencia(), riesgo, controles,
				entrada, fila.informes()), ahora());
	}

	private static EvaluacionRiesgo evaluacion(TipoRiesgo tipo, EntradaEvaluacion entrada, List<Control> controles) {
		Metodologia m = Metodologias.porId(entrada.metodologia());
		NivelRiesgo probabilidad;
		if (m.criterio() == CriterioProbabilidad.FRECUENCIA_ACTIVIDAD) {
			if (entrada.frecuenciaAnual() == null) {
				throw new ErrorDominio("FRECUENCIA_REQUERIDA", "Indique cuántas veces al año se ejecuta la actividad "
						+ "que puede producir el riesgo: el nivel de probabilidad se deriva de esa frecuencia.");
			}
			probabilidad = m.probabilidadPorFrecuencia(entrada.frecuenciaAnual());
		}
		else {
			if (entrada.probabilidad() == null || entrada.probabilidad().isBlank()) {
				throw new ErrorDominio("PROBABILIDAD_REQUERIDA",
						"En la metodología " + m.nombre() + " elija el nivel de probabilidad.",
						Map.of("metodologia", m.id()));
			}
			probabilidad = m.probabilidad(entrada.probabilidad());
		}
		if (tipo == TipoRiesgo.CORRUPCION) {
			ImpactoCuestionario impacto = m.impactoCorrupcion(entrada.respuestas());
			return m.evaluar(tipo, entrada.frecuenciaAnual(), probabilidad, impacto.nivel(), impacto.explicacion(),
					controles);
		}
		if (entrada.impacto() == null || entrada.impacto().isBlank()) {
			throw new ErrorDominio("IMPACTO_REQUERIDO",
					"Elija el nivel de impacto del riesgo de gestión (el mayor entre el económico y el reputacional).");
		}
		NivelRiesgo impacto = m.impacto(entrada.impacto());
		return m.evaluar(tipo, entrada.frecuenciaAnual(), probabilidad, impacto,
				impacto.nombre() + ": nivel elegido por la entidad.", controles);
	}

	@Transactional
	FilaRiesgo tratar(long id, OpcionTratamiento opcion, List<AccionTratamiento> acciones, UsuarioAutenticado yo) {
		exigirGestion(yo);
		FilaRiesgo fila = bloquear(id);
		EvaluacionRiesgo vigente = fila.riesgo().exigirEvaluacionVigente();
		Riesgo nuevo = fila.riesgo().tratar(Metodologias.porId(vigente.metodologia()), opcion, acciones);
		repositorio.actualizar(fila.con(nuevo), ahora());
		auditoria.registrar(AccionAuditoria.RIESGO_TRATAMIENTO_DEFINIDO, OBJETO, String.valueOf(id),
				Map.of("opcion", opcion, "acciones", acciones.size()));
		return obtener(id);
	}

	/**
	 * Records that the risk materialized and its report to the authority; the risk must
	 * be evaluated again before its treatment or follow-up continue (R-RSK-15).
	 */
	@Transactional
	FilaRiesgo materializar(long id, Materializacion hecho, InformeAutoridad informe, UsuarioAutenticado yo) {
		exigirGestion(yo);
		FilaRiesgo fila = bloquear(id);
		if (hecho.fecha().isAfter(hoy()) || (informe.fecha() != null && informe.fecha().isAfter(hoy()))) {
			throw new ErrorDominio("MATERIALIZACION_FECHA_FUTURA",
					"La fecha del hecho y la del informe no pueden ser posteriores a hoy.",
					Map.of("fecha", hecho.fecha().toString()));
		}
		Riesgo nuevo = fila.riesgo().registrarMaterializacion(hecho);
		List<InformeAutoridad> informes = new ArrayList<>(fila.informes());
		while (informes.size() < fila.riesgo().materializaciones().size()) {
			informes.add(new InformeAutoridad(null, null, null));
		}
		informes.add(informe);
		repositorio.actualizar(new FilaRiesgo(id, fila.vigencia(), fila.dependencia(), nuevo, fila.controles(),
				fila.entrada(), informes), ahora());
		Map<String, Object> detalles = new LinkedHashMap<>();
		detalles.put("fecha", hecho.fecha().toString());
		detalles.put("autoridades", hecho.autoridades().stream().map(Enum::name).sorted().toList());
		if (informe.entidad() != null) {
			detalles.put("entidad", informe.entidad());
		}
		if (hecho.radicadoTraslado() != null) {
			detalles.put("radicado", hecho.radicadoTraslado());
		}
		auditoria.registrar(AccionAuditoria.RIESGO_MATERIALIZADO, OBJETO, String.valueOf(id), detalles);
		return obtener(id);
	}

	/** A follow-up cut with its stored records. */
	record Seguimiento(Corte corte, SeguimientoMapaRiesgos seguimiento, Map<String, Long> ids) {
	}

	@Transactional
	Seguimiento seguimiento(int vigencia, int numero) {
		Corte corte = new CortesSeguimiento(terminos.calendario()).corte(vigencia, numero);
		List<FilaRiesgo> filas = repositorio.deVigencia(vigencia);
		var publicacion = repositorio.publicacion(vigencia, numero);
		Map<String, Long> ids = new LinkedHashMap<>();
		filas.forEach(f -> ids.put(f.riesgo().codigo(), f.id()));
		return new Seguimiento(corte,
				SeguimientoMapaRiesgos.restaurar(corte, filas.stream().map(FilaRiesgo::riesgo).toList(),
						repositorio.registros(vigencia, numero), publicacion.map(p -> p.el()).orElse(null),
						publicacion.map(p -> p.por()).orElse(null)),
				ids);
	}

	/** The first line's monitoring at a cut: controls applied and actions' progress. */
	@Transactional
	Seguimiento monitorear(long id, int numero, MonitoreoSolicitado datos, UsuarioAutenticado yo) {
		FilaRiesgo fila = obtener(id);
		exigirMonitoreo(fila, yo);
		Seguimiento s = seguimiento(fila.vigencia(), numero);
		var monitoreo = new SeguimientoMapaRiesgos.Monitoreo(datos.controlesAplicados(), datos.avanceAcciones(),
				datos.accionesRealizadas(), datos.evidencias(), yo.username(), reloj.instant());
		SeguimientoMapaRiesgos nuevo = s.seguimiento().monitorear(fila.riesgo(), monitoreo);
		repositorio.guardarRegistro(fila.vigencia(), numero, id, nuevo.registros().get(fila.riesgo().codigo()));
		auditoria.registrar(AccionAuditoria.RIESGO_MONITOREADO, OBJETO, String.valueOf(id),
				Map.of("corte", numero, "controlesAplicados", datos.controlesAplicados(), "avance",
						datos.avanceAcciones(), "evidencias", datos.evidencias().size()));
		return seguimiento(fila.vigencia(), numero);
	}

	/** What the first line reports at a cut. */
	record MonitoreoSolicitado(boolean controlesAplicados, java.math.BigDecimal avanceAcciones,
			String accionesRealizadas, List<co.pqrsd.core.plan.Evidencia> evidencias) {
	}

	/** Control Interno's observation on a risk at a cut (third line). */
	@Transactional
	Seguimiento observar(long id, int numero, String observaciones, UsuarioAutenticado yo) {
		exigirGestion(yo);
		FilaRiesgo fila = obtener(id);
		Seguimiento s = seguimiento(fila.vigencia(), numero);
		SeguimientoMapaRiesgos nuevo = s.seguimiento()
			.observar(fila.riesgo().codigo(),
					new SeguimientoMapaRiesgos.Observacion(observaciones.strip(), yo.username(), reloj.instant()));
		repositorio.guardarRegistro(fila.vigencia(), numero, id, nuevo.registros().get(fila.riesgo().codigo()));
		auditoria.registrar(AccionAuditoria.RIESGO_OBSERVADO, OBJETO, String.valueOf(id), Map.of("corte", numero));
		return seguimiento(fila.vigencia(), numero);
	}

	/** Control Interno publishes the cut; it then locks. */
	@Transactional
	Seguimiento publicar(int vigencia, int numero, UsuarioAutenticado yo) {
		exigirGestion(yo);
		Seguimiento s = seguimiento(vigencia, numero);
		SeguimientoMapaRiesgos publicado = s.seguimiento().publicar(hoy(), yo.username());
		repositorio.publicar(vigencia, numero, hoy(), yo.username());
		publicado.registros()
			.forEach(
					(codigo, registro) -> repositorio.guardarRegistro(vigencia, numero, s.ids().get(codigo), registro));
		auditoria.registrar(AccionAuditoria.RIESGO_SEGUIMIENTO_PUBLICADO, "MAPA_RIESGOS", vigencia + "-" + numero,
				Map.of("vigencia", vigencia, "corte", numero, "aTiempo", publicado.publicadoATiempo(), "riesgos",
						publicado.registros().size()));
		return seguimiento(vigencia, numero);
	}

	/**
	 * @return whether the user manages the map (ADMIN, CONTROL_INTERNO).
	 */
	static boolean gestiona(UsuarioAutenticado yo) {
		return yo.tiene(Rol.ADMIN) || yo.tiene(Rol.CONTROL_INTERNO);
	}

	/**
	 * @return whether the user may record the monitoring of the risk.
	 */
	boolean monitorea(FilaRiesgo fila, UsuarioAutenticado yo) {
		if (yo.tiene(Rol.ADMIN)) {
			return true;
		}
		return yo.tiene(Rol.JEFE_DEPENDENCIA) && fila.dependencia() != null
				&& directorio.jefesDe(fila.dependencia()).contains(yo.username());
	}

	private static void exigirGestion(UsuarioAutenticado yo) {
		if (!gestiona(yo)) {
			throw new AccessDeniedException("Solo el administrador y Control Interno gestionan el mapa de riesgos.");
		}
	}

	private void exigirMonitoreo(FilaRiesgo fila, UsuarioAutenticado yo) {
		if (!monitorea(fila, yo)) {
			throw new AccessDeniedException("Solo el jefe de la dependencia del proceso registra su monitoreo.");
		}
	}

	private void exigirDependencia(@Nullable String codigo) {
		if (codigo != null && dependencias.buscar(codigo).isEmpty()) {
			throw new ErrorDominio("RIESGO_DEPENDENCIA_INVALIDA", "La dependencia " + codigo + " no existe.",
					Map.of("dependencia", codigo));
		}
	}

	private FilaRiesgo bloquear(long id) {
		return repositorio.bloquear(id).orElseThrow(() -> noEncontrado(id));
	}

	private String siguienteCodigo(int vigencia) {
		long n = repositorio.contar(vigencia) + 1;
		while (repositorio.existeCodigo(vigencia, "RC-" + n)) {
			n++;
		}
		return "RC-" + n;
	}

	private static List<String> limpiar(List<String> textos) {
		return textos.stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
	}

	private static Conflicto codigoRepetido(int vigencia, String codigo) {
		return new Conflicto("RIESGO_CODIGO_REPETIDO",
				"Ya hay un riesgo con el código " + codigo + " en el mapa de " + vigencia + ".",
				Map.of("codigo", codigo, "vigencia", vigencia));
	}

	private static NoEncontrado noEncontrado(long id) {
		return new NoEncontrado("RIESGO_NO_ENCONTRADO", "No existe el riesgo " + id + ".", Map.of("id", id));
	}

	private LocalDate hoy() {
		return LocalDate.ofInstant(reloj.instant(), Colombia.ZONA);
	}

	private Instant ahora() {
		return reloj.instant();
	}

}
