package co.pqrsd.server.pqrsd.motor;

import java.time.Clock;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Service task {@code comunicar} ({@code ${comunicarRespuesta}}): for now only records
 * when the answer reached this step; the PQRSD module will communicate it through the
 * chosen channel.
 */
@Component("comunicarRespuesta")
class ComunicarRespuesta implements JavaDelegate {

	private static final Logger log = LoggerFactory.getLogger(ComunicarRespuesta.class);

	private final Clock reloj;

	ComunicarRespuesta(Clock reloj) {
		this.reloj = reloj;
	}

	@Override
	public void execute(DelegateExecution ejecucion) {
		ejecucion.setVariable("comunicadaEn", reloj.instant().toString());
		log.info("Respuesta de la PQRSD {} lista para comunicar", ejecucion.getProcessInstanceBusinessKey());
	}

}
