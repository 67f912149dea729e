package co.pqrsd.server.pqrsd;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import co.pqrsd.core.comun.Colombia;
import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.core.pqrsd.AccionesPermitidas;
import co.pqrsd.core.pqrsd.Aviso;
import co.pqrsd.core.pqrsd.PlanAvisos;
import co.pqrsd.core.pqrsd.Actor;
import co.pqrsd.core.pqrsd.Canal;
import co.pqrsd.core.pqrsd.Desistimiento;
import co.pqrsd.core.pqrsd.Etapa;
import co.pqrsd.core.pqrsd.Historial;
import co.pqrsd.core.pqrsd.NormasPqrsd;
import co.pqrsd.core.pqrsd.Plazos;
import co.pqrsd.core.pqrsd.Pqrsd;
import co.pqrsd.core.pqrsd.Resultado;
import co.pqrsd.core.pqrsd.SituacionTermino;
import co.pqrsd.core.pqrsd.SolicitudPqrsd;
import co.pqrsd.core.pqrsd.VisibilidadPqrsd;
import co.pqrsd.server.auditoria.AccionAuditoria;
import co.pqrsd.server.auditoria.Auditoria;
import co.pqrsd.server.comun.Conflicto;
import co.pqrsd.server.comun.NoEncontrado;
import co.pqrsd.server.notificaciones.Notificaciones;
import co.pqrsd.server.pqrsd.motor.CarreraConMotor;
import co.pqrsd.server.radicacion.EntradasRadicacion;
import co.pqrsd.server.radicacion.EntradasRadicacion.Entrada;
import co.pqrsd.server.seguridad.Dependencias;
import co.pqrsd.server.seguridad.Rol;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens PQRSD cases and runs their actions through the core aggregate: load (locked),
 * act, store the new case and its facts, audit, all in one transaction.
 */
@Service
class ServicioPqrsd {

	static final String OBJETO = "PQRSD";

	private static final NormasPqrsd NORMAS = NormasPqrsd.legales();

	private final PqrsdRepository repositorio;

	private final EntradasRadicacion entradas;

	private final co.pqrsd.server.terminos.TerminosEntidad terminos;

	private final Auditoria auditoria;

	private final Clock reloj;

	private final Dependencias dependencias;

	private final ApplicationEventPublisher eventos;

	private final RepartidoresPqrsd repartidores;

	private final AprobacionDependencias aprobacion;

	private final AccionesRepositorio acciones;

	private final Notificaciones notificaciones;

	private final AutorizacionesDatos autorizaciones;

	private final co.pqrsd.server.seguridad.Directorio directorio;

	private final TransactionTemplate transaccion;

	private final SentidosRespuesta sentidos;

	ServicioPqrsd(PqrsdRepository repositorio, EntradasRadicacion entradas,
			co.pqrsd.server.terminos.TerminosEntidad terminos, Auditoria auditoria, Clock reloj,
			Dependencias dependencias, ApplicationEventPublisher eventos, RepartidoresPqrsd repartidores,
			AprobacionDependencias aprobacion, AccionesRepositorio acciones, Notificaciones notificaciones,
			co.pqrsd.server.seguridad.Directorio directorio, PlatformTransactionManager transacciones,
			AutorizacionesDatos autorizaciones, SentidosRespuesta sentidos) {
		this.autorizaciones = autorizaciones;
		this.sentidos = sentidos;
		this.transaccion = new TransactionTemplate(transacciones);
		this.directorio = directorio;
		this.dependencias = dependencias;
		this.eventos = eventos;
		this.repositorio = repositorio;
		this.entradas = entradas;
		this.terminos = terminos;
		this.auditoria = auditoria;
		this.reloj = reloj;
		this.repartidores = repartidores;
		this.aprobacion = aprobacion;
		this.acciones = acciones;
		this.notificaciones = notificaciones;
	}

	/** The case's dates over the entity's calendar as configured now. */
	Plazos plazos() {
		return new Plazos(terminos.motor(), terminos.semaforo(), NORMAS);
	}

	/**
	 * Opens a case: with a new ENTRADA radicated with it (all or nothing), or on an
	 * existing one (one case per ENTRADA). The new ENTRADA and its case are committed by
	 * radicación's combiner, like JSON radicación (one commit per batch); the case's
	 * process starts right after, in this thread (a pending row written with the case
	 * makes that start survive a crash).
	 */
	VistaPqrsd crear(SolicitudCreacion s, UsuarioAutenticado usuario) {
		if (s.radicado() != null && !s.radicado().isBlank()) {
			return java.util.Objects.requireNonNull(transaccion.execute(t -> crearSobreExistente(s, usuario)));
		}
		List<String> faltan = new ArrayList<>();
		if (s.asunto() == null || s.asunto().isBlank()) {
			faltan.add("asunto");
		}
		if (s.dependencia() == null) {
			faltan.add("dependencia");
		}
		if (s.peticionario() == null) {
			faltan.add("peticionario");
		}
		if (!faltan.isEmpty()) {
			throw new ErrorDominio("PQRSD_DATOS_RADICACION_REQUERIDOS", "Para radicar la PQRSD indique "
					+ String.join(", ", faltan) + " (o el radicado de entrada existente en «radicado»).",
					Map.of("campos", faltan));
		}
		String dependencia = s.dependencia();
		if (!entradas.puedeRadicarEntrada(usuario, dependencia)) {
			throw new AccessDeniedException("radicar PQRSD para " + dependencia);
		}
		EntradasRadicacion.Peticionario p = s.peticionario();
		Pqrsd caso = entradas.radicarEntradaCombinada(
				new EntradasRadicacion.NuevaEntrada(s.asunto(), s.descripcion(), dependencia, medio(s.canal()), p),
				usuario, entrada -> guardarNuevo(s, entrada, dependencia, p.esAnonimo(), usuario));
		eventos.publishEvent(new InicioPendiente(caso.radicado(), caso));
		// The answer is what was just committed: no read back (the peticionario as
		// radicación stored him, the answer channel as requested).
		return vista(caso, plazos(), usuario, () -> p.esAnonimo() ? null : entradas.comoRemitente(p),
				s.canalRespuesta() == null ? null : s.canalRespuesta().name(), true);
	}

