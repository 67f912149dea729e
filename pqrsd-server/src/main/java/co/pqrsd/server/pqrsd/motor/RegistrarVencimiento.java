package co.pqrsd.server.pqrsd.motor;

import java.time.Clock;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Service task after the boundary timer {@code vencimiento}
 * ({@code ${registrarVencimiento}}): records that the term expired while the case was
 * still in trámite; escalation comes later.
 */
@Component("registrarVencimiento")
class RegistrarVencimiento implements JavaDelegate {

	private static final Logger log = LoggerFactory.getLogger(RegistrarVencimiento.class);

	private final Clock reloj;

	RegistrarVencimiento(Clock reloj) {
		this.reloj = reloj;
	}

	@Override
	public void execute(DelegateExecution ejecucion) {
		ejecucion.setVariable("vencidaEn", reloj.instant().toString());
		log.info("Venció el término de la PQRSD {}", ejecucion.getProcessInstanceBusinessKey());
	}

}
