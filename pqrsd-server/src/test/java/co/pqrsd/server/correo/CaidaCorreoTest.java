package co.pqrsd.server.correo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import co.pqrsd.server.pqrsd.NodosPrueba;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A server JVM killed with -9 while it polls a mailbox full of mail: the node started
 * again over the same database radicates every mail exactly once, and none is lost.
 */
class CaidaCorreoTest {

	static final int CORREOS = 25;

	@TempDir
	Path temporal;

	/** The mail channel's settings of a node polling GreenMail every 100 ms. */
	static String[] buzon(int imap, int smtp) {
		return new String[] { "--pqrsd.correo.entrada.host=127.0.0.1", "--pqrsd.correo.entrada.puerto=" + imap,
				"--pqrsd.correo.entrada.usuario=" + CorreoEntranteTest.BUZON,
				"--pqrsd.correo.entrada.clave=" + CorreoEntranteTest.CLAVE_BUZON, "--pqrsd.correo.entrada.ssl=false",
				"--pqrsd.correo.entrada.sondeo=100ms", "--pqrsd.correo.entrada.por-ronda=5",
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp,
				"--pqrsd.correo.remitente=" + CorreoEntranteTest.BUZON, "--flowable.async-executor-activate=false" };
	}

	@Test
	void unNodoMuertoConKill9EnPlenoSondeoNoPierdeNiDuplicaCorreos() throws Exception {
		int smtp = CorreoEntranteTest.puertoLibre();
		int imap = CorreoEntranteTest.puertoLibre();
		GreenMail servidor = new GreenMail(
				new ServerSetup[] { new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
						new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP) });
		servidor.start();
		servidor.setUser(CorreoEntranteTest.BUZON, CorreoEntranteTest.BUZON, CorreoEntranteTest.CLAVE_BUZON);
		try (EmbeddedPostgres externa = EmbeddedPostgres.builder()
			.setDataDirectory(temporal.resolve("externa"))
			.setRegisterShutdownHook(false)
			.start()) {
			String base = NodosPrueba.preparar(externa);
			JdbcTemplate jdbc = new JdbcTemplate(externa.getPostgresDatabase());
			for (int i = 0; i < CORREOS; i++) {
				CorreoEntranteTest.enviarAlBuzon(
						CorreoEntranteTest.correo("<caida-" + i + "@ciudadano.prueba>",
								"caida" + i + "@ciudadano.prueba", "Caída " + i, "Petición número " + i,
								new CorreoEntranteTest.Archivo("nota.txt", "text/plain", ("Nota " + i).getBytes())),
						smtp);
			}
			String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
			Process hijo = new ProcessBuilder(
					List.of(java, "-cp", System.getProperty("java.class.path"), CaidaCorreoLanzador.class.getName(),
							base, temporal.resolve("nodo1").toString(), Integer.toString(imap), Integer.toString(smtp)))
				.redirectErrorStream(true)
				.start();
			try (BufferedReader salida = new BufferedReader(new InputStreamReader(hijo.getInputStream()))) {
				String linea;
				while ((linea = salida.readLine()) != null && !linea.startsWith("LISTO")) {
					// The child's startup log; wait for its signal.
				}
				assertThat(linea).as("el nodo hijo debía arrancar").startsWith("LISTO");
				// Killed once it has radicated some mails and not all of them.
				for (int i = 0; i < 600 && radicados(jdbc) < 3; i++) {
					Thread.sleep(50);
				}
			}
			finally {
				hijo.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			}
			long antes = radicados(jdbc);
			assertThat(antes).as("murió a mitad del buzón").isBetween(1L, (long) CORREOS - 1);
			try (ConfigurableApplicationContext nodo = NodosPrueba.nodo(base, temporal.resolve("nodo2"),
					buzon(imap, smtp))) {
				for (int i = 0; i < 1200
						&& (radicados(jdbc) < CORREOS || CorreoEntranteTest.mensajes("INBOX", imap) > 0); i++) {
					Thread.sleep(100);
				}
			}
			assertThat(radicados(jdbc)).isEqualTo(CORREOS);
			assertThat(CorreoEntranteTest.mensajes("INBOX", imap)).isZero();
			// Each Message-ID one radicado, each radicado one PQRSD: none twice.
			assertThat(jdbc.queryForObject("SELECT count(DISTINCT radicado) FROM correo_entrante", Long.class))
				.isEqualTo(CORREOS);
			assertThat(jdbc.queryForObject("SELECT count(*) FROM radicado WHERE asunto LIKE 'Caída %'", Long.class))
				.isEqualTo(CORREOS);
			assertThat(jdbc.queryForObject(
					"SELECT count(*) FROM pqrsd_caso WHERE caso->>'canal' = 'CORREO_ELECTRONICO'", Long.class))
				.isEqualTo(CORREOS);
		}
		finally {
			servidor.stop();
		}
	}

	private static long radicados(JdbcTemplate jdbc) {
		return jdbc.queryForObject("SELECT count(*) FROM correo_entrante WHERE estado = 'RADICADO'", Long.class);
	}

}