	/** A case on an ENTRADA radicated before, in one transaction. */
	private VistaPqrsd crearSobreExistente(SolicitudCreacion s, UsuarioAutenticado usuario) {
		if (s.peticionario() != null || s.asunto() != null) {
			throw new ErrorDominio("PQRSD_RADICADO_Y_DATOS_NUEVOS",
					"Indique el radicado de entrada existente o los datos para radicar uno nuevo (asunto y "
							+ "peticionario), no ambos.");
		}
		String numero = s.radicado().strip();
		Entrada entrada = entradas.entrada(numero)
			.orElseThrow(() -> new NoEncontrado("RADICADO_NO_ENCONTRADO",
					"No existe el radicado de entrada " + numero + ".", Map.of("radicado", numero)));
		String dependencia = s.dependencia() != null ? s.dependencia() : entrada.dependencia();
		// Permission before anything is written: who receives ENTRADA (the
		// ventanilla).
		if (!entradas.puedeRadicarEntrada(usuario, dependencia)) {
			throw new AccessDeniedException("radicar PQRSD sobre " + numero);
		}
		if (!entrada.vigente()) {
			throw new Conflicto("RADICADO_ANULADO", "El radicado " + numero + " está anulado.",
					Map.of("radicado", numero));
		}
		if (repositorio.existe(numero)) {
			throw yaExiste(numero);
		}
		Pqrsd caso = guardarNuevo(s, entrada, dependencia, entrada.anonimo(), usuario);
		return vista(caso, plazos(), usuario);
	}

	/**
	 * Stores the new case, already in reparto, with its bandeja columns, facts and audit
	 * trail, and the pending start of its process, in the caller's transaction.
	 */
	private Pqrsd guardarNuevo(SolicitudCreacion s, Entrada entrada, String dependencia, boolean anonimo,
			UsuarioAutenticado usuario) {
		Instant ahora = reloj.instant();
		Plazos plazos = plazos();
		Resultado r = Pqrsd.radicar(new SolicitudPqrsd(entrada.numero(), s.etiqueta(), s.modalidad(), s.canal(),
				anonimo, s.prioridadesOVacias(), s.pruebaPrioridad(), s.esDenunciaCorrupcion(),
				entrada.fechaRadicacion(), dependencia), plazos, ahora);
		// Ley 1755 de 2015, art. 15: the petition goes at once to who must answer it; the
		// system's first step is taken here, so the case is stored once, already in
		// reparto.
		Resultado reparto = r.pqrsd().enviarAReparto(Actor.sistema(), plazos, ahora);
		Pqrsd caso = reparto.pqrsd();
		List<co.pqrsd.core.pqrsd.HechoPqrsd> hechos = new ArrayList<>(r.hechos());
		hechos.addAll(reparto.hechos());
		if (caso.denunciaCorrupcion()) {
			// Ley 1474 de 2011, art. 76: the denuncia and its denunciante are reserved,
			// the ENTRADA radicado included.
			entradas.reservar(caso.radicado(), "DENUNCIA_CORRUPCION");
		}
		// The bandeja's columns and the answer channel in the INSERT itself.
		List<Aviso> plan = PlanAvisos.de(caso, plazos);
		LocalDate amarillo = ProgramacionPqrsd.dia(plan, Aviso.Tipo.SEMAFORO_AMARILLO);
		LocalDate rojo = ProgramacionPqrsd.dia(plan, Aviso.Tipo.SEMAFORO_ROJO);
		if (!repositorio.insertar(caso, plazos.fechaVencimiento(caso).orElse(null), ahora,
				new PqrsdRepository.Bandeja(entrada.asunto(), amarillo != null ? amarillo : rojo, rojo,
						s.canalRespuesta() == null ? null : s.canalRespuesta().name()))) {
			throw yaExiste(caso.radicado());
		}
		List<PqrsdRepository.HechoDe> registro = new ArrayList<>();
		r.hechos().forEach(h -> registro.add(new PqrsdRepository.HechoDe(h, usuario.username())));
		reparto.hechos().forEach(h -> registro.add(new PqrsdRepository.HechoDe(h, Actor.sistema().usuario())));
		repositorio.registrarHechos(registro);
		Map<String, Object> detalles = new LinkedHashMap<>();
		detalles.put("etiqueta", caso.etiqueta().name());
		detalles.put("modalidad", caso.modalidad());
		detalles.put("dependencia", caso.dependencia());
		detalles.put("canal", caso.canal().name());
		detalles.put("prioridades", caso.prioridades().stream().map(Enum::name).sorted().toList());
		detalles.put("denunciaCorrupcion", caso.denunciaCorrupcion());
		detalles.put("canalRespuesta", s.canalRespuesta() == null ? null : s.canalRespuesta().name());
		auditoria.registrar(AccionAuditoria.PQRSD_RADICADA, OBJETO, caso.radicado(), detalles);
		auditoria.registrarDelSistema(AccionAuditoria.PQRSD_ENVIADA_A_REPARTO, OBJETO, caso.radicado(),
				Map.of("estadoAnterior", r.pqrsd().estado().name(), "estado", caso.estado().name()));
		// The pending start of the case's process is written in this transaction
		// (ProgramacionPqrsd); the process starts after the commit.
		eventos.publishEvent(new PqrsdCambiada(null, caso, hechos, usuario.username()));
		return caso;
	}

	/** After a new case committed: start its process now (ProgramacionPqrsd). */
	record InicioPendiente(String radicado, Pqrsd caso) {
	}

