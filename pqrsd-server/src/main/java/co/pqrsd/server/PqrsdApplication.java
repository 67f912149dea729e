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
		// Flowable's BPMN parser needs the JDK's StAX, whatever other libraries register
		// (stack.md §9).
		System.setProperty("javax.xml.stream.XMLInputFactory", "com.sun.xml.internal.stream.XMLInputFactoryImpl");
		SpringApplication.run(PqrsdApplication.class, args);
	}

}
