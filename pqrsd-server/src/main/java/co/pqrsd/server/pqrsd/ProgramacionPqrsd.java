package co.pqrsd.server.pqrsd;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import co.pqrsd.core.comun.Colombia;
import co.pqrsd.core.pqrsd.Aviso;
import co.pqrsd.core.pqrsd.HechoPqrsd;
import co.pqrsd.core.pqrsd.PlanAvisos;
import co.pqrsd.core.pqrsd.Plazos;
import co.pqrsd.core.pqrsd.Pqrsd;
import co.pqrsd.core.pqrsd.ResumenDiario;
import co.pqrsd.core.pqrsd.Tarea;
import co.pqrsd.server.auditoria.AccionAuditoria;
import co.pqrsd.server.auditoria.Auditoria;
import co.pqrsd.server.notificaciones.Notificacion;
import co.pqrsd.server.notificaciones.Notificaciones;
import co.pqrsd.server.pqrsd.motor.MotorPqrsd;
import co.pqrsd.server.pqrsd.motor.ReceptorTemporizadores;
import co.pqrsd.server.radicacion.EntradasRadicacion;
import co.pqrsd.server.seguridad.Directorio;
import co.pqrsd.server.seguridad.Rol;
import co.pqrsd.server.terminos.CalendarioModificado;
import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps each case's process, engine tasks and timer in step with the case, in the
 * transaction of every change ({@link PqrsdCambiada}); does the avisos when the engine's
 * timer fires; sends the daily digest; reschedules every open case when the calendar
 * changes.
 */
@Component
class ProgramacionPqrsd implements ReceptorTemporizadores {

	private static final Logger log = LoggerFactory.getLogger(ProgramacionPqrsd.class);

	private static final int LOTE = 200;

	private final PqrsdRepository repositorio;

	private final ServicioPqrsd servicio;

	private final MotorPqrsd motor;

	private final EntradasRadicacion entradas;

	private final Notificaciones notificaciones;

	private final Directorio directorio;

	private final Auditoria auditoria;

	private final Clock reloj;

	private final TransactionTemplate transaccion;

