package co.pqrsd.server.correo;

import java.nio.file.Path;

import co.pqrsd.server.pqrsd.NodosPrueba;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Child JVM of {@link CaidaCorreoTest}: a server node over the external database polling
 * the GreenMail mailbox every 100 ms, killed with -9 by the test in the middle of its
 * work.
 */
public final class CaidaCorreoLanzador {

	private CaidaCorreoLanzador() {
	}

	/**
	 * @param args the database URL, the data directory, the IMAP port, the SMTP port
	 */
	public static void main(String[] args) throws Exception {
		ConfigurableApplicationContext app = NodosPrueba.nodo(args[0], Path.of(args[1]),
				CaidaCorreoTest.buzon(Integer.parseInt(args[2]), Integer.parseInt(args[3])));
		System.out.println("LISTO " + NodosPrueba.puerto(app));
		System.out.flush();
		Thread.sleep(600_000);
	}

}
