package co.pqrsd.server.seguridad;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Remembers, for a minute, HTTP Basic credentials that were just verified. Argon2 is
 * deliberately slow (tens of milliseconds), and scripts send the password with every
 * request; without this, API throughput would be bounded by password hashing. Only a
 * keyed SHA-256 of the credentials is kept, never the password; any change to the user
 * forgets the entry at once.
 */
@Component
class CacheCredenciales {

	private static final Duration VIGENCIA = Duration.ofSeconds(60);

	private final byte[] secreto = new byte[32];

	private final ConcurrentHashMap<String, Entrada> entradas = new ConcurrentHashMap<>();

	private final Clock reloj;

	CacheCredenciales(Clock reloj) {
		this.reloj = reloj;
		new SecureRandom().nextBytes(secreto);
	}

	private record Entrada(byte[] huella, Authentication autenticacion, Instant vence) {
	}

	@Nullable Authentication buscar(String username, String contrasena) {
		Entrada e = entradas.get(username);
		if (e == null || reloj.instant().isAfter(e.vence())) {
			return null;
		}
		return MessageDigest.isEqual(e.huella(), huella(username, contrasena)) ? e.autenticacion() : null;
	}

	void guardar(String username, String contrasena, Authentication autenticacion) {
		entradas.put(username,
				new Entrada(huella(username, contrasena), autenticacion, reloj.instant().plus(VIGENCIA)));
	}

	void olvidar(String username) {
		entradas.remove(username);
	}

	private byte[] huella(String username, String contrasena) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(secreto);
			sha.update(username.getBytes(StandardCharsets.UTF_8));
			sha.update((byte) 0);
			sha.update(contrasena.getBytes(StandardCharsets.UTF_8));
			return sha.digest();
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
