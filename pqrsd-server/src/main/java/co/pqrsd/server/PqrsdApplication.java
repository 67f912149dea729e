package co.pqrsd.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * pqrsd: gestión documental, PQRSD and anti-corruption follow-up for Colombian
 * municipalities.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class PqrsdApplication {

	public static void main(String[] args) {
		// Operator commands (backup, restore, verify) run beside a live server, without
		// starting one (docs/operacion.md).
		if (co.pqrsd.server.operacion.ComandosOperacion.esComando(args)) {
			System.exit(co.pqrsd.server.operacion.ComandosOperacion.ejecutar(args,
					org.slf4j.LoggerFactory.getLogger(co.pqrsd.server.operacion.ComandosOperacion.class)::info));
		}
		// Flowable's BPMN parser needs the JDK's StAX, whatever other libraries register
		// (stack.md §9).
		System.setProperty("javax.xml.stream.XMLInputFactory", "com.sun.xml.internal.stream.XMLInputFactoryImpl");
		SpringApplication.run(PqrsdApplication.class, args);
	}

}
