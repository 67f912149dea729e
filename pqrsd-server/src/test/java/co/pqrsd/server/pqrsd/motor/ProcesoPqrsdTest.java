package co.pqrsd.server.pqrsd.motor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import co.pqrsd.server.PruebaIntegracion;
import co.pqrsd.server.RelojAjustable;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The process file {@code pqrsd} on the real engine and embedded PostgreSQL. Timers are
 * fired by hand, so the async executor is off here (stack.md §1b: otherwise the executor
 * and the test fire the same job).
 */
@PruebaIntegracion
@TestPropertySource(properties = "flowable.async-executor-activate=false")
class ProcesoPqrsdTest {

	@Autowired
	RepositoryService repositorio;

	@Autowired
	RuntimeService ejecucion;

	@Autowired
	TaskService tareas;

	@Autowired
	HistoryService historia;

	@Autowired
	ManagementService gestion;

	@Autowired
	RelojAjustable reloj;

	@AfterEach
	void relojCorriendo() {
		reloj.restablecer();
	}

	@Test
	void elProcesoPqrsdSeDespliegaDesdeProcesos() {
		assertThat(repositorio.createProcessDefinitionQuery().processDefinitionKey("pqrsd").latestVersion().count())
			.isEqualTo(1);
	}

	@Test
	void sinAprobacionPasaDeRepartoATramiteYTermina() {
		String id = iniciar("2026-00001", false, "2026-04-30");
		completar(id, "reparto", tareas.createTaskQuery().processInstanceId(id).taskCandidateGroup("JEFE_D100"));
		completar(id, "tramite", tareas.createTaskQuery().processInstanceId(id).taskAssignee("funcionario1"));

		assertThat(ejecucion.createProcessInstanceQuery().processInstanceId(id).count()).isZero();
		assertThat(recorrido(id)).containsExactly("radicada", "reparto", "tramite", "decisionAprobacion", "comunicar",
				"respondida");
		assertThat(variable(id, "comunicadaEn")).isNotNull();
		assertThat(gestion.createTimerJobQuery().processInstanceId(id).count()).isZero();
	}

	@Test
	void conAprobacionElJefeApruebaAntesDeComunicar() {
		String id = iniciar("2026-00002", true, "2026-04-30");
		completar(id, "reparto", tareas.createTaskQuery().processInstanceId(id).taskCandidateGroup("JEFE_D100"));
		completar(id, "tramite", tareas.createTaskQuery().processInstanceId(id).taskAssignee("funcionario1"));
		assertThat(variable(id, "comunicadaEn")).isNull();
		completar(id, "aprobacion", tareas.createTaskQuery().processInstanceId(id).taskCandidateGroup("JEFE_D100"));

		assertThat(ejecucion.createProcessInstanceQuery().processInstanceId(id).count()).isZero();
		assertThat(recorrido(id)).containsExactly("radicada", "reparto", "tramite", "decisionAprobacion", "aprobacion",
				"comunicar", "respondida");
		assertThat(variable(id, "comunicadaEn")).isNotNull();
	}

	/*
	 * radicada / hoy | plazo | vence (fin del día, Bogotá) vie 2026-03-20 10:00 | P1D |
	 * mar 2026-03-24 (lun 23 San José, festivo) vie 2026-03-20 10:00 | 2026-03-22 | mar
	 * 2026-03-24 (dom 22 y lun 23 no hábiles)
	 */
	@Test
	void elVencimientoEnDiasHabilesCaeElMartesTrasElLunesFestivoYSeDisparaUnaVez() {
		reloj.fijar(Instant.parse("2026-03-20T15:00:00Z"));
		Instant vence = Instant.parse("2026-03-25T05:00:00Z");
		String conFecha = iniciar("2026-00003", false, "2026-03-22");
		String id = iniciar("2026-00004", false, "P1D");
		completar(conFecha, "reparto",
				tareas.createTaskQuery().processInstanceId(conFecha).taskCandidateGroup("JEFE_D100"));
		completar(id, "reparto", tareas.createTaskQuery().processInstanceId(id).taskCandidateGroup("JEFE_D100"));

		assertThat(temporizador(conFecha).getDuedate().toInstant()).isEqualTo(vence);
		Job temporizador = temporizador(id);
		assertThat(temporizador.getDuedate().toInstant()).isEqualTo(vence);

		reloj.fijar(vence.minusSeconds(1));
		assertThat(gestion.createTimerJobQuery().processInstanceId(id).executable().count()).isZero();
		reloj.fijar(vence);
		assertThat(gestion.createTimerJobQuery().processInstanceId(id).executable().count()).isEqualTo(1);
		Job ejecutable = gestion.moveTimerToExecutableJob(temporizador.getId());
		gestion.executeJob(ejecutable.getId());

		assertThat(variable(id, "vencidaEn")).isEqualTo(vence.toString());
		reloj.fijar(vence.plusSeconds(30 * 86_400));
		assertThat(gestion.createTimerJobQuery().processInstanceId(id).count()).isZero();
		assertThat(gestion.createJobQuery().processInstanceId(id).count()).isZero();
		// Non-interrupting: the case is still in trámite, now expired.
		completar(id, "tramite", tareas.createTaskQuery().processInstanceId(id).taskAssignee("funcionario1"));
		assertThat(recorrido(id)).containsOnlyOnce("registrarVencimiento").contains("respondida");
		assertThat(ejecucion.createProcessInstanceQuery().processInstanceId(id).count()).isZero();
	}

	private String iniciar(String radicado, boolean requiereAprobacion, String vencimiento) {
		return ejecucion
			.startProcessInstanceByKey("pqrsd", radicado, Map.of("dependencia", "D100", "asignado", "funcionario1",
					"requiereAprobacion", requiereAprobacion, "vencimiento", vencimiento))
			.getId();
	}

	private void completar(String id, String tarea, org.flowable.task.api.TaskQuery consulta) {
		Task t = consulta.singleResult();
		assertThat(t).as("tarea %s de %s", tarea, id).isNotNull();
		assertThat(t.getTaskDefinitionKey()).isEqualTo(tarea);
		tareas.complete(t.getId());
	}

	private Job temporizador(String id) {
		return gestion.createTimerJobQuery().processInstanceId(id).singleResult();
	}

	private java.util.List<String> recorrido(String id) {
		return historia.createHistoricActivityInstanceQuery()
			.processInstanceId(id)
			.orderByHistoricActivityInstanceStartTime()
			.asc()
			.list()
			.stream()
			// flows, and the boundary timer's wait that starts with the trámite
			.filter(a -> !"sequenceFlow".equals(a.getActivityType()) && !"boundaryEvent".equals(a.getActivityType()))
			.map(a -> a.getActivityId())
			.toList();
	}

	private Object variable(String id, String nombre) {
		var v = historia.createHistoricVariableInstanceQuery()
			.processInstanceId(id)
			.variableName(nombre)
			.singleResult();
		return v == null ? null : v.getValue();
	}

}
