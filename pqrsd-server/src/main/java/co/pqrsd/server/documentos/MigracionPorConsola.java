package co.pqrsd.server.documentos;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar pqrsd-server-exec.jar --pqrsd.comando=migrar-almacen --destino=alfresco
 * --spring.main.web-application-type=none} (or {@code --destino=embebido}), with Alfresco
 * configured (docs/alfresco.md). Exits 0 when everything is moved and verified, 4 when
 * rows are still pending (run it again) or a content failed its hash.
 */
@Component
@Profile("!test")
@ConditionalOnProperty(name = "pqrsd.comando", havingValue = "migrar-almacen")
class MigracionPorConsola implements ApplicationRunner, ExitCodeGenerator {

	private static final Logger log = LoggerFactory.getLogger(MigracionPorConsola.class);

	private final MigracionAlmacen migracion;

	private final ConfigurableApplicationContext contexto;

	private int codigo;

	MigracionPorConsola(MigracionAlmacen migracion, ConfigurableApplicationContext contexto) {
		this.migracion = migracion;
		this.contexto = contexto;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> destino = args.getOptionValues("destino");
		String d = destino == null || destino.isEmpty() ? "" : destino.get(0);
		MigracionAlmacen.Informe i = switch (d) {
			case "alfresco" -> migracion.haciaAlfresco(Duration.ofMinutes(30));
			case "embebido" -> migracion.haciaEmbebido();
			default -> {
				log.error("Indique --destino=alfresco o --destino=embebido");
				yield new MigracionAlmacen.Informe(0, 0, 0, List.of("destino desconocido: " + d));
			}
		};
		i.fallas().forEach(f -> log.error("MIGRACIÓN: {}", f));
		log.info("MIGRACIÓN DEL ALMACENAMIENTO ({}): {}", d, i.completo() ? "COMPLETA" : "INCOMPLETA");
		codigo = i.completo() ? 0 : 4;
		System.exit(SpringApplication.exit(contexto, this));
	}

	@Override
	public int getExitCode() {
		return codigo;
	}

}
