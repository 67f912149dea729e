package co.pqrsd.server.plan;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import co.pqrsd.core.comun.Colombia;
import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.core.plan.CalificacionPlan;
import co.pqrsd.core.plan.Corte;
import co.pqrsd.core.plan.CortesSeguimiento;
import co.pqrsd.core.plan.Evidencia;
import co.pqrsd.core.plan.ImportadorPlan;
import co.pqrsd.core.plan.InformeSeguimiento;
import co.pqrsd.core.plan.PlanAnticorrupcion;
import co.pqrsd.core.plan.Plantilla;
import co.pqrsd.core.plan.Plantillas;
import co.pqrsd.core.plan.RegistroSeguimiento;
import co.pqrsd.core.plan.ResultadoImportacion;
import co.pqrsd.core.plan.SeguimientoCorte;
import co.pqrsd.core.plan.VersionPlan;
import co.pqrsd.server.auditoria.AccionAuditoria;
import co.pqrsd.server.auditoria.Auditoria;
import co.pqrsd.server.comun.Conflicto;
import co.pqrsd.server.comun.DemasiadoGrande;
import co.pqrsd.server.comun.NoEncontrado;
import co.pqrsd.server.plan.RepositorioPlan.FilaActividad;
import co.pqrsd.server.plan.RepositorioPlan.FilaEvidencia;
import co.pqrsd.server.plan.RepositorioPlan.FilaPlan;
import co.pqrsd.server.plan.RepositorioPlan.FilaSeguimiento;
import co.pqrsd.server.plan.RepositorioPlan.FilaVersion;
import co.pqrsd.server.seguridad.Dependencia;
import co.pqrsd.server.seguridad.Dependencias;
import co.pqrsd.server.seguridad.Rol;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import co.pqrsd.server.terminos.TerminosEntidad;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan's use cases: load the core aggregate from its stored rows, act through the
 * core, store and audit in one transaction. Every write locks the plan's row first, so
 * two writers of one vigencia never interleave.
 */
@Service
class ServicioPlan {

	/** Largest evidence document. */
	static final int EVIDENCIA_MAXIMA = 10 * 1024 * 1024;

	/** How the plan's percentage aggregates (R-PAAC-5 leaves it open). */
	static final CalificacionPlan.Agregacion AGREGACION = CalificacionPlan.Agregacion.PROMEDIO_DE_ACTIVIDADES;

	private final RepositorioPlan repositorio;

	private final Auditoria auditoria;

	private final TerminosEntidad terminos;

	private final Dependencias dependencias;

	private final Clock reloj;

	private final String entidad;

	ServicioPlan(RepositorioPlan repositorio, Auditoria auditoria, TerminosEntidad terminos, Dependencias dependencias,
			Clock reloj, @Value("${pqrsd.entidad.nombre:Alcaldía Municipal}") String entidad) {
		this.repositorio = repositorio;
		this.auditoria = auditoria;
		this.terminos = terminos;
		this.dependencias = dependencias;
		this.reloj = reloj;
		this.entidad = entidad;
	}

	String entidad() {
		return entidad;
	}

	/** A plan as loaded: the core aggregate and when it was created. */
	record Cargado(PlanAnticorrupcion plan, String creadoPor, Instant creadoEn) {
	}

	@Transactional(readOnly = true)
	List<Cargado> listar() {
		return repositorio.planes().stream().map(f -> armar(f, repositorio.versiones(f.vigencia()))).toList();
	}

	@Transactional(readOnly = true)
	Cargado obtener(int vigencia) {
		return cargar(vigencia, false);
	}

	/**
	 * @return the plan of the vigencia, empty when there is none (never throws).
	 */
	@Transactional(readOnly = true)
	java.util.Optional<Cargado> buscar(int vigencia) {
		return repositorio.plan(vigencia, false).map(f -> armar(f, repositorio.versiones(vigencia)));
	}

	@Transactional
	Cargado crear(int vigencia, @Nullable String plantilla, UsuarioAutenticado yo) {
		if (vigencia < 2000 || vigencia > 2100) {
			throw new ErrorDominio("VIGENCIA_INVALIDA", "La vigencia es un año entre 2000 y 2100.",
					Map.of("vigencia", vigencia));
		}
		Plantilla p = plantilla == null || plantilla.isBlank() ? Plantillas.porVigencia(vigencia)
				: Plantillas.porCodigo(plantilla);
		if (!repositorio.insertar(vigencia, p.codigo(), yo.username(), reloj.instant())) {
			throw new Conflicto("PLAN_EXISTENTE", "Ya existe el plan de la vigencia " + vigencia + ".",
					Map.of("vigencia", vigencia));
		}
		auditoria.registrar(AccionAuditoria.PLAN_CREADO, "plan", String.valueOf(vigencia),
				Map.of("plantilla", p.codigo()));
		return cargar(vigencia, false);
	}

