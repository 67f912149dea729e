package co.pqrsd.server.pqrsd;

import java.nio.file.Path;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Child JVM of {@link CaidaPqrsdTest}: a server node over the external database, its
 * timers not fired (the async executor off), killed with -9 by the test.
 */
public final class CaidaLanzador {

	private CaidaLanzador() {
	}

	public static void main(String[] args) throws Exception {
		ConfigurableApplicationContext app = NodosPrueba.nodo(args[0], Path.of(args[1]),
				"--flowable.async-executor-activate=false");
		System.out.println("LISTO " + NodosPrueba.puerto(app));
		System.out.flush();
		Thread.sleep(600_000);
	}

}
