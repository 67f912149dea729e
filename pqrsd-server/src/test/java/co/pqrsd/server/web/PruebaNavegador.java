package co.pqrsd.server.web;

import co.pqrsd.server.PruebaIntegracion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser test: the real server and one headless chromium for the whole class. Skipped,
 * with the reason, where /usr/bin/chromium or /usr/bin/chromedriver is missing, unless
 * {@code -Dpqrsd.navegador.obligatorio=true} (then it fails).
 */
@ExtendWith(NavegadorDisponible.class)
@PruebaIntegracion
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PruebaNavegador {

	@LocalServerPort
	int puerto;

	Navegador navegador;

	@BeforeAll
	void abrirNavegador() {
		String falta = Navegador.queFalta();
		if (falta != null) {
			// Only reached with -Dpqrsd.navegador.obligatorio=true (NavegadorDisponible).
			throw new IllegalStateException("Prueba de navegador obligatoria, pero " + falta);
		}
		antesDeAbrir();
		navegador = new Navegador(puerto);
		despuesDeAbrir();
	}

	/** Test data the class needs before the browser opens. */
	void antesDeAbrir() {
	}

	/** What the class does first, e.g. log in. */
	void despuesDeAbrir() {
	}

	@AfterAll
	void cerrarNavegador() {
		if (navegador != null) {
			navegador.close();
		}
	}

}
