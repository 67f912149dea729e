package co.pqrsd.server.pqrsd.motor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.job.api.Job;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engine as the PQRSD module drives it: one process instance per case (business key =
 * radicado) whose open user task follows the case's step, one timer per case at its next
 * aviso, the side tasks the core opens, and the singleton digest process. Every method
 * runs in the caller's transaction (the engine joins Spring's), so the case, its process
 * and its timer change together or not at all.
 */
@Component
public class MotorPqrsd {

	static final String PROCESO = "pqrsd";

	static final String PROCESO_RESUMEN = "resumenDiario";

	static final String PROXIMO_AVISO = "proximoAviso";

	static final String SIGUIENTE_RESUMEN = "siguienteResumen";

	/** The timer of a case without pending avisos: far away, re-armed by any change. */
	static final String SIN_AVISO = "2999-12-31T00:00:00Z";

	private static final String TIMER = "esperaAviso";

	private static final String VAR_RADICADO = "radicado";

	private static final String VAR_REFERENCIA = "referencia";

	/** The step of the case the process must be at. */
	public enum Paso {

		REPARTO("reparto"), TRAMITE("tramite"), APROBACION("aprobacion"), COMUNICACION("comunicacion"), FIN("fin");

		private final String tarea;

		Paso(String tarea) {
			this.tarea = tarea;
		}

		String tarea() {
			return tarea;
		}

		boolean delJefe() {
			return this == REPARTO || this == APROBACION;
		}

	}

	/**
	 * An open engine task.
	 *
	 * @param tipo the side task's type ({@code Tarea.Tipo} name), {@code null} for the
	 * case's main step
	 * @param vence its due instant, if any
	 */
	public record TareaAbierta(String id, String nombre, String radicado, @Nullable String tipo,
			@Nullable Instant vence) {
	}

	private static final List<String> PASOS = List.of("reparto", "tramite", "aprobacion", "comunicacion");

	private final RuntimeService ejecucion;

	private final TaskService tareas;

	private final ManagementService gestion;

	private final SpringProcessEngineConfiguration configuracion;

	private final JdbcClient jdbc;

	MotorPqrsd(RuntimeService ejecucion, TaskService tareas, ManagementService gestion,
			SpringProcessEngineConfiguration configuracion, JdbcClient jdbc) {
		this.ejecucion = ejecucion;
		this.tareas = tareas;
		this.gestion = gestion;
		this.configuracion = configuracion;
		this.jdbc = jdbc;
	}

	static String instante(@Nullable Instant instante) {
		return instante == null ? SIN_AVISO : instante.toString();
	}

	/**
	 * Starts the case's process at its step (reparto for a new case), its timer at the
	 * next aviso; a case already finished gets none.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void iniciar(String radicado, Paso paso, String dependencia, @Nullable String asignado,
			@Nullable Instant proximoAviso) {
		if (paso == Paso.FIN || instancia(radicado) != null) {
			return;
		}
		// Only "dependencia" is read after the start (sincronizar); the step, the
		// assignee and the first timer's instant are read by the gateway, the task and
		// the timer while the start runs, so they are transient: no row each (every
		// later step sets them again, the timer's delegate its next instant).
		ejecucion.createProcessInstanceBuilder()
			.processDefinitionId(definicion())
			.businessKey(radicado)
			.variable("dependencia", dependencia)
			.transientVariable("siguiente", paso.tarea())
			.transientVariable("asignado", asignado)
			.transientVariable(PROXIMO_AVISO, instante(proximoAviso))
			.start();
	}

	/**
	 * The id of the PQRSD process's latest deployed definition, looked up at most once a
	 * minute instead of once per case (the engine's start by key reads it from the
	 * database every time; by id it comes from the engine's definition cache).
	 */
	private String definicion() {
		Definicion d = definicion;
		long ahora = System.nanoTime();
		if (d == null || ahora - d.leida() > VIGENCIA_DEFINICION) {
			d = new Definicion(configuracion.getRepositoryService()
				.createProcessDefinitionQuery()
				.processDefinitionKey(PROCESO)
				.latestVersion()
				.singleResult()
				.getId(), ahora);
			definicion = d;
		}
		return d.id();
	}

	private record Definicion(String id, long leida) {
	}

	private static final long VIGENCIA_DEFINICION = java.util.concurrent.TimeUnit.MINUTES.toNanos(1);

	private volatile @Nullable Definicion definicion;

