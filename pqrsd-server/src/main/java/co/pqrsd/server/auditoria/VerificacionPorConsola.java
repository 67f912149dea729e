package co.pqrsd.server.auditoria;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Command-line verification:
 * {@code java -jar pqrsd-server-exec.jar --pqrsd.comando=verificar-auditoria
 * --spring.main.web-application-type=none}. Prints the result and exits with 0 when the
 * chain is intact, 3 when not.
 */
@Component
@Profile("!test")
@ConditionalOnProperty(name = "pqrsd.comando", havingValue = "verificar-auditoria")
class VerificacionPorConsola implements ApplicationRunner, ExitCodeGenerator {

	private static final Logger log = LoggerFactory.getLogger(VerificacionPorConsola.class);

	private final VerificacionAuditoria verificacion;

	private final org.springframework.context.ConfigurableApplicationContext contexto;

	private int codigo;

	VerificacionPorConsola(VerificacionAuditoria verificacion,
			org.springframework.context.ConfigurableApplicationContext contexto) {
		this.verificacion = verificacion;
		this.contexto = contexto;
	}

	@Override
	public void run(ApplicationArguments args) {
		ResultadoVerificacion r = verificacion.verificar();
		if (r.integra()) {
			log.info("VERIFICACIÓN DE AUDITORÍA: ÍNTEGRA. {} entradas; último hash {}; {} ms.", r.entradas(),
					r.ultimoHash(), r.duracionMs());
		}
		else {
			log.error("VERIFICACIÓN DE AUDITORÍA: ALTERADA en la posición {} (evento {}): {}", r.posicionFalla(),
					r.eventoIdFalla(), r.motivo());
		}
		codigo = r.integra() ? 0 : 3;
		System.exit(org.springframework.boot.SpringApplication.exit(contexto, this));
	}

	@Override
	public int getExitCode() {
		return codigo;
	}

}
