package co.pqrsd.server.auditoria;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import co.pqrsd.server.PqrsdApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documented command-line verification, run as a separate process as an administrator
 * would.
 */
class VerificacionPorConsolaTest {

	@TempDir
	Path datos;

	@Test
	void laVerificacionPorConsolaSaleConCeroSiLaCadenaEstaIntegra() throws Exception {
		Path salida = datos.resolve("salida.txt");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process p = new ProcessBuilder(
				List.of(java, "-cp", System.getProperty("java.class.path"), PqrsdApplication.class.getName(),
						"--spring.main.web-application-type=none", "--pqrsd.comando=verificar-auditoria",
						"--pqrsd.datos-dir=" + datos, "--pqrsd.db.puerto=0", "--pqrsd.db.durable=false"))
			.redirectErrorStream(true)
			.redirectOutput(salida.toFile())
			.start();
		assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
		String texto = Files.readString(salida);
		assertThat(p.exitValue()).as(texto).isZero();
		assertThat(texto).contains("VERIFICACIÓN DE AUDITORÍA: ÍNTEGRA");
		// No PQRSD_ADMIN_PASSWORD: the first start prints a random password once.
		assertThat(texto).containsPattern("se creó el usuario 'admin' con la contraseña\\s+[A-Za-z0-9]{18}");
	}

}