	/** The case, or 404 (audited) for a reserved denuncia the user may not see. */
	@Transactional(readOnly = true)
	VistaPqrsd obtener(String radicado, UsuarioAutenticado usuario) {
		Pqrsd caso = repositorio.buscar(radicado).orElseThrow(() -> noEncontrada(radicado));
		exigirVisible(caso, usuario);
		return vista(caso, plazos(), usuario);
	}

	record Pagina(List<VistaPqrsd.Resumen> elementos, long total, int pagina, int tamano) {
	}

	@Transactional(readOnly = true)
	Pagina listar(@Nullable String estado, @Nullable String semaforo, @Nullable String dependencia,
			@Nullable String etiqueta, int pagina, int tamano, UsuarioAutenticado usuario) {
		Actor actor = actor(usuario);
		boolean reservados = usuario.tiene(Rol.CONTROL_INTERNO) || usuario.tiene(Rol.ADMIN);
		Set<String> jefeDe = usuario.tiene(Rol.JEFE_DEPENDENCIA) ? usuario.codigosDependencias() : Set.of();
		Plazos plazos = plazos();
		LocalDate hoy = terminos.hoy();
		PqrsdRepository.PaginaCasos encontrados = repositorio.pagina(estado, semaforo, dependencia, etiqueta,
				new PqrsdRepository.Visor(usuario.username(), reservados, jefeDe), hoy, pagina, tamano);
		List<VistaPqrsd.Resumen> elementos = encontrados.casos()
			.stream()
			.filter(c -> VisibilidadPqrsd.puedeVer(c, actor))
			.map(c -> VistaPqrsd.resumen(c, plazos.situacionResumida(c, hoy)))
			.toList();
		return new Pagina(elementos, encontrados.total(), pagina, tamano);
	}

	/** Assigns a funcionario (the jefe of the dependencia, his repartidor or ADMIN). */
	@Transactional
	@Retryable(predicate = CarreraConMotor.class, maxRetries = 3, delay = 40, jitter = 20, multiplier = 2)
	VistaPqrsd asignar(String radicado, String funcionario, UsuarioAutenticado usuario) {
		Hecho h = actuar(radicado, usuario, (caso, actor, plazos, ahora) -> {
			Resultado r = caso.asignar(funcionario, actor, plazos, ahora);
			// Checked after the core's state and role rules, so only who may assign
			// learns who exists.
			if (!dependencias.esMiembroActivo(funcionario, caso.dependencia())) {
				throw new ErrorDominio("FUNCIONARIO_NO_ASIGNABLE",
						"El usuario " + funcionario + " no es un funcionario activo de la dependencia "
								+ caso.dependencia() + ".",
						Map.of("usuario", funcionario, "dependencia", caso.dependencia()));
			}
			return r;
		});
		auditoria.registrar(AccionAuditoria.PQRSD_ASIGNADA, OBJETO, radicado,
				h.detalles(Map.of("usuario", funcionario)));
		return vista(h.nuevo(), h.plazos(), usuario);
	}

	/** The one extension of the term (Ley 1755 de 2015, art. 14 parágrafo). */
	@Transactional
	@Retryable(predicate = CarreraConMotor.class, maxRetries = 3, delay = 40, jitter = 20, multiplier = 2)
	VistaPqrsd prorrogar(String radicado, String motivo, LocalDate nuevoVencimiento, UsuarioAutenticado usuario) {
		Hecho h = actuar(radicado, usuario,
				(caso, actor, plazos, ahora) -> caso.prorrogar(motivo, nuevoVencimiento, actor, plazos, ahora));
		// Ley 1755 de 2015, art. 14 par.: the peticionario is told the reasons and the
		// new
		// date before the deadline.
		boolean informado = correoAlPeticionario(h.nuevo(), "prorroga",
				"Prórroga del término de su petición " + radicado,
				"El término para responder su petición radicada con el número " + radicado + " se prorrogó hasta el "
						+ nuevoVencimiento + ".\n\nMotivos: " + motivo
						+ "\n\n(Ley 1437 de 2011, art. 14 parágrafo, sustituido por la Ley 1755 de 2015.)");
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("motivo", motivo);
		d.put("nuevoVencimiento", nuevoVencimiento.toString());
		d.put("informadoPorCorreo", informado);
		auditoria.registrar(AccionAuditoria.PQRSD_PRORROGADA, OBJETO, radicado, h.detalles(d));
		return vista(h.nuevo(), h.plazos(), usuario);
	}

	/**
	 * What the user may do on the case now, each refused action with its (legal) reason;
	 * the engine's own actions are left out, and so is the communication of the answer,
	 * which happens by itself on approval (or on drafting without approval step).
	 */
	@Transactional(readOnly = true)
	List<AccionesPermitidas.Evaluacion> acciones(String radicado, UsuarioAutenticado usuario) {
		Pqrsd caso = repositorio.buscar(radicado).orElseThrow(() -> noEncontrada(radicado));
		exigirVisible(caso, usuario);
		return AccionesPermitidas.evaluar(caso, actor(usuario), plazos(), reloj.instant())
			.stream()
			.filter(e -> !e.accion().delSistema() && e.accion() != co.pqrsd.core.pqrsd.Accion.COMUNICAR_RESPUESTA)
			.toList();
	}

	/**
	 * The case's documents: the ENTRADA's, then those of each SALIDA it produced.
	 */
	@Transactional(readOnly = true)
	List<DocumentosPqrsd> documentos(String radicado, UsuarioAutenticado usuario) {
		Pqrsd caso = repositorio.buscar(radicado).orElseThrow(() -> noEncontrada(radicado));
		exigirVisible(caso, usuario);
		List<DocumentosPqrsd> docs = new ArrayList<>();
		agregarDocumentos(docs, "ENTRADA", radicado);
		for (AccionesRepositorio.Salida s : acciones.salidas(radicado)) {
			agregarDocumentos(docs, s.tipo(), s.salida());
		}
		return docs;
	}

