package co.pqrsd.server.pqrsd;

import co.pqrsd.server.PruebaIntegracion;
import co.pqrsd.server.RelojAjustable;
import co.pqrsd.server.pqrsd.motor.MotorPqrsd;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Base of the engine tests on the shared server: the helpers of {@link PruebaPqrsdMotor}
 * on this class's own dependencia and users, and the clock put back after each test.
 */
@PruebaIntegracion
abstract class PruebaConMotor {

	@LocalServerPort
	int puerto;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RelojAjustable reloj;

	@Autowired
	MotorPqrsd motor;

	PruebaPqrsdMotor p;

	/** The helpers, with the dependencia and users of the calling class. */
	void preparar(String prefijo, String dependencia) {
		p = new PruebaPqrsdMotor(puerto, jdbc, reloj, motor);
		p.usuarios(prefijo, dependencia);
	}

	@AfterEach
	void restablecerReloj() {
		reloj.restablecer();
	}

}
