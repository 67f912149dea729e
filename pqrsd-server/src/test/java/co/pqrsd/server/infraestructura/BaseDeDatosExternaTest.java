package co.pqrsd.server.infraestructura;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.PqrsdApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With PQRSD_DB_URL the server uses an external PostgreSQL (here a separate real server)
 * and starts no embedded one; with the documented two-role scheme the application's own
 * account cannot rewrite the audit trail.
 */
class BaseDeDatosExternaTest {

	@TempDir
	Path temporal;

	@Test
	void usaUnaBaseExternaYSuCuentaDeAplicacionNoPuedeAlterarLaAuditoria() throws Exception {
		// A stock server, as an external one would be: no roles but the superuser.
		try (EmbeddedPostgres externa = EmbeddedPostgres.builder()
			.setDataDirectory(temporal.resolve("externa"))
			.setRegisterShutdownHook(false)
			.start()) {
			String url = externa.getJdbcUrl("postgres", "postgres");
			try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
				String script = Files.readString(Path.of("../docs/sql/roles-postgresql-externo.sql"))
					.replace("\\connect pqrsd", "")
					.replace("CREATE DATABASE pqrsd OWNER pqrsd_owner;", "");
				s.execute(script);
			}
			String base = url.substring(0, url.indexOf('?') > 0 ? url.indexOf('?') : url.length());
			try (ConfigurableApplicationContext app = SpringApplication.run(PqrsdApplication.class,
					"--spring.profiles.active=test", "--server.port=0",
					"--pqrsd.datos-dir=" + temporal.resolve("datos"), "--pqrsd.db.url=" + base,
					"--pqrsd.db.user=pqrsd_app", "--pqrsd.db.password=cambie-esta-clave-de-la-aplicacion",
					"--spring.flyway.url=" + base, "--spring.flyway.user=pqrsd_owner",
					"--spring.flyway.password=cambie-esta-clave-del-propietario")) {
				assertThat(app.getBeanProvider(PostgresEmbebido.class).getIfAvailable()).isNull();
				assertThat(temporal.resolve("datos/postgres")).doesNotExist();
				int puerto = ((WebServerApplicationContext) app).getWebServer().getPort();
				assertThat(ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN)
					.get("/api/v1/usuarios/yo")
					.estado()).isEqualTo(200);
			}
			try (Connection c = DriverManager.getConnection(base, "pqrsd_app", "cambie-esta-clave-de-la-aplicacion");
					Statement s = c.createStatement()) {
				assertThatThrownBy(
						() -> s.execute("ALTER TABLE auditoria_evento DISABLE TRIGGER auditoria_evento_inmutable"))
					.hasMessageContaining("owner");
				assertThatThrownBy(() -> s.execute("UPDATE auditoria_evento SET usuario = 'x'"))
					.hasMessageContaining("solo inserción");
			}
		}
	}

}