	private void agregarDocumentos(List<DocumentosPqrsd> docs, String origen, String numero) {
		for (EntradasRadicacion.DocumentoRadicado d : entradas.documentos(numero)) {
			docs.add(new DocumentosPqrsd(origen, numero, d.id(), d.rol(), d.nombre(), d.version(), d.tipoMime(),
					d.tamano()));
		}
	}

	/**
	 * Sends the case to another dependencia: the clock keeps running (same authority).
	 */
	@Transactional
	@Retryable(predicate = CarreraConMotor.class, maxRetries = 3, delay = 40, jitter = 20, multiplier = 2)
	VistaPqrsd reasignar(String radicado, String dependencia, String motivo, UsuarioAutenticado usuario) {
		Hecho h = actuar(radicado, usuario, (caso, actor, plazos, ahora) -> {
			Resultado r = caso.reasignar(dependencia, motivo, actor, plazos, ahora);
			var destino = dependencias.buscar(dependencia)
				.orElseThrow(() -> new NoEncontrado("DEPENDENCIA_NO_ENCONTRADA",
						"La dependencia " + dependencia + " no existe.", Map.of("dependencia", dependencia)));
			if (!destino.activa()) {
				throw new ErrorDominio("DEPENDENCIA_INACTIVA", "La dependencia " + dependencia + " está inactiva.");
			}
			return r;
		});
		auditoria.registrar(AccionAuditoria.PQRSD_REASIGNADA, OBJETO, radicado, h.detalles(Map.of("dependenciaAnterior",
				h.anterior().dependencia(), "dependencia", dependencia, "motivo", motivo)));
		return vista(h.nuevo(), h.plazos(), usuario);
	}

	/**
	 * Traslado por competencia (Ley 1755 de 2015, art. 21): the oficio remisorio becomes
	 * a SALIDA radicado addressed to the competent entity, with a copy to the
	 * peticionario; late is recorded as TRASLADO_EXTEMPORANEO, never refused.
	 */
	@Transactional
	@Retryable(predicate = CarreraConMotor.class, maxRetries = 3, delay = 40, jitter = 20, multiplier = 2)
	VistaPqrsd trasladar(String radicado, String entidad, String motivo, UsuarioAutenticado usuario) {
		String[] oficio = new String[1];
		Hecho h = actuar(radicado, usuario, (caso, actor, plazos, ahora) -> {
			// The core's state, role and data rules first: nothing is radicated for a
			// refused traslado.
			AccionesPermitidas.rechazo(co.pqrsd.core.pqrsd.Accion.TRASLADAR, caso, actor, plazos, ahora)
				.ifPresent(rechazo -> {
					throw rechazo.comoError();
				});
			if (entidad.isBlank() || motivo.isBlank()) {
				return caso.trasladar(entidad, motivo, "", actor, plazos, ahora);
			}
			oficio[0] = entradas.radicarSalida(new EntradasRadicacion.NuevaSalida(
					"Traslado por competencia de la petición " + caso.radicado() + " a " + entidad,
					"Oficio remisorio (Ley 1437 de 2011, art. 21, sustituido por la Ley 1755 de 2015). Motivo: "
							+ motivo,
					caso.dependencia(), "OTRO",
					new EntradasRadicacion.Peticionario(false, "ENTIDAD", null, null, entidad, null, null, null, null),
					caso.radicado()), List.of(), usuario);
			return caso.trasladar(entidad, motivo, oficio[0], actor, plazos, ahora);
		});
		acciones.registrarSalida(radicado, oficio[0], "OFICIO_REMISORIO");
		reservarSiDenuncia(h.nuevo(), oficio[0]);
		var t = h.nuevo().traslado();
		// Ley 1755 de 2015, art. 21: a copy of the oficio remisorio goes to the
		// peticionario.
		boolean copia = correoAlPeticionario(h.nuevo(), "traslado", "Traslado de su petición " + radicado,
				"Su petición radicada con el número " + radicado + " fue trasladada por competencia a " + entidad
						+ " mediante el oficio " + oficio[0] + ".\n\nMotivo: " + motivo
						+ "\n\n(Ley 1437 de 2011, art. 21, sustituido por la Ley 1755 de 2015.)");
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("entidad", entidad);
		d.put("motivo", motivo);
		d.put("oficio", oficio[0]);
		d.put("extemporaneo", t != null && t.extemporaneo());
		d.put("copiaPorCorreo", copia);
		auditoria.registrar(AccionAuditoria.PQRSD_TRASLADADA, OBJETO, radicado, h.detalles(d));
		return vista(h.nuevo(), h.plazos(), usuario);
	}

	/**
	 * Requerimiento de información (Ley 1755 de 2015, art. 17): within 10 días of
	 * radicación; the clock stops.
	 * @param plazo the peticionario's last day; {@code null} gives the whole month
	 */
	@Transactional
	@Retryable(predicate = CarreraConMotor.class, maxRetries = 3, delay = 40, jitter = 20, multiplier = 2)
	VistaPqrsd requerir(String radicado, String solicitud, @Nullable LocalDate plazo, UsuarioAutenticado usuario) {
		Hecho h = actuar(radicado, usuario,
				(caso, actor, plazos, ahora) -> caso.requerirInformacion(solicitud, plazo, actor, plazos, ahora));
		var r = h.nuevo().requerimientoPendiente().orElseThrow();
		boolean informado = correoAlPeticionario(h.nuevo(), "requerimiento/" + h.nuevo().requerimientos().size(),
				"Requerimiento de información sobre su petición " + radicado,
				"Para continuar con su petición radicada con el número " + radicado
						+ " le solicitamos aportar lo siguiente a más tardar el " + r.plazo() + ":\n\n" + solicitud
						+ "\n\nSi no lo aporta en ese plazo se entenderá que desistió de la petición (Ley 1437 de "
						+ "2011, art. 17, sustituido por la Ley 1755 de 2015).");
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("solicitud", solicitud);
		d.put("plazo", r.plazo().toString());
		d.put("informadoPorCorreo", informado);
		auditoria.registrar(AccionAuditoria.PQRSD_INFORMACION_REQUERIDA, OBJETO, radicado, h.detalles(d));
		return vista(h.nuevo(), h.plazos(), usuario);
	}