	/**
	 * Moves the case's process to the step: the open task is kept when it already is that
	 * step (its assignee updated), otherwise completed towards the new one;
	 * {@link Paso#FIN} ends the process with its timer.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void sincronizar(String radicado, Paso paso, String dependencia, @Nullable String asignado) {
		ProcessInstance instancia = instancia(radicado);
		if (instancia == null) {
			return;
		}
		String id = instancia.getId();
		Task actual = tareas.createTaskQuery().processInstanceId(id).taskDefinitionKeys(PASOS).singleResult();
		if (actual != null && actual.getTaskDefinitionKey().equals(paso.tarea())) {
			if (paso.delJefe() && dependencia.equals(ejecucion.getVariable(id, "dependencia"))) {
				return;
			}
			if (!paso.delJefe()) {
				if (asignado != null && !asignado.equals(actual.getAssignee())) {
					ejecucion.setVariable(id, "asignado", asignado);
					tareas.setAssignee(actual.getId(), asignado);
				}
				return;
			}
		}
		Map<String, Object> variables = new HashMap<>();
		variables.put("siguiente", paso.tarea());
		variables.put("dependencia", dependencia);
		variables.put("asignado", asignado);
		ejecucion.setVariables(id, variables);
		if (actual != null) {
			tareas.complete(actual.getId());
		}
		else if (paso == Paso.FIN) {
			ejecucion.deleteProcessInstance(id, "PQRSD finalizada");
		}
	}

	/**
	 * Re-arms the case's timer at the instant (none: far away). While the timer's own job
	 * runs the timer is not waiting: its delegate re-arms it.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void programar(String radicado, @Nullable Instant proximoAviso) {
		ProcessInstance instancia = instancia(radicado);
		if (instancia == null) {
			return;
		}
		// Only the waiting timer job is touched, never the execution the timer's own job
		// may be running on: a user's action and a firing timer of the same case do not
		// contend (the timer's delegate sets its next instant itself).
		String valor = instante(proximoAviso);
		Instant ahora = configuracion.getClock().getCurrentTime().toInstant();
		for (Job timer : gestion.createTimerJobQuery().processInstanceId(instancia.getId()).elementId(TIMER).list()) {
			Instant objetivo = Instant.parse(valor);
			// A timer already due belongs to the job executor, which may be moving it
			// right now: touching it would fail the user's action on a version
			// conflict. Its delegate recomputes the next instant from the case anyway.
			if (timer.getDuedate() != null && !timer.getDuedate().toInstant().isAfter(ahora)) {
				continue;
			}
			if (timer.getDuedate() == null || !timer.getDuedate().toInstant().equals(objetivo)) {
				gestion.rescheduleTimeDateJob(timer.getId(), valor);
			}
		}
	}

	/**
	 * @return the due instant of the case's timer, empty when it has none waiting.
	 */
	@Transactional(readOnly = true)
	public @Nullable Instant timer(String radicado) {
		ProcessInstance instancia = instancia(radicado);
		if (instancia == null) {
			return null;
		}
		Job timer = gestion.createTimerJobQuery().processInstanceId(instancia.getId()).elementId(TIMER).singleResult();
		return timer == null || timer.getDuedate() == null ? null : timer.getDuedate().toInstant();
	}

	/**
	 * Fires the case's timer now, in the caller's thread, whatever its due date (what the
	 * job executor does when it is due): for operations and for tests that race a user's
	 * action against the timer.
	 * @return whether the case had a waiting timer
	 */
	public boolean dispararTimer(String radicado) {
		ProcessInstance instancia = instancia(radicado);
		Job timer = instancia == null ? null
				: gestion.createTimerJobQuery().processInstanceId(instancia.getId()).elementId(TIMER).singleResult();
		if (timer == null) {
			return false;
		}
		Job ejecutable = gestion.moveTimerToExecutableJob(timer.getId());
		gestion.executeJob(ejecutable.getId());
		return true;
	}

	/**
	 * @return the step the case's process waits at, empty when it has ended.
	 */
	@Transactional(readOnly = true)
	public @Nullable String pasoActual(String radicado) {
		ProcessInstance instancia = instancia(radicado);
		if (instancia == null) {
			return null;
		}
		Task actual = tareas.createTaskQuery()
			.processInstanceId(instancia.getId())
			.taskDefinitionKeys(PASOS)
			.singleResult();
		return actual == null ? "" : actual.getTaskDefinitionKey();
	}

