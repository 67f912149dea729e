package co.pqrsd.server.infraestructura;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.PqrsdApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The server against a stock PostgreSQL 17 image. Needs Docker; skipped cleanly where
 * there is none.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContenedorPostgresTest {

	@Container
	static final PostgreSQLContainer POSTGRES = new PostgreSQLContainer("postgres:17-alpine");

	@TempDir
	Path datos;

	@Test
	void funcionaSobreUnPostgresDeImagenOficial() {
		try (ConfigurableApplicationContext app = SpringApplication.run(PqrsdApplication.class,
				"--spring.profiles.active=test", "--server.port=0", "--pqrsd.datos-dir=" + datos,
				"--pqrsd.db.url=" + POSTGRES.getJdbcUrl(), "--pqrsd.db.user=" + POSTGRES.getUsername(),
				"--pqrsd.db.password=" + POSTGRES.getPassword())) {
			int puerto = ((WebServerApplicationContext) app).getWebServer().getPort();
			assertThat(ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN)
				.get("/api/v1/usuarios/yo")
				.estado()).isEqualTo(200);
		}
	}

}