	/** The peticionario's answer to the requerimiento: the clock runs again. */
	@Transactional
	@Retryable(predicate = CarreraConMotor.class, maxRetries = 3, delay = 40, jitter = 20, multiplier = 2)
	VistaPqrsd registrarRespuestaPeticionario(String radicado, String texto, UsuarioAutenticado usuario) {
		Hecho h = actuar(radicado, usuario,
				(caso, actor, plazos, ahora) -> caso.registrarRespuestaPeticionario(texto, actor, plazos, ahora));
		auditoria.registrar(AccionAuditoria.PQRSD_REQUERIMIENTO_ATENDIDO, OBJETO, radicado,
				h.detalles(Map.of("texto", texto)));
		return vista(h.nuevo(), h.plazos(), usuario);
	}

	/** The peticionario's one extension of his plazo (Ley 1755 de 2015, art. 17). */
	@Transactional
	@Retryable(predicate = CarreraConMotor.class, maxRetries = 3, delay = 40, jitter = 20, multiplier = 2)
	VistaPqrsd prorrogarPlazoPeticionario(String radicado, @Nullable LocalDate nuevoPlazo, UsuarioAutenticado usuario) {
		Hecho h = actuar(radicado, usuario,
				(caso, actor, plazos, ahora) -> caso.prorrogarPlazoPeticionario(nuevoPlazo, actor, plazos, ahora));
		var r = h.nuevo().requerimientos().get(h.nuevo().requerimientos().size() - 1);
		auditoria.registrar(AccionAuditoria.PQRSD_PLAZO_PETICIONARIO_PRORROGADO, OBJETO, radicado,
				h.detalles(Map.of("plazo", r.plazo().toString())));
		return vista(h.nuevo(), h.plazos(), usuario);
	}

	/**
	 * The funcionario drafts the answer (with documents). With the dependencia's approval
	 * step on it goes to the jefe; otherwise it becomes the SALIDA radicado and is
	 * communicated at once.
	 */
	@Transactional
	@Retryable(predicate = CarreraConMotor.class, maxRetries = 3, delay = 40, jitter = 20, multiplier = 2)
	VistaPqrsd responder(String radicado, String texto, List<RespuestaAdjunto> documentos,
			SentidosRespuesta.Solicitado sentido, UsuarioAutenticado usuario) {
		Map<String, Object> sentidoAuditado = new LinkedHashMap<>();
		List<EntradasRadicacion.Adjunto> adjuntos = documentos.stream()
			.map(a -> new EntradasRadicacion.Adjunto(a.nombre(), a.tipoDeclarado(), a.contenido()))
			.toList();
		Hecho h = actuar(radicado, usuario, (caso, actor, plazos, ahora) -> {
			Resultado r = caso.proyectarRespuesta(texto, aprobacion.requiereAprobacion(caso.dependencia()), actor,
					plazos, ahora);
			// Radicación's limits and types, before anything is kept.
			entradas.exigirAdmisibles(adjuntos);
			sentidoAuditado.putAll(sentidos.registrar(caso, sentido, actor.usuario(), ahora));
			return r;
		});
		if (!adjuntos.isEmpty()) {
			acciones.guardarDocumentosRespuesta(radicado, adjuntos);
		}
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("requiereAprobacion", h.nuevo().etapa() == Etapa.APROBACION);
		d.put("documentos", acciones.nombresDocumentosRespuesta(radicado));
		d.putAll(sentidoAuditado);
		auditoria.registrar(AccionAuditoria.PQRSD_RESPUESTA_PROYECTADA, OBJETO, radicado, h.detalles(d));
		if (h.nuevo().etapa() == Etapa.COMUNICACION) {
			return comunicar(radicado, usuario);
		}
		var respuesta = java.util.Objects.requireNonNull(h.nuevo().respuesta());
		notificaciones.notificar(new co.pqrsd.server.notificaciones.Notificacion(
				radicado + "/RESPUESTA_POR_APROBAR/" + respuesta.proyectadaEn().toEpochMilli(),
				Set.copyOf(directorio.jefesDe(h.nuevo().dependencia())), "Respuesta por aprobar: PQRSD " + radicado,
				usuario.username() + " proyectó la respuesta de la PQRSD " + radicado + "; apruébela o devuélvala.",
				"/pqrsd/casos/" + radicado));
		return vista(h.nuevo(), h.plazos(), usuario);
	}

