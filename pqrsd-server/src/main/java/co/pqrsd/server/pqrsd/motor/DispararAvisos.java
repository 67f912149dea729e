package co.pqrsd.server.pqrsd.motor;

import java.time.Instant;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Service task {@code dispararAvisos} ({@code ${dispararAvisos}}), after the case's timer
 * fired: the PQRSD module does the due avisos, and the timer is re-armed for the next
 * one.
 */
@Component("dispararAvisos")
class DispararAvisos implements JavaDelegate {

	private final ReceptorTemporizadores receptor;

	DispararAvisos(@Lazy ReceptorTemporizadores receptor) {
		this.receptor = receptor;
	}

	@Override
	public void execute(DelegateExecution ejecucion) {
		@Nullable Instant siguiente = receptor.avisosVencidos(ejecucion.getProcessInstanceBusinessKey());
		ejecucion.setVariableLocal(MotorPqrsd.PROXIMO_AVISO, MotorPqrsd.instante(siguiente));
	}

}
