package co.pqrsd.server.operacion;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Profile {@code demo}: runs every module's {@link PasoDemo}, in their {@code @Order},
 * after the users exist.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SembradorDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SembradorDemo.class);

	private final List<PasoDemo> pasos;

	SembradorDemo(List<PasoDemo> pasos) {
		this.pasos = pasos;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (PasoDemo paso : pasos) {
			log.info("Municipio de demostración: {}", paso.nombre());
			paso.sembrar();
		}
	}

}
