package co.pqrsd.server.infraestructura;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of the JVM leaves its postgres running with the data directory locked; starting
 * again on the same directory must come back by itself, with the committed data, and
 * leave no postgres behind on close.
 */
class RecuperacionTrasCaidaTest {

	@TempDir
	Path temporal;

	@Test
	void trasMatarLaJvmConKill9ElServidorVuelveSoloConSusDatos() throws Exception {
		Path datos = temporal.resolve("postgres");
		int puerto;
		try (ServerSocket s = new ServerSocket(0)) {
			puerto = s.getLocalPort();
		}
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process hijo = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
				LanzadorPostgresPrueba.class.getName(), datos.toString(), Integer.toString(puerto)))
			.redirectErrorStream(true)
			.start();
		try (BufferedReader salida = new BufferedReader(new InputStreamReader(hijo.getInputStream()))) {
			String linea;
			while ((linea = salida.readLine()) != null && !linea.contains("LISTO")) {
				// Startup log lines of the child; wait for its signal.
			}
			assertThat(linea).as("el proceso hijo debía iniciar PostgreSQL").isEqualTo("LISTO");
		}
		hijo.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		assertThat(PostgresEmbebido.postmasterVivo(datos)).as("postgres sigue vivo tras el kill -9 de la JVM")
			.isPresent();

		try (PostgresEmbebido pg = PostgresEmbebido.iniciar(datos, puerto, true);
				Connection c = DriverManager.getConnection(pg.jdbcUrl());
				Statement s = c.createStatement()) {
			try (ResultSet rs = s.executeQuery("SELECT valor FROM prueba_caida WHERE id = 1")) {
				assertThat(rs.next()).isTrue();
				assertThat(rs.getString(1)).isEqualTo("antes de la caída");
			}
			try (ResultSet rs = s.executeQuery("SHOW fsync")) {
				rs.next();
				assertThat(rs.getString(1)).isEqualTo("on");
			}
			try (ResultSet rs = s.executeQuery("SHOW synchronous_commit")) {
				rs.next();
				assertThat(rs.getString(1)).isEqualTo("on");
			}
			try (ResultSet rs = s.executeQuery("SHOW listen_addresses")) {
				rs.next();
				assertThat(rs.getString(1)).isEqualTo("localhost");
			}
		}
		assertThat(PostgresEmbebido.postmasterVivo(datos)).as("no queda postgres huérfano tras cerrar").isEmpty();
		assertThat(Files.exists(datos.resolve("PG_VERSION"))).isTrue();
	}

}