	private final ExecutorService reprogramador = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "pqrsd-reprogramacion");
		t.setDaemon(true);
		return t;
	});

	private final AtomicLong reprogramaciones = new AtomicLong();

	ProgramacionPqrsd(PqrsdRepository repositorio, ServicioPqrsd servicio, MotorPqrsd motor,
			EntradasRadicacion entradas, Notificaciones notificaciones, Directorio directorio, Auditoria auditoria,
			Clock reloj, PlatformTransactionManager transacciones) {
		this.repositorio = repositorio;
		this.servicio = servicio;
		this.motor = motor;
		this.entradas = entradas;
		this.notificaciones = notificaciones;
		this.directorio = directorio;
		this.auditoria = auditoria;
		this.reloj = reloj;
		this.transaccion = new TransactionTemplate(transacciones);
	}

	/** The process of a new case, and its process kept at the case's step after. */
	@EventListener
	void alCambiar(PqrsdCambiada e) {
		Pqrsd caso = e.nuevo();
		String r = caso.radicado();
		if (e.anterior() == null) {
			// Born in reparto (ServicioPqrsd.crear), its bandeja's columns written with
			// it. The process starts right after this transaction commits
			// (iniciarProceso): the radicado's gapless counter stays locked only while
			// the radicado and the case are written, not while the engine works. The
			// row makes the start survive a crash in between.
			repositorio.procesoPendiente(r, reloj.instant());
			tareasLaterales(e);
			return;
		}
		motor.sincronizar(r, paso(caso), caso.dependencia(), caso.asignadoA());
		tareasLaterales(e);
		reprogramar(caso, servicio.plazos());
	}

	/**
	 * Right after the new case's transaction commits, in the same thread; not on
	 * radicación's combiner, whose callers start their processes themselves
	 * ({@link #alConfirmarCreacion}) so that the next batch does not wait for the engine.
	 */
	@TransactionalEventListener
	void iniciarProceso(PqrsdCambiada e) {
		if (e.anterior() == null && !entradas.enLoteCombinado()) {
			iniciarTrasConfirmar(e.radicado(), e.nuevo());
		}
	}

	/** A case created through radicación's combiner, committed: its process now. */
	@EventListener
	void alConfirmarCreacion(ServicioPqrsd.InicioPendiente e) {
		iniciarTrasConfirmar(e.radicado(), e.caso());
	}

	private void iniciarTrasConfirmar(String radicado, Pqrsd creado) {
		try {
			transaccion.executeWithoutResult(t -> iniciarPendiente(radicado, creado));
		}
		catch (RuntimeException ex) {
			// The case is stored and answered; its pending row stays, and the sweep
			// starts the process within a minute.
			log.warn("El proceso de la PQRSD {} se iniciará en el barrido: {}", radicado, ex.toString());
		}
	}

	/**
	 * Starts the process of a case whose start is pending, at the case's current step;
	 * exactly once (the pending row is taken with the case locked).
	 */
	void iniciarPendiente(String radicado) {
		iniciarPendiente(radicado, null);
	}

	/**
	 * @param creado the case as this node just stored it, if so: while its stored version
	 * is still the first one (locked, not read back), it is the case as stored, and no
	 * aviso of it can have been done (only its process's timer does them)
	 */
	private void iniciarPendiente(String radicado, @Nullable Pqrsd creado) {
		Pqrsd caso;
		Set<String> enviados = null;
		if (creado != null) {
			Integer version = repositorio.bloquearVersion(radicado).orElse(null);
			if (version == null) {
				return;
			}
			if (version == 0) {
				caso = creado;
				enviados = Set.of();
			}
			else {
				caso = repositorio.buscar(radicado).orElseThrow();
			}
		}
		else {
			caso = repositorio.bloquear(radicado).orElse(null);
		}
		if (caso == null || !repositorio.tomarProcesoPendiente(radicado)) {
			return;
		}
		List<Aviso> plan = PlanAvisos.de(caso, servicio.plazos());
		motor.iniciar(radicado, paso(caso), caso.dependencia(), caso.asignadoA(),
				proximo(plan, enviados != null ? enviados : repositorio.avisosEnviados(radicado), reloj.instant()));
	}

	/** Starts the processes a crash left pending (at start-up, then every minute). */
	@Scheduled(initialDelayString = "PT20S", fixedDelayString = "PT1M")
	void iniciarProcesosPendientes() {
		for (String r : repositorio.procesosPendientes(reloj.instant().minusSeconds(10), LOTE)) {
			try {
				transaccion.executeWithoutResult(t -> iniciarPendiente(r));
			}
			catch (RuntimeException ex) {
				log.error("No se pudo iniciar el proceso pendiente de la PQRSD {}", r, ex);
			}
		}
	}

	private static MotorPqrsd.Paso paso(Pqrsd caso) {
		if (!caso.estado().abierta()) {
			return MotorPqrsd.Paso.FIN;
		}
		return switch (caso.etapa()) {
			case REPARTO -> MotorPqrsd.Paso.REPARTO;
			case TRAMITE -> MotorPqrsd.Paso.TRAMITE;
			case APROBACION -> MotorPqrsd.Paso.APROBACION;
			case COMUNICACION -> MotorPqrsd.Paso.COMUNICACION;
			case FINALIZADA -> MotorPqrsd.Paso.FIN;
		};
	}

	/** The side tasks the core opened, and those the action finished. */
	private void tareasLaterales(PqrsdCambiada e) {
		String r = e.radicado();
		int consulta = 0;
		for (HechoPqrsd h : e.hechos()) {
			if (h instanceof HechoPqrsd.ConsultaInternaSolicitada s) {
				consulta = s.consulta().numero();
			}
			else if (h instanceof HechoPqrsd.TareaCreada t) {
				Tarea tarea = t.tarea();
				String referencia = tarea.tipo() == Tarea.Tipo.RESPONDER_CONSULTA_INTERNA ? String.valueOf(consulta)
						: "1";
				motor.abrirTarea(r, tarea.tipo().name(), referencia, tarea.tipo().nombre() + " · PQRSD " + r,
						tarea.dependencia(), tarea.asignadoA(), tarea.vence());
			}
			else if (h instanceof HechoPqrsd.ConsultaInternaRespondida c) {
				motor.completarTareas(r, Tarea.Tipo.RESPONDER_CONSULTA_INTERNA.name(),
						String.valueOf(c.consulta().numero()));
			}
			else if (h instanceof HechoPqrsd.RespuestaComunicada) {
				motor.completarTareas(r, Tarea.Tipo.ENTREGAR_COPIAS.name(), null);
			}
			else if (h instanceof HechoPqrsd.PqrsdDesistida) {
				motor.completarTareas(r, Tarea.Tipo.DECRETAR_DESISTIMIENTO.name(), null);
			}
		}
		if (!e.nuevo().estado().abierta()) {
			for (Tarea.Tipo tipo : Tarea.Tipo.values()) {
				motor.completarTareas(r, tipo.name(), null);
			}
		}
	}

	/**
	 * Recomputes the case's avisos: the bandeja's semáforo dates and the engine's timer
	 * at the next one not yet done.
	 */
	private void reprogramar(Pqrsd caso, Plazos plazos) {
		List<Aviso> plan = PlanAvisos.de(caso, plazos);
		fijarSemaforo(caso.radicado(), plan);
		motor.programar(caso.radicado(), proximo(plan, repositorio.avisosEnviados(caso.radicado()), reloj.instant()));
	}

	private void fijarSemaforo(String radicado, List<Aviso> plan) {
		LocalDate amarillo = dia(plan, Aviso.Tipo.SEMAFORO_AMARILLO);
		LocalDate rojo = dia(plan, Aviso.Tipo.SEMAFORO_ROJO);
		repositorio.fijarSemaforo(radicado, amarillo != null ? amarillo : rojo, rojo);
	}

	static @Nullable LocalDate dia(List<Aviso> plan, Aviso.Tipo tipo) {
		return plan.stream()
			.filter(a -> a.tipo() == tipo)
			.map(a -> LocalDate.ofInstant(a.programadoPara(), Colombia.ZONA))
			.findFirst()
			.orElse(null);
	}

	/**
	 * @return now when an aviso is due and not done, else the first future one not done;
	 * {@code null} when none is left
	 */
	static @Nullable Instant proximo(List<Aviso> plan, Set<String> enviadas, Instant ahora) {
		if (!PlanAvisos.pendientes(plan, enviadas, ahora).isEmpty()) {
			return ahora;
		}
		return plan.stream()
			.filter(a -> !enviadas.contains(a.clave()) && a.programadoPara().isAfter(ahora))
			.map(Aviso::programadoPara)
			.min(Instant::compareTo)
			.orElse(null);
	}

	/** Runs in the timer job's transaction, the case locked. */
	@Override
	public @Nullable Instant avisosVencidos(String radicado) {
		// The timer waits for a user's action on the case to end, and only then writes
		// (its avisos and the engine's rows: its execution, its next timer). Skipping a
		// busy case and re-arming at once made the job commit the case's engine rows in
		// the middle of the user's action, which then failed on a version conflict (500
		// in CI). Now the job is the one that may lose (the engine retries it) when the
		// action ended the process. Every user action takes the case's lock before it
		// touches the case's engine rows, but the engine's own statements around the job
		// (its lock on the process instance, the job row) are outside our order, and
		// PostgreSQL has reported deadlocks between a job and an action on the same case
		// under load. Both sides recover: PostgreSQL aborts one, the engine retries its
		// job, and the user's action is retried by motor.CarreraConMotor (then 409
		// CONFLICTO_CONCURRENTE, never a 500); nothing is half-written either way.
		Pqrsd caso = repositorio.bloquear(radicado).orElse(null);
		Instant ahora = reloj.instant();
		if (caso == null) {
			return null;
		}
		Plazos plazos = servicio.plazos();
		// A state change (the expiry) may make further avisos due at once.
		for (int vuelta = 0; vuelta < 4; vuelta++) {
			List<Aviso> pendientes = PlanAvisos.pendientes(PlanAvisos.de(caso, plazos),
					repositorio.avisosEnviados(radicado), ahora);
			if (pendientes.isEmpty()) {
				break;
			}
			for (Aviso a : pendientes) {
				if (repositorio.registrarAviso(a.clave(), radicado, a.tipo().name(), ahora)) {
					caso = efecto(caso, a);
				}
			}
		}
		List<Aviso> plan = PlanAvisos.de(caso, plazos);
		fijarSemaforo(radicado, plan);
		return proximo(plan, repositorio.avisosEnviados(radicado), ahora);
	}

	private Pqrsd efecto(Pqrsd caso, Aviso a) {
		String r = caso.radicado();
		switch (a.tipo()) {
			case VENCIMIENTO:
				// Ley 1755 de 2015, art. 14: the term ends at midnight of its last day.
				return servicio
					.actuarComoSistema(r, AccionAuditoria.PQRSD_TERMINO_VENCIDO,
							(c, actor, p, ahora) -> c.vencer(actor, p, ahora))
					.nuevo();
			case PLAZO_PETICIONARIO_VENCIDO:
				// Ley 1755 de 2015, art. 17: without answer, desistimiento tácito by
				// motivated act.
				return servicio
					.actuarComoSistema(r, AccionAuditoria.PQRSD_PLAZO_PETICIONARIO_VENCIDO,
							(c, actor, p, ahora) -> c.vencerPlazoPeticionario(actor, p, ahora))
					.nuevo();
			case ESCALAMIENTO:
				repositorio.marcarEscalada(r, reloj.instant());
				auditoria.registrarDelSistema(AccionAuditoria.PQRSD_ESCALADA, ServicioPqrsd.OBJETO, r,
						Map.of("clave", a.clave()));
				notificar(caso, a);
				return caso;
			default:
				notificar(caso, a);
				return caso;
		}
	}

	private void notificar(Pqrsd caso, Aviso a) {
		Set<String> usuarios = new LinkedHashSet<>();
		for (Aviso.Destinatario d : a.destinatarios()) {
			switch (d) {
				case ASIGNADO -> {
					if (caso.asignadoA() != null) {
						usuarios.add(caso.asignadoA());
					}
					else {
						usuarios.addAll(directorio.jefesDe(caso.dependencia()));
					}
				}
				case JEFE -> usuarios.addAll(directorio.jefesDe(caso.dependencia()));
				case CONTROL_INTERNO -> usuarios.addAll(directorio.conRol(Rol.CONTROL_INTERNO));
				case MOTOR -> {
				}
			}
		}
		if (usuarios.isEmpty()) {
			log.warn("Aviso {} sin destinatarios activos", a.clave());
			return;
		}
		notificaciones.notificar(
				new Notificacion(a.clave(), usuarios, asunto(a), a.mensaje(), "/pqrsd/casos/" + caso.radicado()));
	}

	private static String asunto(Aviso a) {
		String r = a.radicado();
		return switch (a.tipo()) {
			case PELIGRO_INMINENTE -> "PQRSD " + r + ": peligro inminente";
			case DENUNCIA_CORRUPCION -> "Denuncia de corrupción " + r + " radicada";
			case SEMAFORO_AMARILLO -> "PQRSD " + r + " en amarillo";
			case SEMAFORO_ROJO -> "PQRSD " + r + " en rojo";
			case VENCIMIENTO -> "PQRSD " + r + " vencida";
			case ESCALAMIENTO -> "PQRSD " + r + " vencida sin respuesta: escalamiento";
			case ENTREGA_COPIAS_VENCIDA -> "PQRSD " + r + ": entrega de copias vencida";
			case PLAZO_PETICIONARIO_VENCIDO -> "PQRSD " + r + ": venció el plazo del peticionario";
			case SILENCIO_NEGATIVO -> "PQRSD " + r + ": silencio negativo";
		};
	}

	/** Runs in the digest timer's job transaction. */
	@Override
	public Instant resumenDiario() {
		Instant ahora = reloj.instant();
		Plazos plazos = servicio.plazos();
		LocalDate hoy = LocalDate.ofInstant(ahora, Colombia.ZONA);
		for (ResumenDiario.Resumen r : ResumenDiario.para(repositorio.asignadosEnRiesgo(hoy), plazos, hoy)) {
			if (r.programadoPara().isAfter(ahora)) {
				continue;
			}
			String texto = r.lineas()
				.stream()
				.map(l -> "- " + l.radicado() + " · " + l.estado().nombre() + " · " + l.color().name()
						+ (l.vencimiento() == null ? "" : " · vence el " + l.vencimiento()) + " · "
						+ l.diasHabilesRestantes() + " días hábiles restantes")
				.collect(Collectors.joining("\n", "Sus PQRSD en riesgo hoy " + hoy + ":\n", ""));
			notificaciones.notificar(new Notificacion(r.clave(), Set.of(r.usuario()),
					"Resumen diario: " + r.lineas().size() + " PQRSD en riesgo", texto, "/pqrsd/bandeja"));
		}
		return ResumenDiario.siguienteEnvio(ahora, plazos);
	}

	/** The singleton digest process, started once per database. */
	@EventListener(ApplicationReadyEvent.class)
	void arrancar() {
		motor.asegurarResumenDiario(() -> ResumenDiario.siguienteEnvio(reloj.instant(), servicio.plazos()));
	}

	/**
	 * A closure declared or revoked (or any calendar change) moves every open case's
	 * dates: after commit, in batches, each case locked while its timer moves.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void alModificarCalendario(CalendarioModificado e) {
		reprogramador.execute(() -> {
			try {
				reprogramarAbiertos();
			}
			catch (RuntimeException ex) {
				log.error("No se pudieron reprogramar los avisos tras el cambio de calendario ({})", e.motivo(), ex);
			}
		});
	}

	/** Reschedules every open case, {@value #LOTE} per transaction. */
	void reprogramarAbiertos() {
		String despues = "";
		while (true) {
			String desde = despues;
			List<String> lote = transaccion.execute(t -> {
				List<String> radicados = repositorio.abiertos(desde, LOTE);
				Plazos plazos = servicio.plazos();
				for (String r : radicados) {
					repositorio.bloquear(r).ifPresent(c -> reprogramar(c, plazos));
				}
				return radicados;
			});
			if (lote == null || lote.isEmpty()) {
				break;
			}
			despues = lote.get(lote.size() - 1);
		}
		reprogramaciones.incrementAndGet();
	}

	/**
	 * @return how many full reschedulings after calendar changes have finished.
	 */
	long reprogramaciones() {
		return reprogramaciones.get();
	}

	@PreDestroy
	void detener() {
		reprogramador.shutdownNow();
	}

}
