package co.pqrsd.server.pqrsd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import co.pqrsd.server.RelojAjustable;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A server JVM killed with -9 after a timer fell due and before it fired: the node
 * started again over the same database fires it exactly once (one notification row per
 * key and user, the aviso recorded once).
 */
class CaidaPqrsdTest {

	@TempDir
	Path temporal;

	@Test
	void unTemporizadorVencidoAntesDeLaCaidaSeDisparaUnaSolaVezTrasReiniciar() throws Exception {
		try (EmbeddedPostgres externa = EmbeddedPostgres.builder()
			.setDataDirectory(temporal.resolve("externa"))
			.setRegisterShutdownHook(false)
			.start()) {
			String base = NodosPrueba.preparar(externa);
			JdbcTemplate jdbc = new JdbcTemplate(externa.getPostgresDatabase());
			String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
			Process hijo = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
					CaidaLanzador.class.getName(), base, temporal.resolve("nodo1").toString()))
				.redirectErrorStream(true)
				.start();
			String radicado;
			Instant amarillo;
			try {
				int puerto;
				try (BufferedReader salida = new BufferedReader(new InputStreamReader(hijo.getInputStream()))) {
					String linea;
					while ((linea = salida.readLine()) != null && !linea.startsWith("LISTO")) {
						// The child's startup log; wait for its signal.
					}
					assertThat(linea).as("el nodo hijo debía arrancar").startsWith("LISTO");
					puerto = Integer.parseInt(linea.substring(6).strip());
					NodosPrueba.usuarios(puerto);
					radicado = NodosPrueba.crearYAsignar(puerto);
				}
				amarillo = jdbc
					.queryForObject(
							"""
									SELECT j.duedate_ FROM act_ru_timer_job j JOIN act_ru_execution e ON e.proc_inst_id_ = j.process_instance_id_
									WHERE e.business_key_ = ? AND j.element_id_ = 'esperaAviso'""",
							java.sql.Timestamp.class, radicado)
					.toInstant();
			}
			finally {
				// The timer is due from now on for the restarted node; the first one dies
				// without having fired it.
				hijo.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			}
			assertThat(jdbc.queryForObject("SELECT count(*) FROM notificacion WHERE clave LIKE ?", Long.class,
					radicado + "/%"))
				.isZero();
			try (ConfigurableApplicationContext nodo = NodosPrueba.nodo(base, temporal.resolve("nodo2"))) {
				nodo.getBean(RelojAjustable.class).fijar(amarillo.plusSeconds(3600));
				for (int i = 0; i < 300
						&& jdbc.queryForObject("SELECT count(*) FROM pqrsd_aviso_enviado WHERE radicado = ?",
								Long.class, radicado) == 0; i++) {
					PruebaPqrsdMotor.dormir(100);
				}
				PruebaPqrsdMotor.dormir(2000);
				assertThat(jdbc.queryForList("SELECT clave || ' ' || usuario FROM notificacion WHERE clave LIKE ?",
						String.class, radicado + "/%"))
					.containsExactly(radicado + "/SEMAFORO_AMARILLO/t0 ndfunc");
				assertThat(jdbc.queryForList("SELECT clave FROM pqrsd_aviso_enviado WHERE radicado = ?", String.class,
						radicado))
					.containsExactly(radicado + "/SEMAFORO_AMARILLO/t0");
				assertThat(jdbc.queryForObject("SELECT count(*) FROM act_ru_deadletter_job", Long.class)).isZero();
			}
		}
	}

}