	/**
	 * The jefe approves the drafted answer (it becomes the SALIDA radicado and is
	 * communicated) or returns it with his observations.
	 */
	@Transactional
	@Retryable(predicate = CarreraConMotor.class, maxRetries = 3, delay = 40, jitter = 20, multiplier = 2)
	VistaPqrsd aprobar(String radicado, boolean aprobada, @Nullable String observaciones, UsuarioAutenticado usuario) {
		String obs = observaciones == null ? "" : observaciones;
		if (!aprobada) {
			Hecho h = actuar(radicado, usuario,
					(caso, actor, plazos, ahora) -> caso.devolverRespuesta(obs, actor, plazos, ahora));
			auditoria.registrar(AccionAuditoria.PQRSD_RESPUESTA_DEVUELTA, OBJETO, radicado,
					h.detalles(Map.of("observaciones", obs)));
			var devuelta = java.util.Objects.requireNonNull(h.nuevo().respuesta());
			if (h.nuevo().asignadoA() != null) {
				notificaciones.notificar(new co.pqrsd.server.notificaciones.Notificacion(
						radicado + "/RESPUESTA_DEVUELTA/" + devuelta.proyectadaEn().toEpochMilli(),
						Set.of(h.nuevo().asignadoA()), "Respuesta devuelta: PQRSD " + radicado,
						usuario.username() + " devolvió la respuesta de la PQRSD " + radicado + ": " + obs,
						"/pqrsd/casos/" + radicado));
			}
			return vista(h.nuevo(), h.plazos(), usuario);
		}
		Hecho h = actuar(radicado, usuario,
				(caso, actor, plazos, ahora) -> caso.aprobarRespuesta(obs, actor, plazos, ahora));
		auditoria.registrar(AccionAuditoria.PQRSD_RESPUESTA_APROBADA, OBJETO, radicado,
				h.detalles(Map.of("observaciones", obs)));
		return comunicar(radicado, usuario);
	}

	/**
	 * The approved answer becomes a SALIDA radicado linked to the ENTRADA and is
	 * communicated by the peticionario's channel; the term is satisfied now (Corte
	 * Constitucional T-149 de 2013).
	 */
	private VistaPqrsd comunicar(String radicado, UsuarioAutenticado usuario) {
		String[] salida = new String[1];
		String[] medio = new String[1];
		String[] correo = new String[1];
		Hecho h = actuar(radicado, usuario, (caso, actor, plazos, ahora) -> {
			AccionesPermitidas.rechazo(co.pqrsd.core.pqrsd.Accion.COMUNICAR_RESPUESTA, caso, actor, plazos, ahora)
				.ifPresent(rechazo -> {
					throw rechazo.comoError();
				});
			var canal = acciones.canalRespuesta(radicado).orElse(null);
			correo[0] = caso.anonimo() ? null : entradas.correoRemitente(radicado).orElse(null);
			String medioRadicacion;
			if (caso.anonimo()) {
				// Ley 1437 de 2011, art. 69 (by analogy): an unknown peticionario's
				// answer
				// is published for 5 días.
				medio[0] = "PUBLICACION_WEB";
				medioRadicacion = "OTRO";
			}
			else if (correo[0] != null
					&& (canal == null || canal == SolicitudCreacion.CanalRespuesta.CORREO_ELECTRONICO)) {
				medio[0] = "CORREO_ELECTRONICO";
				medioRadicacion = "CORREO_ELECTRONICO";
			}
			else {
				correo[0] = null;
				medio[0] = canal == SolicitudCreacion.CanalRespuesta.CORREO_POSTAL ? "CORREO_POSTAL" : "PRESENCIAL";
				medioRadicacion = medio[0];
			}
			var respuesta = java.util.Objects.requireNonNull(caso.respuesta());
			salida[0] = entradas.radicarSalida(
					new EntradasRadicacion.NuevaSalida("Respuesta a la petición " + radicado, respuesta.texto(),
							caso.dependencia(), medioRadicacion, null, radicado),
					acciones.documentosRespuesta(radicado), usuario);
			return caso.comunicarRespuesta(salida[0], medio[0], actor, plazos, ahora);
		});
		acciones.registrarSalida(radicado, salida[0], "RESPUESTA");
		reservarSiDenuncia(h.nuevo(), salida[0]);
		acciones.borrarDocumentosRespuesta(radicado);
		if (correo[0] != null) {
			notificaciones.correoExterno("pqrsd/" + radicado + "/respuesta/" + salida[0], correo[0],
					"Respuesta a su petición " + radicado,
					java.util.Objects.requireNonNull(h.nuevo().respuesta()).texto() + "\n\nRadicado de respuesta: "
							+ salida[0]);
		}
		var c = java.util.Objects.requireNonNull(h.nuevo().comunicacion());
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("radicadoSalida", salida[0]);
		d.put("medio", medio[0]);
		d.put("oportuna", c.oportuna());
		auditoria.registrar(AccionAuditoria.PQRSD_RESPUESTA_COMUNICADA, OBJETO, radicado, h.detalles(d));
		return vista(h.nuevo(), h.plazos(), usuario);
	}

	/**
	 * Desistimiento expreso (art. 18: {@code acto} is the radicado of the written
	 * withdrawal) or tácito (art. 17: {@code acto} is the motivated act's number and
	 * {@code motivacion} its reasons).
	 */
	@Transactional
	@Retryable(predicate = CarreraConMotor.class, maxRetries = 3, delay = 40, jitter = 20, multiplier = 2)
	VistaPqrsd desistir(String radicado, Desistimiento.Tipo tipo, String acto, @Nullable String motivacion,
			UsuarioAutenticado usuario) {
		String m = motivacion == null ? "" : motivacion;
		Hecho h = actuar(radicado, usuario,
				(caso, actor, plazos, ahora) -> tipo == Desistimiento.Tipo.TACITO
						? caso.decretarDesistimientoTacito(acto, m, actor, plazos, ahora)
						: caso.registrarDesistimientoExpreso(acto, m, actor, plazos, ahora));
		auditoria.registrar(AccionAuditoria.PQRSD_DESISTIDA, OBJETO, radicado,
				h.detalles(Map.of("tipo", tipo.name(), "acto", acto, "motivacion", m)));
		return vista(h.nuevo(), h.plazos(), usuario);
	}

	@Transactional
	@Retryable(predicate = CarreraConMotor.class, maxRetries = 3, delay = 40, jitter = 20, multiplier = 2)
	VistaPqrsd registrarNota(String radicado, String texto, UsuarioAutenticado usuario) {
		Hecho h = actuar(radicado, usuario,
				(caso, actor, plazos, ahora) -> caso.registrarNota(texto, actor, plazos, ahora));
		auditoria.registrar(AccionAuditoria.PQRSD_NOTA_REGISTRADA, OBJETO, radicado,
				h.detalles(Map.of("texto", texto)));
		return vista(h.nuevo(), h.plazos(), usuario);
	}