	/**
	 * Opens a side task of the case (once per type and reference), due at the end of the
	 * business day {@code vence} on the entity's calendar; without assignee it goes to
	 * the dependencia's jefe.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void abrirTarea(String radicado, String tipo, String referencia, String nombre, String dependencia,
			@Nullable String asignado, @Nullable LocalDate vence) {
		if (laterales(radicado, tipo, referencia).count() > 0) {
			return;
		}
		Task t = tareas.newTask();
		t.setName(nombre);
		t.setCategory(tipo);
		t.setAssignee(asignado);
		if (vence != null) {
			t.setDueDate(configuracion.getBusinessCalendarManager()
				.getBusinessCalendar(CalendarioDiasHabiles.NOMBRE)
				.resolveDuedate(vence.toString()));
		}
		tareas.saveTask(t);
		if (asignado == null) {
			tareas.addCandidateGroup(t.getId(), "JEFE_" + dependencia);
		}
		tareas.setVariablesLocal(t.getId(), Map.of(VAR_RADICADO, radicado, VAR_REFERENCIA, referencia));
	}

	/**
	 * Completes the case's open side tasks of the type ({@code referencia} null: all of
	 * them).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void completarTareas(String radicado, String tipo, @Nullable String referencia) {
		for (Task t : laterales(radicado, tipo, referencia).list()) {
			tareas.complete(t.getId());
		}
	}

	private TaskQuery laterales(String radicado, String tipo, @Nullable String referencia) {
		TaskQuery q = tareas.createTaskQuery().taskCategory(tipo).taskVariableValueEquals(VAR_RADICADO, radicado);
		return referencia == null ? q : q.taskVariableValueEquals(VAR_REFERENCIA, referencia);
	}

	/**
	 * @return one page of the user's open tasks: assigned to him, or offered unassigned
	 * to one of the groups (JEFE_&lt;dependencia&gt; of the dependencias he heads,
	 * REPARTO_&lt;dependencia&gt; of those he was named repartidor of), by due date (none
	 * last), then creation; each with its case's radicado, all in one query
	 */
	@Transactional(readOnly = true)
	public List<TareaAbierta> tareasDe(String usuario, Collection<String> grupos, int pagina, int tamano) {
		// One SQL statement over the engine's runtime tables instead of the TaskQuery:
		// its
		// "assignee or candidate group" is an OR with an EXISTS that PostgreSQL can only
		// answer by reading every open task (and includeTaskLocalVariables pages in
		// memory). Here each branch uses an index (V25 adds the one on the assignee) and
		// only the page is read: measured with 50 000 cases, docs/rendimiento.md.
		// Same rules as the TaskQuery it replaces: active tasks only (SUSPENSION_STATE_
		// 1), a candidate task only while unassigned, the radicado being the process
		// instance's business key or, for a side task, its local variable.
		return jdbc.sql("""
				WITH suyas AS (
				    SELECT id_ FROM act_ru_task WHERE assignee_ = :usuario
				    UNION
				    SELECT l.task_id_ FROM act_ru_identitylink l JOIN act_ru_task c ON c.id_ = l.task_id_
				    WHERE l.type_ = 'candidate' AND l.group_id_ = ANY (:grupos) AND c.assignee_ IS NULL)
				SELECT t.id_, t.name_, t.category_, t.due_date_,
				       coalesce(e.business_key_, (SELECT v.text_ FROM act_ru_variable v
				                                  WHERE v.task_id_ = t.id_ AND v.name_ = :variable)) AS radicado
				FROM act_ru_task t JOIN suyas s ON s.id_ = t.id_
				LEFT JOIN act_ru_execution e ON e.id_ = t.proc_inst_id_
				WHERE t.suspension_state_ = 1
				ORDER BY t.due_date_ ASC NULLS LAST, t.create_time_ ASC, t.id_ ASC
				LIMIT :tamano OFFSET :desde""")
			.param("usuario", usuario)
			.param("grupos", grupos.toArray(String[]::new))
			.param("variable", VAR_RADICADO)
			.param("tamano", tamano)
			.param("desde", (long) pagina * tamano)
			.query((rs, i) -> {
				java.sql.Timestamp vence = rs.getTimestamp("due_date_");
				return new TareaAbierta(rs.getString("id_"), rs.getString("name_"), rs.getString("radicado"),
						rs.getString("category_"), vence == null ? null : vence.toInstant());
			})
			.list()
			.stream()
			.filter(t -> t.radicado() != null)
			.toList();
	}

	/**
	 * Starts the digest process unless one is running (one per database: nodes starting
	 * together take a lock first).
	 */
	@Transactional
	public void asegurarResumenDiario(Supplier<Instant> primero) {
		jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(hashtext('pqrsd-resumen-diario'))").query(Integer.class).single();
		if (ejecucion.createProcessInstanceQuery().processDefinitionKey(PROCESO_RESUMEN).count() > 0) {
			return;
		}
		ejecucion.startProcessInstanceByKey(PROCESO_RESUMEN, PROCESO_RESUMEN,
				Map.of(SIGUIENTE_RESUMEN, instante(primero.get())));
	}

	/**
	 * @return the due instant of the digest's timer, if waiting.
	 */
	@Transactional(readOnly = true)
	public @Nullable Instant timerResumen() {
		ProcessInstance instancia = ejecucion.createProcessInstanceQuery()
			.processDefinitionKey(PROCESO_RESUMEN)
			.singleResult();
		if (instancia == null) {
			return null;
		}
		Job timer = gestion.createTimerJobQuery().processInstanceId(instancia.getId()).singleResult();
		return timer == null ? null : timer.getDuedate().toInstant();
	}

	private @Nullable ProcessInstance instancia(String radicado) {
		return ejecucion.createProcessInstanceQuery()
			.processDefinitionKey(PROCESO)
			.processInstanceBusinessKey(radicado)
			.singleResult();
	}

}
