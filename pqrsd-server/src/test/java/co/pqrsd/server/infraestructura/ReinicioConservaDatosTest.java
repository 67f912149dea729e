package co.pqrsd.server.infraestructura;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.PqrsdApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole server, stopped and started again on the same data directory, keeps the users
 * it created.
 */
class ReinicioConservaDatosTest {

	@TempDir
	Path datos;

	private ConfigurableApplicationContext iniciar() {
		return SpringApplication.run(PqrsdApplication.class, "--spring.profiles.active=test", "--server.port=0",
				"--pqrsd.datos-dir=" + datos, "--pqrsd.db.puerto=0");
	}

	private static int puerto(ConfigurableApplicationContext contexto) {
		return ((WebServerApplicationContext) contexto).getWebServer().getPort();
	}

	@Test
	void reiniciarElServidorConservaLosUsuariosCreados() throws Exception {
		try (ConfigurableApplicationContext primero = iniciar()) {
			var r = ClienteApi.como(puerto(primero), ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN)
				.post("/api/v1/usuarios", ClienteApi.json(Map.of("username", "persistente", "nombre", "Persistente",
						"email", "p@x.co", "password", "Persiste2026", "roles", List.of("ARCHIVISTA"))));
			assertThat(r.estado()).isEqualTo(201);
		}
		assertThat(PostgresEmbebido.postmasterVivo(datos.resolve("postgres"))).isEmpty();
		try (ConfigurableApplicationContext segundo = iniciar()) {
			var yo = ClienteApi.como(puerto(segundo), "persistente", "Persiste2026").get("/api/v1/usuarios/yo");
			assertThat(yo.estado()).isEqualTo(200);
			assertThat(yo.json().get("roles").toString()).contains("ARCHIVISTA");
		}
	}

}
