package co.pqrsd.server.radicacion;

import co.pqrsd.server.ClienteApi;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the radicación tests on the whole server share: the server's port, a database
 * template, and the ventanilla's clerk {@code radicador1} with the dependencias and users
 * of {@link Ventanilla#preparar} in place before each test.
 */
abstract class PruebaVentanilla {

	@LocalServerPort
	int puerto;

	@Autowired
	JdbcTemplate jdbc;

	ClienteApi ventanilla;

	@BeforeEach
	void prepararVentanilla() {
		Ventanilla.preparar(puerto);
		ventanilla = Ventanilla.como(puerto, "radicador1");
	}

}
