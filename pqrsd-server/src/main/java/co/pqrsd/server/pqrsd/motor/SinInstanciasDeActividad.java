package co.pqrsd.server.pqrsd.motor;

import java.util.Date;

import org.flowable.bpmn.model.FlowElement;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.engine.impl.persistence.entity.ActivityInstanceEntityManagerImpl;
import org.flowable.engine.impl.persistence.entity.ExecutionEntity;
import org.flowable.engine.impl.persistence.entity.data.impl.MybatisActivityInstanceDataManager;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;

/**
 * The engine without its runtime activity log ({@code ACT_RU_ACTINST}) while it keeps no
 * history: the engine writes one row for every activity and sequence flow a process
 * passes (nine for a new case's start, one statement each) and looks them up again when
 * they end, although nothing reads them here (no activity-instance queries, no process
 * migration or state changes). The accountable timeline is the PQRSD module's own (its
 * facts and the audit trail), as for the engine's history. With a history level other
 * than none, the engine's own behaviour applies unchanged.
 */
class SinInstanciasDeActividad extends ActivityInstanceEntityManagerImpl {

	SinInstanciasDeActividad(ProcessEngineConfigurationImpl configuracion) {
		super(configuracion, new MybatisActivityInstanceDataManager(configuracion));
	}

	/**
	 * Installs it on the engine's configuration, before the engine is built.
	 */
	static void instalar(ProcessEngineConfigurationImpl configuracion) {
		SinInstanciasDeActividad gestor = new SinInstanciasDeActividad(configuracion);
		configuracion.setActivityInstanceDataManager(gestor.getDataManager());
		configuracion.setActivityInstanceEntityManager(gestor);
	}

	private boolean registra() {
		return engineConfiguration.getHistoryLevel() != HistoryLevel.NONE;
	}

	@Override
	public void recordActivityStart(ExecutionEntity ejecucion) {
		if (registra()) {
			super.recordActivityStart(ejecucion);
		}
	}

	@Override
	public void recordActivityEnd(ExecutionEntity ejecucion, String motivo) {
		if (registra()) {
			super.recordActivityEnd(ejecucion, motivo);
		}
	}

	@Override
	public void recordSequenceFlowTaken(ExecutionEntity ejecucion) {
		if (registra()) {
			super.recordSequenceFlowTaken(ejecucion);
		}
	}

	@Override
	public void recordSubProcessInstanceStart(ExecutionEntity padre, ExecutionEntity subproceso) {
		if (registra()) {
			super.recordSubProcessInstanceStart(padre, subproceso);
		}
	}

	@Override
	public void recordTaskCreated(TaskEntity tarea, ExecutionEntity ejecucion) {
		if (registra()) {
			super.recordTaskCreated(tarea, ejecucion);
		}
	}

	@Override
	public void recordActivityTaskEnd(TaskEntity tarea, ExecutionEntity ejecucion, String motivo, String actividad,
			Date fin) {
		if (registra()) {
			super.recordActivityTaskEnd(tarea, ejecucion, motivo, actividad, fin);
		}
	}

	@Override
	public void recordTaskInfoChange(TaskEntity tarea, Date cambio) {
		if (registra()) {
			super.recordTaskInfoChange(tarea, cambio);
		}
	}

	@Override
	public void syncUserTaskExecution(ExecutionEntity ejecucion, FlowElement elemento, String actividadAnterior,
			TaskEntity tarea) {
		if (registra()) {
			super.syncUserTaskExecution(ejecucion, elemento, actividadAnterior, tarea);
		}
	}

}