	/**
	 * Imports a table: a draft's activities are replaced; a published plan gets a new
	 * version, which needs a motivo (R-PAAC-2). One transaction: all or nothing.
	 */
	@Transactional
	ResultadoImportacion importar(int vigencia, String nombre, byte[] contenido, @Nullable String motivo,
			UsuarioAutenticado yo) {
		Cargado c = cargar(vigencia, true);
		List<List<String>> filas = LectorTablas.leer(nombre, contenido);
		ResultadoImportacion r = new ImportadorPlan(c.plan().plantilla(), vigencia).importar(filas);
		if (r.actividades().isEmpty()) {
			throw new ErrorDominio(
					"IMPORTACION_SIN_ACTIVIDADES", "El archivo no tiene ninguna actividad legible ("
							+ r.rechazadas().size() + " filas rechazadas); no se importó nada.",
					Map.of("rechazadas", r.rechazadas().size()));
		}
		List<FilaActividad> actividades = r.actividades().stream().map(FilaActividad::de).toList();
		if (c.plan().publicado()) {
			ajustarCargado(c, actividades, motivo == null ? "" : motivo, yo);
		}
		else {
			c.plan().conActividades(r.actividades());
			repositorio.guardarBorrador(vigencia, actividades);
		}
		Map<String, Object> detalles = new LinkedHashMap<>();
		detalles.put("archivo", nombre);
		detalles.put("sha256", sha256(contenido));
		detalles.put("actividades", r.actividades().size());
		detalles.put("rechazadas", r.rechazadas().size());
		auditoria.registrar(AccionAuditoria.PLAN_IMPORTADO, "plan", String.valueOf(vigencia), detalles);
		return r;
	}

	/** Publishes the draft as version 1 (R-PAAC-1). */
	@Transactional
	Cargado publicar(int vigencia, UsuarioAutenticado yo) {
		Cargado c = cargar(vigencia, true);
		PlanAnticorrupcion p = c.plan().publicar(yo.username(), reloj.instant());
		VersionPlan v = p.versionVigente();
		repositorio.insertarVersion(vigencia, new FilaVersion(v.numero(),
				v.actividades().stream().map(FilaActividad::de).toList(), v.publicadaEn(), v.publicadaPor(), null));
		repositorio.guardarBorrador(vigencia, List.of());
		auditoria.registrar(AccionAuditoria.PLAN_PUBLICADO, "plan", String.valueOf(vigencia),
				Map.of("version", 1, "actividades", v.actividades().size(), "aTiempo", p.publicadoATiempo()));
		return cargar(vigencia, false);
	}

	/** A motivated adjustment of a published plan: a new version (R-PAAC-2). */
	@Transactional
	Cargado ajustar(int vigencia, List<FilaActividad> actividades, String motivo, UsuarioAutenticado yo) {
		ajustarCargado(cargar(vigencia, true), actividades, motivo, yo);
		return cargar(vigencia, false);
	}

	private void ajustarCargado(Cargado c, List<FilaActividad> filas, String motivo, UsuarioAutenticado yo) {
		int vigencia = c.plan().vigencia();
		PlanAnticorrupcion p = c.plan()
			.ajustar(filas.stream().map(f -> f.actividad(vigencia)).toList(), motivo, yo.username(), reloj.instant());
		VersionPlan v = p.versionVigente();
		repositorio.insertarVersion(vigencia,
				new FilaVersion(v.numero(), v.actividades().stream().map(FilaActividad::de).toList(), v.publicadaEn(),
						v.publicadaPor(), v.motivo()));
		auditoria.registrar(AccionAuditoria.PLAN_AJUSTADO, "plan", String.valueOf(vigencia),
				Map.of("version", v.numero(), "motivo", v.motivo(), "actividades", v.actividades().size()));
	}

	// --- Follow-up ---

	CortesSeguimiento cortes() {
		return new CortesSeguimiento(terminos.calendario());
	}

	/** A cut's follow-up with who published it and the uploaded documents. */
	record Seguimiento(Cargado cargado, SeguimientoCorte seguimiento, Map<String, FilaSeguimiento> filas,
			List<RepositorioPlan.DocumentoEvidencia> documentos) {
	}