	/** An internal consultation to another dependencia, with its own due date. */
	@Transactional
	@Retryable(predicate = CarreraConMotor.class, maxRetries = 3, delay = 40, jitter = 20, multiplier = 2)
	VistaPqrsd consultar(String radicado, String dependencia, String pregunta, LocalDate vence,
			UsuarioAutenticado usuario) {
		Hecho h = actuar(radicado, usuario, (caso, actor, plazos, ahora) -> {
			Resultado r = caso.consultarDependencia(dependencia, pregunta, vence, actor, plazos, ahora);
			if (dependencias.buscar(dependencia).isEmpty()) {
				throw new NoEncontrado("DEPENDENCIA_NO_ENCONTRADA", "La dependencia " + dependencia + " no existe.",
						Map.of("dependencia", dependencia));
			}
			return r;
		});
		int numero = h.nuevo().consultas().size();
		auditoria.registrar(AccionAuditoria.PQRSD_CONSULTA_INTERNA_SOLICITADA, OBJETO, radicado, h.detalles(
				Map.of("numero", numero, "dependencia", dependencia, "pregunta", pregunta, "vence", vence.toString())));
		return vista(h.nuevo(), h.plazos(), usuario);
	}

	@Transactional
	@Retryable(predicate = CarreraConMotor.class, maxRetries = 3, delay = 40, jitter = 20, multiplier = 2)
	VistaPqrsd responderConsulta(String radicado, int numero, String texto, UsuarioAutenticado usuario) {
		Hecho h = actuar(radicado, usuario,
				(caso, actor, plazos, ahora) -> caso.responderConsulta(numero, texto, actor, plazos, ahora));
		auditoria.registrar(AccionAuditoria.PQRSD_CONSULTA_INTERNA_RESPONDIDA, OBJETO, radicado,
				h.detalles(Map.of("numero", numero, "texto", texto)));
		return vista(h.nuevo(), h.plazos(), usuario);
	}

	/** Archives a case answered, transferred or withdrawn. */
	@Transactional
	@Retryable(predicate = CarreraConMotor.class, maxRetries = 3, delay = 40, jitter = 20, multiplier = 2)
	VistaPqrsd cerrar(String radicado, UsuarioAutenticado usuario) {
		Hecho h = actuar(radicado, usuario, (caso, actor, plazos, ahora) -> caso.cerrar(actor, plazos, ahora));
		auditoria.registrar(AccionAuditoria.PQRSD_CERRADA, OBJETO, radicado, h.detalles(Map.of()));
		return vista(h.nuevo(), h.plazos(), usuario);
	}

	/**
	 * An answer to an anonymous filing while it stays published (no personal data).
	 *
	 * @param radicado the ENTRADA radicado the anonymous peticionario received
	 */
	record RespuestaPublicada(String radicado, String radicadoSalida, String texto, LocalDate desde, LocalDate retiro) {
	}

	/**
	 * @return the answers to anonymous filings inside their publication window today,
	 * reserved denuncias excluded (their number is reserved).
	 */
	@Transactional(readOnly = true)
	List<RespuestaPublicada> respuestasPublicadas() {
		LocalDate hoy = terminos.hoy();
		return acciones.publicadas()
			.stream()
			.filter(c -> !c.denunciaCorrupcion() && c.comunicacion() != null && c.respuesta() != null)
			.filter(c -> {
				var p = java.util.Objects.requireNonNull(c.comunicacion().publicacion());
				return !hoy.isBefore(p.desde()) && !hoy.isAfter(p.retiro());
			})
			.map(c -> new RespuestaPublicada(c.radicado(), c.comunicacion().radicadoSalida(), c.respuesta().texto(),
					c.comunicacion().publicacion().desde(), c.comunicacion().publicacion().retiro()))
			.toList();
	}

	/**
	 * A SALIDA of a corruption denuncia names the denunciante (answer) or carries the
	 * denuncia (oficio): reserved like its ENTRADA (Ley 1474 de 2011, art. 76).
	 */
	private void reservarSiDenuncia(Pqrsd caso, String salida) {
		if (caso.denunciaCorrupcion()) {
			entradas.reservar(salida, "DENUNCIA_CORRUPCION");
		}
	}

	/**
	 * Queues a mail to the peticionario when he gave an e-mail (never for an anonymous
	 * filing).
	 * @return whether a mail was queued
	 */
	private boolean correoAlPeticionario(Pqrsd caso, String clave, String asunto, String texto) {
		if (caso.anonimo()) {
			return false;
		}
		return entradas.correoRemitente(caso.radicado())
			.map(correo -> notificaciones.correoExterno("pqrsd/" + caso.radicado() + "/" + clave, correo, asunto,
					texto))
			.orElse(false);
	}

	/** An action done and stored, to be audited by the caller. */
	record Hecho(Pqrsd anterior, Pqrsd nuevo, Plazos plazos) {

		Map<String, Object> detalles(Map<String, Object> propios) {
			Map<String, Object> d = new LinkedHashMap<>(propios);
			d.put("estadoAnterior", anterior.estado().name());
			d.put("estado", nuevo.estado().name());
			return d;
		}

	}

	interface Accion {

		Resultado aplicar(Pqrsd caso, Actor actor, Plazos plazos, Instant ahora);

	}

	/**
	 * Loads the case locked, checks it is visible, applies the core action and stores the
	 * new case and its facts; the caller audits in the same transaction.
	 */
	private Hecho actuar(String radicado, UsuarioAutenticado usuario, Accion a) {
		Pqrsd caso = repositorio.bloquear(radicado).orElseThrow(() -> noEncontrada(radicado));
		exigirVisible(caso, usuario);
		return aplicar(caso, actor(usuario), a);
	}

