package co.pqrsd.server.pqrsd.motor;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Service task of the singleton process {@code resumenDiario}: sends the working
 * morning's digests and re-arms the timer for the next business day's opening.
 */
@Component("enviarResumenDiario")
class EnviarResumenDiario implements JavaDelegate {

	private final ReceptorTemporizadores receptor;

	EnviarResumenDiario(@Lazy ReceptorTemporizadores receptor) {
		this.receptor = receptor;
	}

	@Override
	public void execute(DelegateExecution ejecucion) {
		ejecucion.setVariable(MotorPqrsd.SIGUIENTE_RESUMEN, MotorPqrsd.instante(receptor.resumenDiario()));
	}

}