	@Transactional(readOnly = true)
	Seguimiento seguimiento(int vigencia, int numero) {
		return seguimiento(cargar(vigencia, false), numero);
	}

	private Seguimiento seguimiento(Cargado c, int numero) {
		int vigencia = c.plan().vigencia();
		Corte corte = cortes().corte(vigencia, numero);
		SeguimientoCorte s = SeguimientoCorte.abrir(corte, versionDelCorte(c.plan(), corte));
		Map<String, FilaSeguimiento> filas = new LinkedHashMap<>();
		for (FilaSeguimiento f : repositorio.seguimientos(vigencia, numero)) {
			if (!s.registros().containsKey(f.actividad())) {
				continue;
			}
			filas.put(f.actividad(), f);
			if (f.reportado() != null) {
				s = s.reportarAvance(f.actividad(),
						new RegistroSeguimiento.Avance(f.reportado(), texto(f.descripcion()),
								f.evidencias().stream().map(FilaEvidencia::evidencia).toList(), texto(f.reportadoPor()),
								f.reportadoEn()));
			}
			if (f.verificado() != null) {
				s = s.verificar(f.actividad(), new RegistroSeguimiento.Verificacion(f.verificado(),
						texto(f.observaciones()), texto(f.verificadoPor()), f.verificadoEn()));
			}
		}
		RepositorioPlan.CortePublicado publicado = repositorio.cortesPublicados(vigencia).get(numero);
		if (publicado != null) {
			s = s.publicar(publicado.publicadoEl(), publicado.publicadoPor());
		}
		return new Seguimiento(c, s, filas, repositorio.evidencias(vigencia, numero));
	}

	/**
	 * The version in force at the cut date; a plan published late (after the cut) is
	 * followed on its first version.
	 */
	static VersionPlan versionDelCorte(PlanAnticorrupcion plan, Corte corte) {
		VersionPlan primera = plan.versionVigente();
		return plan.versiones()
			.stream()
			.filter(v -> !v.publicadaEn().atZone(Colombia.ZONA).toLocalDate().isAfter(corte.fecha()))
			.reduce((a, b) -> b)
			.orElse(plan.versiones().isEmpty() ? primera : plan.versiones().get(0));
	}

	/** Solicitud of the first line's report. */
	record SolicitudAvance(BigDecimal valor, String descripcion, List<FilaEvidencia> evidencias) {
	}

	@Transactional
	Seguimiento reportarAvance(int vigencia, int numero, String actividad, SolicitudAvance s, UsuarioAutenticado yo) {
		Cargado c = cargar(vigencia, true);
		Seguimiento actual = abierto(c, numero);
		exigirResponsable(actual.seguimiento().version().actividad(actividad).responsable(), yo);
		for (FilaEvidencia e : s.evidencias()) {
			e.evidencia();
			if (e.tipo() == Evidencia.Tipo.DOCUMENTO
					&& !repositorio.hayEvidencia(vigencia, numero, actividad, String.valueOf(e.sha256()))) {
				throw new ErrorDominio(
						"EVIDENCIA_NO_CARGADA", "El documento «" + e.referencia()
								+ "» no se ha cargado como evidencia de la actividad " + actividad + " en este corte.",
						Map.of("actividad", actividad));
			}
		}
		Instant ahora = reloj.instant();
		actual.seguimiento()
			.reportarAvance(actividad, new RegistroSeguimiento.Avance(s.valor(), s.descripcion(),
					s.evidencias().stream().map(FilaEvidencia::evidencia).toList(), yo.username(), ahora));
		repositorio.guardarAvance(vigencia, numero, actividad, s.valor(), s.descripcion(), s.evidencias(),
				yo.username(), ahora);
		auditoria.registrar(AccionAuditoria.PLAN_AVANCE_REPORTADO, "plan-actividad",
				vigencia + "/" + numero + "/" + actividad,
				Map.of("valor", s.valor(), "evidencias", s.evidencias().size()));
		return seguimiento(c, numero);
	}

	@Transactional
	Seguimiento verificar(int vigencia, int numero, String actividad, BigDecimal valor, String observaciones,
			UsuarioAutenticado yo) {
		Cargado c = cargar(vigencia, true);
		Seguimiento actual = abierto(c, numero);
		Instant ahora = reloj.instant();
		actual.seguimiento()
			.verificar(actividad, new RegistroSeguimiento.Verificacion(valor, observaciones, yo.username(), ahora));
		repositorio.guardarVerificacion(vigencia, numero, actividad, valor, observaciones, yo.username(), ahora);
		auditoria.registrar(AccionAuditoria.PLAN_AVANCE_VERIFICADO, "plan-actividad",
				vigencia + "/" + numero + "/" + actividad, Map.of("valor", valor));
		return seguimiento(c, numero);
	}

