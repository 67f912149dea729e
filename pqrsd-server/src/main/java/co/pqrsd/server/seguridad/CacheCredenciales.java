package co.pqrsd.server.seguridad;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Remembers, for a minute, HTTP Basic credentials that were just verified. Argon2 is
 * deliberately slow (tens of milliseconds), and scripts send the password with every
 * request; without this, API throughput would be bounded by password hashing. Only a
 * keyed SHA-256 of the credentials is kept, never the password; any change to the user
 * forgets the entry at once.
 * <p>
 * Single flight: when the entry expires under load, the first request of a user computes
 * the hash and the concurrent requests with the same credentials wait for its result, so
 * one expiry costs one hash, not one per request.
 */
@Component
class CacheCredenciales {

	private static final Duration VIGENCIA = Duration.ofSeconds(60);

	private final byte[] secreto = new byte[32];

	private final ConcurrentHashMap<String, Entrada> entradas = new ConcurrentHashMap<>();

	/** Verifications in progress, by username and credential fingerprint. */
	private final ConcurrentHashMap<Vuelo, CompletableFuture<Authentication>> enCurso = new ConcurrentHashMap<>();

	/** Bumped by {@link #olvidar}: a verification begun before must not be stored. */
	private final ConcurrentHashMap<String, Long> generaciones = new ConcurrentHashMap<>();

	private final AtomicLong calculos = new AtomicLong();

	private final Clock reloj;

	CacheCredenciales(Clock reloj) {
		this.reloj = reloj;
		new SecureRandom().nextBytes(secreto);
	}

	private record Entrada(byte[] huella, Authentication autenticacion, Instant vence) {
	}

	private record Vuelo(String username, String huella) {
	}

	/**
	 * The remembered authentication for these credentials, or the result of
	 * {@code verificar}, computed once however many requests ask at the same time.
	 * Failures are never remembered: each waiting request receives the same exception.
	 */
	Authentication autenticar(String username, String contrasena, Supplier<Authentication> verificar) {
		byte[] huella = huella(username, contrasena);
		Authentication recordada = vigente(username, huella);
		if (recordada != null) {
			return recordada;
		}
		Vuelo vuelo = new Vuelo(username, HexFormat.of().formatHex(huella));
		CompletableFuture<Authentication> propio = new CompletableFuture<>();
		CompletableFuture<Authentication> ajeno = enCurso.putIfAbsent(vuelo, propio);
		if (ajeno != null) {
			return esperar(ajeno);
		}
		try {
			// A flight may have landed between the first look and putIfAbsent.
			Authentication resultado = vigente(username, huella);
			if (resultado == null) {
				long generacion = generaciones.getOrDefault(username, 0L);
				calculos.incrementAndGet();
				resultado = verificar.get();
				guardarSiVigente(username, huella, resultado, generacion);
			}
			propio.complete(resultado);
			return resultado;
		}
		catch (RuntimeException | Error e) {
			propio.completeExceptionally(e);
			throw e;
		}
		finally {
			enCurso.remove(vuelo, propio);
		}
	}

	private @Nullable Authentication vigente(String username, byte[] huella) {
		Entrada e = entradas.get(username);
		if (e == null || reloj.instant().isAfter(e.vence())) {
			return null;
		}
		return MessageDigest.isEqual(e.huella(), huella) ? e.autenticacion() : null;
	}

	private void guardarSiVigente(String username, byte[] huella, Authentication autenticacion, long generacion) {
		entradas.compute(username, (u, actual) -> generaciones.getOrDefault(u, 0L) == generacion
				? new Entrada(huella, autenticacion, reloj.instant().plus(VIGENCIA)) : actual);
	}

	private static Authentication esperar(CompletableFuture<Authentication> vuelo) {
		try {
			return vuelo.join();
		}
		catch (CompletionException e) {
			if (e.getCause() instanceof RuntimeException r) {
				throw r;
			}
			if (e.getCause() instanceof Error err) {
				throw err;
			}
			throw e;
		}
	}

	/**
	 * Forgets the user's credentials: the next request verifies the password again, and a
	 * verification in progress is not remembered.
	 */
	void olvidar(String username) {
		generaciones.merge(username, 1L, Long::sum);
		entradas.remove(username);
		enCurso.keySet().removeIf(v -> v.username().equals(username));
	}

	/** Password hashes computed so far (for tests). */
	long calculos() {
		return calculos.get();
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