	/**
	 * An action of the process itself (a timer: the term's expiry, the peticionario's
	 * plazo), as {@link Actor#sistema()}, in the caller's transaction; audited here as
	 * the user {@code sistema}.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	Hecho actuarComoSistema(String radicado, AccionAuditoria accionAuditoria, Accion a) {
		Pqrsd caso = repositorio.bloquear(radicado).orElseThrow(() -> noEncontrada(radicado));
		Hecho h = aplicar(caso, Actor.sistema(), a);
		auditoria.registrarDelSistema(accionAuditoria, OBJETO, radicado, h.detalles(Map.of()));
		return h;
	}

	/** Applies the core action and stores the new case and its facts. */
	private Hecho aplicar(Pqrsd caso, Actor actor, Accion a) {
		Plazos plazos = plazos();
		Instant ahora = reloj.instant();
		Resultado r;
		try {
			r = a.aplicar(caso, actor, plazos, ahora);
		}
		catch (ErrorDominio e) {
			throw traducir(e);
		}
		Pqrsd nuevo = r.pqrsd();
		repositorio.actualizar(nuevo, plazos.fechaVencimiento(nuevo).orElse(null), ahora);
		repositorio.registrarHechos(r.hechos(), actor.usuario());
		eventos.publishEvent(new PqrsdCambiada(caso, nuevo, r.hechos(), actor.usuario()));
		return new Hecho(caso, nuevo, plazos);
	}

	/** The core's refusals as HTTP: not found, state conflict, role, or a 400 rule. */
	private static ErrorDominio traducir(ErrorDominio e) {
		return switch (e.codigo()) {
			case "PQRSD_NO_ENCONTRADA" -> new NoEncontrado(e.codigo(), e.getMessage(), e.parametros());
			case "ACCION_NO_PERMITIDA" -> new Conflicto(e.codigo(), e.getMessage(), e.parametros());
			case "ACCION_NO_AUTORIZADA" -> new AccionNoAutorizada(e);
			default -> e;
		};
	}

	private void exigirVisible(Pqrsd caso, UsuarioAutenticado usuario) {
		if (!VisibilidadPqrsd.puedeVer(caso, actor(usuario))) {
			// Ley 1474 de 2011, art. 76: a corruption denuncia is reserved; its existence
			// must not leak (404), and the attempt is recorded.
			auditoria.registrarAparte(AccionAuditoria.ACCESO_DENEGADO, OBJETO, caso.radicado(),
					co.pqrsd.server.auditoria.Resultado.DENEGADO, Map.of("motivo", "PQRSD_RESERVADA"));
			throw noEncontrada(caso.radicado());
		}
	}

	private static Conflicto yaExiste(String numero) {
		return new Conflicto("PQRSD_YA_EXISTE",
				"El radicado " + numero + " ya tiene su PQRSD: una sola por radicado de entrada.",
				Map.of("radicado", numero));
	}

	private static NoEncontrado noEncontrada(String radicado) {
		return new NoEncontrado("PQRSD_NO_ENCONTRADA", "No existe la PQRSD " + radicado + ".",
				Map.of("radicado", radicado));
	}

	/** The user as the core's rules know him, with the repartos he was named to do. */
	Actor actor(UsuarioAutenticado u) {
		return actor(u, repartidores.repartoDe(u.username()));
	}

	/** The user as the core's rules know him. */
	static Actor actor(UsuarioAutenticado u, Set<String> repartoDe) {
		Set<co.pqrsd.core.pqrsd.Rol> roles = u.rolesAsignados()
			.stream()
			.map(r -> co.pqrsd.core.pqrsd.Rol.valueOf(r.name()))
			.collect(Collectors.toSet());
		return new Actor(u.username(), roles, u.codigosDependencias(), repartoDe);
	}

	/** Radicación's medio for a PQRSD canal (the verbal one is received in person). */
	private static String medio(Canal canal) {
		return canal == Canal.PRESENCIAL_VERBAL ? "PRESENCIAL" : canal.name();
	}

	/**
	 * The case as the user sees it: the peticionario's identity only for who may see it
	 * (Ley 1474 de 2011, art. 76 for a corruption denuncia).
	 */
	private VistaPqrsd vista(Pqrsd caso, Plazos plazos, UsuarioAutenticado usuario) {
		return vista(caso, plazos, usuario, () -> entradas.remitente(caso.radicado()).orElse(null),
				acciones.canalRespuesta(caso.radicado()).map(Enum::name).orElse(null), false);
	}

	/**
	 * @param remitente the ENTRADA's peticionario, asked for only when the user may see
	 * him
	 * @param nuevo a case the staff just created: no citizen's data-protection consent to
	 * read
	 */
	private VistaPqrsd vista(Pqrsd caso, Plazos plazos, UsuarioAutenticado usuario,
			java.util.function.Supplier<EntradasRadicacion.@Nullable Peticionario> remitente, @Nullable String canal,
			boolean nuevo) {
		Instant ahora = reloj.instant();
		SituacionTermino s = plazos.situacion(caso, LocalDate.ofInstant(ahora, Colombia.ZONA));
		EntradasRadicacion.Peticionario peticionario = caso.anonimo()
				|| !VisibilidadPqrsd.puedeVerIdentidad(caso, actor(usuario)) ? null : remitente.get();
		return VistaPqrsd.de(caso, s, Historial.de(caso, plazos.calendario(), ahora), peticionario, canal,
				nuevo ? null : autorizaciones.de(caso.radicado()).orElse(null));
	}

	static OffsetDateTime enBogota(Instant instante) {
		return instante.atZone(Colombia.ZONA).toOffsetDateTime();
	}

}
