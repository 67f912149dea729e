package co.pqrsd.server.seguridad;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Throttles password guessing (logins and the current password of a password change).
 * <p>
 * Why not lock the account: five bad passwords from anybody used to lock {@code admin}
 * for everybody, again and again. Instead, two limits keyed by the client address:
 * <ul>
 * <li>per account and address: after {@code intentosMaximos} failures from one address
 * within one {@code duracionBloqueo} window, that address may not try that account for
 * {@code duracionBloqueo}; the account's owner, from any other address, is not
 * affected;</li>
 * <li>per address: after {@code fallosMaximosPorIp} failures on any accounts within one
 * {@code duracionBloqueo} window, the address may not try any account for
 * {@code duracionBloqueo} (stops spraying one password over many usernames).</li>
 * </ul>
 * While a limit holds, the password is not even checked, so the answer (the same for
 * existing and unknown usernames) tells nothing about the password nor the account. A
 * successful login resets the failures of its account and address, not those of the
 * address on other accounts. Wrong current passwords on the password change count apart
 * ({@link #cambio}) and towards the address's limit. Counters live in memory (one
 * server): a restart clears them, and entries whose window ended are purged as new ones
 * arrive.
 */
@Component
class LimitadorIntentos {

	private static final int PURGAR_DESDE = 10_000;

	private final SeguridadProperties propiedades;

	private final Clock reloj;

	private final ConcurrentHashMap<Clave, Contador> porCuenta = new ConcurrentHashMap<>();

	private final ConcurrentHashMap<String, Contador> porIp = new ConcurrentHashMap<>();

	LimitadorIntentos(SeguridadProperties propiedades, Clock reloj) {
		this.propiedades = propiedades;
		this.reloj = reloj;
	}

	private record Clave(String username, String ip) {
	}

	/**
	 * @param fallos failures counted in the window
	 * @param desde start of the window
	 * @param bloqueadoHasta end of the current block, or null
	 */
	private record Contador(int fallos, Instant desde, @Nullable Instant bloqueadoHasta) {

		boolean bloqueado(Instant ahora) {
			return bloqueadoHasta != null && bloqueadoHasta.isAfter(ahora);
		}

	}

	/** What a failure caused: null when no limit started now. */
	record Bloqueo(String alcance, Instant hasta) {
	}

	/**
	 * @return until when this address may not try this account, or null when it may.
	 */
	@Nullable Instant bloqueadoHasta(String username, String ip) {
		Instant ahora = reloj.instant();
		Contador c = porCuenta.get(clave(username, ip));
		Contador d = porIp.get(ip);
		Instant hasta = null;
		if (c != null && c.bloqueado(ahora)) {
			hasta = c.bloqueadoHasta();
		}
		if (d != null && d.bloqueado(ahora) && (hasta == null || d.bloqueadoHasta().isAfter(hasta))) {
			hasta = d.bloqueadoHasta();
		}
		return hasta;
	}

	/**
	 * Counts a wrong password from this address for this account.
	 * @return the limit this failure started, or null
	 */
	@Nullable Bloqueo fallo(String username, String ip) {
		Instant ahora = reloj.instant();
		purgar(ahora);
		Contador cuenta = porCuenta.compute(clave(username, ip),
				(k, c) -> contar(c, ahora, propiedades.intentosMaximos()));
		Contador direccion = porIp.compute(ip, (k, c) -> contar(c, ahora, propiedades.fallosMaximosPorIp()));
		if (direccion.bloqueado(ahora) && direccion.fallos() == Math.max(1, propiedades.fallosMaximosPorIp())) {
			return new Bloqueo("IP", direccion.bloqueadoHasta());
		}
		if (cuenta.bloqueado(ahora) && cuenta.fallos() == Math.max(1, propiedades.intentosMaximos())) {
			return new Bloqueo("USUARIO_IP", cuenta.bloqueadoHasta());
		}
		return null;
	}

	/** A correct password from this address: its failures on this account start over. */
	void exito(String username, String ip) {
		porCuenta.remove(clave(username, ip));
	}

	/** An administrator reset the password: every address may try this account again. */
	void olvidarCuenta(String username) {
		String u = normalizar(username);
		String c = normalizar(cambio(username));
		porCuenta.keySet().removeIf(k -> k.username().equals(u) || k.username().equals(c));
	}

	/**
	 * The key of the current password on the password change: counted apart from logins,
	 * since every HTTP Basic request of the user is a successful login that would reset
	 * it. (Usernames cannot contain ':'.)
	 */
	static String cambio(String username) {
		return "cambio-contrasena:" + username;
	}

	private Contador contar(@Nullable Contador c, Instant ahora, int maximo) {
		// A window starts with the first failure and ends duracionBloqueo later, or when
		// the block it caused ends.
		boolean nuevo = c == null || (c.bloqueadoHasta() != null && !c.bloqueado(ahora))
				|| (c.bloqueadoHasta() == null && !c.desde().plus(propiedades.duracionBloqueo()).isAfter(ahora));
		if (nuevo) {
			return new Contador(1, ahora, maximo <= 1 ? ahora.plus(propiedades.duracionBloqueo()) : null);
		}
		int fallos = c.fallos() + 1;
		Instant hasta = c.bloqueadoHasta() != null ? c.bloqueadoHasta()
				: fallos >= maximo ? ahora.plus(propiedades.duracionBloqueo()) : null;
		return new Contador(fallos, c.desde(), hasta);
	}

	private void purgar(Instant ahora) {
		if (porCuenta.size() + porIp.size() < PURGAR_DESDE) {
			return;
		}
		Instant limite = ahora.minus(propiedades.duracionBloqueo());
		porCuenta.values().removeIf(c -> !c.bloqueado(ahora) && c.desde().isBefore(limite));
		porIp.values().removeIf(c -> !c.bloqueado(ahora) && c.desde().isBefore(limite));
	}

	private static Clave clave(String username, String ip) {
		return new Clave(normalizar(username), ip);
	}

	private static String normalizar(String username) {
		return username.strip().toLowerCase(Locale.ROOT);
	}

}
