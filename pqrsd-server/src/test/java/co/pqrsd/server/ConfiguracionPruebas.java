package co.pqrsd.server;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
public class ConfiguracionPruebas {

	@Bean
	@Primary
	RelojAjustable relojAjustable() {
		return new RelojAjustable();
	}

}