	@Transactional
	Seguimiento publicarCorte(int vigencia, int numero, UsuarioAutenticado yo) {
		Cargado c = cargar(vigencia, true);
		Seguimiento actual = abierto(c, numero);
		LocalDate hoy = reloj.instant().atZone(Colombia.ZONA).toLocalDate();
		SeguimientoCorte s = actual.seguimiento().publicar(hoy, yo.username());
		repositorio.publicarCorte(vigencia, numero, hoy, yo.username());
		CalificacionPlan cal = s.calificar(c.plan().plantilla(), terminos.calendario(), AGREGACION);
		Map<String, Object> detalles = new LinkedHashMap<>();
		detalles.put("publicadoEl", hoy.toString());
		detalles.put("aTiempo", s.publicadoATiempo());
		detalles.put("sinVerificar", s.sinVerificar().size());
		detalles.put("porcentaje", cal.porcentaje() == null ? "" : cal.porcentaje().toPlainString());
		auditoria.registrar(AccionAuditoria.PLAN_CORTE_PUBLICADO, "plan-corte", vigencia + "/" + numero, detalles);
		return seguimiento(c, numero);
	}

	/** Stores an evidence document with its SHA-256; the avance then cites it. */
	@Transactional
	RepositorioPlan.DocumentoEvidencia cargarEvidencia(int vigencia, int numero, String actividad, String nombre,
			String tipo, byte[] contenido, UsuarioAutenticado yo) {
		Cargado c = cargar(vigencia, true);
		Seguimiento actual = abierto(c, numero);
		exigirResponsable(actual.seguimiento().version().actividad(actividad).responsable(), yo);
		if (contenido.length == 0) {
			throw new ErrorDominio("EVIDENCIA_VACIA", "El documento de evidencia está vacío.");
		}
		if (contenido.length > EVIDENCIA_MAXIMA) {
			throw new DemasiadoGrande("EVIDENCIA_DEMASIADO_GRANDE",
					"Un documento de evidencia no pasa de " + EVIDENCIA_MAXIMA / (1024 * 1024) + " MB.",
					Map.of("maximo", EVIDENCIA_MAXIMA));
		}
		String limpio = nombre.isBlank() ? "evidencia" : nombre.strip();
		limpio = limpio.length() > 200 ? limpio.substring(limpio.length() - 200) : limpio;
		String huella = sha256(contenido);
		Instant ahora = reloj.instant();
		long id = repositorio.guardarEvidencia(vigencia, numero, actividad, limpio,
				tipo.length() > 100 ? "application/octet-stream" : tipo, contenido, huella, yo.username(), ahora);
		auditoria.registrar(AccionAuditoria.PLAN_EVIDENCIA_CARGADA, "plan-actividad",
				vigencia + "/" + numero + "/" + actividad,
				Map.of("documento", id, "nombre", limpio, "sha256", huella, "tamano", contenido.length));
		return new RepositorioPlan.DocumentoEvidencia(id, actividad, limpio, tipo, contenido.length, huella,
				yo.username(), ahora);
	}

	/**
	 * The screen's report: the uploaded document (if any) and the avance that cites it,
	 * in one transaction.
	 */
	@Transactional
	Seguimiento reportarConDocumento(int vigencia, int numero, String actividad, @Nullable String nombre,
			@Nullable String tipo, byte @Nullable [] contenido, SolicitudAvance s, UsuarioAutenticado yo) {
		List<FilaEvidencia> evidencias = new java.util.ArrayList<>(s.evidencias());
		if (contenido != null && contenido.length > 0) {
			RepositorioPlan.DocumentoEvidencia d = cargarEvidencia(vigencia, numero, actividad,
					nombre == null ? "" : nombre, tipo == null ? "application/octet-stream" : tipo, contenido, yo);
			evidencias.add(0, new FilaEvidencia(Evidencia.Tipo.DOCUMENTO, d.nombre(), d.sha256()));
		}
		return reportarAvance(vigencia, numero, actividad, new SolicitudAvance(s.valor(), s.descripcion(), evidencias),
				yo);
	}

