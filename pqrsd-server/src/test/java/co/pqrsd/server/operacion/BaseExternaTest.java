package co.pqrsd.server.operacion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import co.pqrsd.core.comun.Colombia;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The move from the embedded database to an external PostgreSQL keeps everything
 * (docs/operacion.md): a backup of the embedded cluster, restored and run as another
 * server (the external one), and pqrsd started on it with the external configuration
 * finds every radicado with its documents and the audit chain intact, and goes on
 * numbering.
 */
class BaseExternaTest {

	private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BaseExternaTest.class);

	@TempDir
	Path temporal;

	@Test
	void laBaseEmbebidaPasaAUnPostgresqlExternoSinPerderNada() throws Exception {
		Path respaldo = temporal.resolve("respaldo");
		Map<String, byte[]> radicados = new LinkedHashMap<>();
		try (ConfigurableApplicationContext embebida = NodoPrueba.iniciar(temporal.resolve("embebida"))) {
			int puerto = NodoPrueba.puerto(embebida);
			NodoPrueba.ventanilla(puerto, "883", "extventanilla");
			for (int i = 1; i <= 3; i++) {
				var r = NodoPrueba.radicar(puerto, "extventanilla", "883", i);
				radicados.put(r.getKey(), r.getValue());
			}
			assertThat(new Respaldos(new Respaldos.Configuracion(temporal.resolve("embebida"),
					NodoPrueba.puertoBase(embebida), null, null, null, null), LOG::info, Clock.system(Colombia.ZONA))
				.respaldar(respaldo)
				.correcta()).isTrue();
		}
		Path nuevo = temporal.resolve("nuevo");
		new Respaldos(new Respaldos.Configuracion(nuevo, 0, null, null, null, null), LOG::info,
				Clock.system(Colombia.ZONA))
			.restaurar(respaldo, nuevo);
		// The restored cluster, run by itself, is the "external" server.
		try (EmbeddedPostgres externa = EmbeddedPostgres.builder()
			.setDataDirectory(nuevo.resolve(Respaldos.DIRECTORIO_BASE))
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.setPGStartupWait(Duration.ofSeconds(120))
			.start()) {
			String url = "jdbc:postgresql://localhost:" + externa.getPort() + "/postgres";
			try (ConfigurableApplicationContext c = NodoPrueba.iniciar(nuevo, "--pqrsd.db.url=" + url,
					"--pqrsd.db.user=pqrsd_app", "--pqrsd.db.password=clave-app", "--spring.flyway.url=" + url,
					"--spring.flyway.user=pqrsd_owner", "--spring.flyway.password=clave-propietario")) {
				int puerto = NodoPrueba.puerto(c);
				NodoPrueba.conDocumentos(puerto, "extventanilla", radicados);
				NodoPrueba.cadenaIntegra(puerto);
				JdbcTemplate jdbc = new JdbcTemplate(c.getBean(DataSource.class));
				assertThat(jdbc.queryForObject("SELECT current_user", String.class)).isEqualTo("pqrsd_app");
				String siguiente = NodoPrueba.radicar(puerto, "extventanilla", "883", 4).getKey();
				assertThat(
						jdbc.queryForObject("SELECT consecutivo FROM radicado WHERE numero = ?", Long.class, siguiente))
					.isEqualTo(jdbc.queryForObject(
							"SELECT max(consecutivo) FROM radicado WHERE dependencia_radicadora = '883' AND numero <> ?",
							Long.class, siguiente) + 1);
			}
		}
	}

}
