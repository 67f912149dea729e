package co.pqrsd.server.documentos;

import java.nio.file.Path;

import co.pqrsd.server.pqrsd.NodosPrueba;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Child JVM of {@link CaidaColaAlfrescoTest}: a server node over the external database
 * storing its documents in the simulated Alfresco of the test's JVM, killed with -9 by
 * the test while its queue drains.
 */
public final class CaidaColaAlfrescoLanzador {

	private CaidaColaAlfrescoLanzador() {
	}

	/**
	 * @param args the database URL, the data directory, the simulated Alfresco's URL
	 */
	public static void main(String[] args) throws Exception {
		ConfigurableApplicationContext app = NodosPrueba.nodo(args[0], Path.of(args[1]),
				CaidaColaAlfrescoTest.alfresco(args[2]));
		System.out.println("LISTO " + NodosPrueba.puerto(app));
		System.out.flush();
		Thread.sleep(600_000);
	}

}
