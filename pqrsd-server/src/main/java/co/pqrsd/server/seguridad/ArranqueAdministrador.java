package co.pqrsd.server.seguridad;

import java.security.SecureRandom;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first start creates the user {@code admin}: with {@code PQRSD_ADMIN_PASSWORD} when
 * given, otherwise with a random password printed once in the log. Nothing else is
 * created in production.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ArranqueAdministrador implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ArranqueAdministrador.class);

	private static final String ALFABETO = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final Usuarios usuarios;

	private final TransactionTemplate transaccion;

	private final String contrasena;

	ArranqueAdministrador(Usuarios usuarios, TransactionTemplate transaccion,
			@Value("${pqrsd.admin-password:${PQRSD_ADMIN_PASSWORD:}}") String contrasena) {
		this.usuarios = usuarios;
		this.transaccion = transaccion;
		this.contrasena = contrasena;
	}

	@Override
	public void run(ApplicationArguments args) {
		transaccion.executeWithoutResult(estado -> {
			if (usuarios.hayUsuarios()) {
				return;
			}
			boolean generada = contrasena.isBlank();
			String clave = generada ? aleatoria() : contrasena;
			usuarios.crear(new SolicitudUsuario("admin", "Administrador del sistema", "admin@localhost.invalid", clave,
					"Administrador", List.of(Rol.ADMIN), List.of(), true));
			if (generada) {
				log.warn(
						"\n\n  Primer inicio: se creó el usuario 'admin' con la contraseña  {}\n  Guárdela ahora: no se "
								+ "volverá a mostrar. Cámbiela en 'Mi cuenta'.\n",
						clave);
			}
			else {
				log.info("Primer inicio: se creó el usuario 'admin' con la contraseña de PQRSD_ADMIN_PASSWORD.");
			}
		});
	}

	private static String aleatoria() {
		SecureRandom azar = new SecureRandom();
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			sb.append(ALFABETO.charAt(azar.nextInt(ALFABETO.length())));
		}
		// Guarantees the letters-and-digits rule of the password policy.
		return sb.append(azar.nextInt(10)).append('k').toString();
	}

}
