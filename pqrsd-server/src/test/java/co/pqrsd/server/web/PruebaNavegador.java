package co.pqrsd.server.web;

import co.pqrsd.server.PruebaIntegracion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A browser test: the real server and one headless chromium for the whole class. */
@PruebaIntegracion
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PruebaNavegador {

	@LocalServerPort
	int puerto;

	Navegador navegador;

	@BeforeAll
	void abrirNavegador() {
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
		navegador.close();
	}

}
