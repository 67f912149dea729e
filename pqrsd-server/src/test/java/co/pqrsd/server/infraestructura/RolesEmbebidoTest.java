package co.pqrsd.server.infraestructura;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.PqrsdApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A data directory created by an earlier version (everything migrated and owned by the
 * superuser) is handed to the owner role at start; from then on the application's pool
 * works as a role that owns nothing and cannot switch the append-only triggers off.
 */
class RolesEmbebidoTest {

	@TempDir
	Path datos;

	@Test
	void unDirectorioDeUnaVersionAnteriorPasaAlPropietarioYLaCuentaDeAplicacionNoPuedeAlterarNada() throws Exception {
		try (EmbeddedPostgres anterior = EmbeddedPostgres.builder()
			.setDataDirectory(datos.resolve("postgres"))
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.start()) {
			// What the previous version did: the pool and Flyway as the superuser.
			Flyway.configure()
				.dataSource(anterior.getPostgresDatabase())
				.locations("classpath:db/migration")
				.load()
				.migrate();
			new JdbcTemplate(anterior.getPostgresDatabase())
				.update("INSERT INTO auditoria_evento (instante, usuario, accion, objeto_tipo, objeto_id, resultado) "
						+ "VALUES (now(), 'sistema', 'CONFIGURACION_MODIFICADA', 'PRUEBA', 'version-anterior', 'EXITO')");
		}
		try (ConfigurableApplicationContext app = SpringApplication.run(PqrsdApplication.class,
				"--spring.profiles.active=test", "--server.port=0", "--pqrsd.datos-dir=" + datos,
				"--pqrsd.db.puerto=0")) {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("SELECT current_user", String.class)).isEqualTo("pqrsd_app");
			assertThat(jdbc.queryForObject("SELECT rolsuper FROM pg_roles WHERE rolname = current_user", Boolean.class))
				.isFalse();
			assertThat(jdbc.queryForList(
					"SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public' ORDER BY 1", String.class))
				.containsExactly("pqrsd_owner");
			assertThat(jdbc.queryForObject("SELECT count(*) FROM auditoria_evento WHERE objeto_id = 'version-anterior'",
					Long.class))
				.isEqualTo(1);

			assertThatThrownBy(
					() -> jdbc.execute("ALTER TABLE auditoria_evento DISABLE TRIGGER auditoria_evento_inmutable"))
				.rootCause()
				.hasMessageContaining("must be owner");
			assertThatThrownBy(
					() -> jdbc.update("UPDATE auditoria_evento SET usuario = 'x' WHERE objeto_id = 'version-anterior'"))
				.rootCause()
				.hasMessageContaining("solo inserción");
			assertThatThrownBy(() -> jdbc.update("DELETE FROM auditoria_evento WHERE objeto_id = 'version-anterior'"))
				.rootCause()
				.hasMessageContaining("solo inserción");
			for (String tabla : new String[] { "auditoria_evento", "auditoria_sello", "radicado", "documento" }) {
				assertThatThrownBy(() -> jdbc.execute("TRUNCATE " + tabla)).as(tabla)
					.rootCause()
					.hasMessageContaining("permission denied");
			}
			assertThatThrownBy(() -> jdbc.execute("DROP TABLE radicado")).rootCause()
				.hasMessageContaining("must be owner");
			assertThatThrownBy(() -> jdbc.execute("CREATE TABLE intrusa (id int)")).rootCause()
				.hasMessageContaining("permission denied");

			// The server still works on the migrated directory: a business action and its
			// audit entry.
			int puerto = ((WebServerApplicationContext) app).getWebServer().getPort();
			var creada = ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN)
				.post("/api/v1/dependencias", ClienteApi.json(Map.of("codigo", "970", "nombre", "Migrada")));
			assertThat(creada.estado()).as(creada.cuerpo()).isEqualTo(201);
			assertThat(jdbc.queryForObject(
					"SELECT count(*) FROM auditoria_evento WHERE accion = 'DEPENDENCIA_CREADA' AND objeto_id = '970'",
					Long.class))
				.isEqualTo(1);
		}
		assertThat(PostgresEmbebido.postmasterVivo(datos.resolve("postgres"))).isEmpty();
	}

}
