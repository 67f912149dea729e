package co.pqrsd.server.pqrsd.motor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import co.pqrsd.server.PqrsdApplication;
import org.flowable.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On a fresh data directory the owner's migration V8 creates the engine's tables, the
 * engine starts on the application's role (which still cannot create or alter tables),
 * and at shutdown the engine stops before the embedded PostgreSQL (stack.md §1b).
 */
@ExtendWith(OutputCaptureExtension.class)
class EsquemaMotorTest {

	@TempDir
	Path datos;

	@Test
	void elPropietarioCreaLasTablasDelMotorYLaAplicacionSoloLasUsa(CapturedOutput salida) {
		try (ConfigurableApplicationContext app = SpringApplication.run(PqrsdApplication.class,
				"--spring.profiles.active=test", "--server.port=0", "--pqrsd.datos-dir=" + datos,
				"--pqrsd.db.puerto=0")) {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			assertThat(app.getBean(ProcessEngine.class)
				.getRepositoryService()
				.createProcessDefinitionQuery()
				.processDefinitionKey("pqrsd")
				.count()).isEqualTo(1);
			assertThat(jdbc.queryForObject("SELECT current_user", String.class)).isEqualTo("pqrsd_app");
			assertThat(jdbc.queryForObject("SELECT installed_by FROM flyway_schema_history WHERE version = '8'",
					String.class))
				.isEqualTo("pqrsd_owner");
			assertThat(jdbc.queryForObject("SELECT value_ FROM act_ge_property WHERE name_ = 'schema.version'",
					String.class))
				.isEqualTo("8.0.0.0");
			assertThat(jdbc.queryForList(
					"SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 'act\\_%'",
					String.class))
				.containsExactly("pqrsd_owner");
			// Only the process engine: no IDM or event-registry tables.
			assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' "
					+ "AND (tablename LIKE 'act\\_id\\_%' OR tablename LIKE 'flw\\_ev\\_%')", Long.class))
				.isZero();
			assertThat(jdbc.queryForObject("SELECT bool_and(has_table_privilege('pqrsd_app', format('%I', tablename), "
					+ "'SELECT,INSERT,UPDATE,DELETE')) FROM pg_tables WHERE schemaname = 'public' "
					+ "AND (tablename LIKE 'act\\_%' OR tablename LIKE 'flw\\_%')", Boolean.class))
				.isTrue();
			assertThat(jdbc.queryForObject("SELECT coalesce(bool_and(has_sequence_privilege('pqrsd_app', "
					+ "format('%I', sequencename), 'USAGE')), true) FROM pg_sequences WHERE schemaname = 'public'",
					Boolean.class))
				.isTrue();
			assertThatThrownBy(() -> jdbc.execute("CREATE TABLE act_intrusa (id int)")).rootCause()
				.hasMessageContaining("permission denied");
			assertThatThrownBy(() -> jdbc.execute("ALTER TABLE act_ru_task ADD COLUMN intrusa int")).rootCause()
				.hasMessageContaining("must be owner");
			assertThatThrownBy(() -> jdbc.execute("DROP TABLE act_ge_property")).rootCause()
				.hasMessageContaining("must be owner");
		}
		assertThat(salida.getAll()).contains("PostgreSQL embebido detenido")
			.doesNotContain("terminating connection")
			.doesNotContain("FATAL");
	}

}