	@Transactional(readOnly = true)
	byte[] evidencia(int vigencia, int numero, long id) {
		cargar(vigencia, false);
		return repositorio.contenidoEvidencia(vigencia, numero, id)
			.orElseThrow(
					() -> new NoEncontrado("EVIDENCIA_NO_ENCONTRADA", "No existe esa evidencia.", Map.of("id", id)));
	}

	CalificacionPlan calificar(Seguimiento s) {
		return s.seguimiento().calificar(s.cargado().plan().plantilla(), terminos.calendario(), AGREGACION);
	}

	InformeSeguimiento informe(Seguimiento s) {
		return InformeSeguimiento.de(entidad, s.cargado().plan().plantilla(), s.seguimiento(), terminos.calendario(),
				AGREGACION);
	}

	/**
	 * First line: a jefe or funcionario of a dependencia the activity's responsable
	 * names; a jefe also for activities that name no dependencia of the entity ("Líderes
	 * de los procesos").
	 */
	boolean puedeReportar(String responsable, UsuarioAutenticado yo) {
		if (!yo.tiene(Rol.JEFE_DEPENDENCIA) && !yo.tiene(Rol.FUNCIONARIO)) {
			return false;
		}
		String r = normalizar(responsable);
		boolean algunaNombrada = false;
		for (Dependencia d : dependencias.listar()) {
			if (d.activa() && r.contains(normalizar(d.nombre()))) {
				algunaNombrada = true;
				if (yo.codigosDependencias().contains(d.codigo())) {
					return true;
				}
			}
		}
		return !algunaNombrada && yo.tiene(Rol.JEFE_DEPENDENCIA);
	}

	private void exigirResponsable(String responsable, UsuarioAutenticado yo) {
		if (!puedeReportar(responsable, yo)) {
			throw new AccessDeniedException("El avance lo reporta la dependencia responsable: " + responsable);
		}
	}

	private Seguimiento abierto(Cargado c, int numero) {
		Seguimiento s = seguimiento(c, numero);
		if (s.seguimiento().publicado()) {
			throw new Conflicto(
					"CORTE_PUBLICADO", s.seguimiento().corte().nombre() + " ya fue publicado el "
							+ escribir(s.seguimiento().publicadoEl()) + " y no se puede modificar.",
					Map.of("corte", numero, "vigencia", c.plan().vigencia()));
		}
		return s;
	}

	private Cargado cargar(int vigencia, boolean bloquear) {
		FilaPlan f = repositorio.plan(vigencia, bloquear)
			.orElseThrow(() -> new NoEncontrado("PLAN_NO_ENCONTRADO",
					"No existe el plan de la vigencia " + vigencia + ".", Map.of("vigencia", vigencia)));
		return armar(f, repositorio.versiones(vigencia));
	}

	private Cargado armar(FilaPlan f, List<FilaVersion> versiones) {
		Plantilla plantilla = Plantillas.porCodigo(f.plantilla());
		int vigencia = f.vigencia();
		PlanAnticorrupcion p;
		if (versiones.isEmpty()) {
			p = PlanAnticorrupcion.crear(entidad, vigencia, plantilla,
					f.borrador().stream().map(a -> a.actividad(vigencia)).toList());
		}
		else {
			FilaVersion primera = versiones.get(0);
			p = PlanAnticorrupcion
				.crear(entidad, vigencia, plantilla,
						primera.actividades().stream().map(a -> a.actividad(vigencia)).toList())
				.publicar(primera.publicadaPor(), primera.publicadaEn());
			for (FilaVersion v : versiones.subList(1, versiones.size())) {
				p = p.ajustar(v.actividades().stream().map(a -> a.actividad(vigencia)).toList(),
						String.valueOf(v.motivo()), v.publicadaPor(), v.publicadaEn());
			}
		}
		return new Cargado(p, f.creadoPor(), f.creadoEn());
	}

	static String normalizar(String texto) {
		return Normalizer.normalize(texto, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("\\s+", " ")
			.strip();
	}

	static String sha256(byte[] contenido) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(contenido));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String texto(@Nullable String s) {
		return s == null ? "" : s;
	}

	private static final String[] MESES = { "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
			"septiembre", "octubre", "noviembre", "diciembre" };

	/**
	 * @return e.g. "5 de mayo de 2023"
	 */
	static String escribir(@Nullable LocalDate fecha) {
		return fecha == null ? ""
				: fecha.getDayOfMonth() + " de " + MESES[fecha.getMonthValue() - 1] + " de " + fecha.getYear();
	}

}
