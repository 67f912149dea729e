package co.pqrsd.server.seguridad;

import java.time.Instant;

import org.springframework.security.authentication.AccountStatusException;

/**
 * Too many wrong passwords from this address ({@link LimitadorIntentos}): refused without
 * checking the password, whatever the account.
 */
class IntentosExcedidos extends AccountStatusException {

	private final Instant hasta;

	IntentosExcedidos(Instant hasta) {
		super("Demasiados intentos fallidos desde esta dirección.");
		this.hasta = hasta;
	}

	Instant hasta() {
		return hasta;
	}

	static String mensaje() {
		return "Demasiados intentos fallidos desde su equipo. Espere unos minutos e intente de nuevo.";
	}

}
