package co.pqrsd.server.operacion;

import java.time.Clock;

import co.pqrsd.server.comun.RelojDemo;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Profile {@code demo}: the application's clock (the system one, or the tests' clock)
 * wrapped in a {@link RelojDemo}, so that the demo steps can seed a year of history
 * through the real services with the clock in the past, then return it to real time.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class ConfiguracionDemo {

	@Bean
	static BeanPostProcessor relojDeLaDemostracion() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String nombre) {
				return bean instanceof Clock reloj && !(bean instanceof RelojDemo) ? new RelojDemo(reloj) : bean;
			}
		};
	}

}
