package co.pqrsd.server.ciudadano;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import co.pqrsd.server.auditoria.AccionAuditoria;
import co.pqrsd.server.auditoria.Auditoria;
import co.pqrsd.server.auditoria.Resultado;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public channel's rate limits, counted in the database so that they hold across
 * nodes: filings per IP and per e-mail, failed status lookups per IP. A refused attempt
 * is audited (in its own transaction) and answered 429.
 */
@Component
class LimitesCiudadano {

	static final String RADICACION = "RADICACION";

	static final String CONSULTA_FALLIDA = "CONSULTA_FALLIDA";

	private final JdbcClient jdbc;

	private final CiudadanoProperties propiedades;

	private final Auditoria auditoria;

	private final Clock reloj;

	private final TransactionTemplate transaccion;

	LimitesCiudadano(JdbcClient jdbc, CiudadanoProperties propiedades, Auditoria auditoria, Clock reloj,
			PlatformTransactionManager transacciones) {
		this.transaccion = new TransactionTemplate(transacciones);
		// A short transaction of its own even when the caller has one (a read-only
		// lookup).
		this.transaccion.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.jdbc = jdbc;
		this.propiedades = propiedades;
		this.auditoria = auditoria;
		this.reloj = reloj;
	}

	/** Too many attempts: answered 429 with Retry-After. */
	static class LimiteExcedido extends RuntimeException {

		private final long segundos;

		LimiteExcedido(String mensaje, long segundos) {
			super(mensaje);
			this.segundos = segundos;
		}

		long segundos() {
			return segundos;
		}

	}

	/**
	 * Refuses a filing when the IP or the e-mail reached its limit; otherwise counts it.
	 * Check and count are atomic per key: a short transaction of its own takes an
	 * advisory lock on each key (in a fixed order, so two filings never wait on each
	 * other in a cycle), counts, and records the attempt; concurrent filings with the
	 * same key wait for each other only for that instant, and different keys not at all.
	 * The attempt stays counted even if the filing then fails (a refused attachment): the
	 * limit is on attempts.
	 */
	void exigirRadicacion(String ip, @Nullable String correo) {
		Duration ventana = propiedades.getVentanaRadicacion();
		List<Clave> claves = new ArrayList<>();
		claves.add(new Clave("ip:" + ip, propiedades.getRadicacionesPorIp(), "ip"));
		if (correo != null && !correo.isBlank()) {
			claves.add(new Clave("correo:" + correo.strip().toLowerCase(Locale.ROOT),
					propiedades.getRadicacionesPorCorreo(), "correo"));
		}
		Rechazo rechazo = transaccion.execute(t -> {
			bloquear(RADICACION, claves);
			Instant ahora = reloj.instant();
			for (Clave c : claves) {
				Instant libre = libreDesde(RADICACION, c.clave(), c.limite(), ventana, ahora);
				if (libre != null) {
					return new Rechazo(c.motivo(), Math.max(1, Duration.between(ahora, libre).toSeconds()));
				}
			}
			registrar(RADICACION, claves.stream().map(Clave::clave).toList(), ahora);
			return null;
		});
		if (rechazo != null) {
			rechazar(RADICACION, rechazo.motivo(), ventana, rechazo.segundos());
		}
	}

	private record Clave(String clave, int limite, String motivo) {
	}

	private record Rechazo(String motivo, long segundos) {
	}

	/** Serializes, until the transaction ends, the attempts with these keys. */
	private void bloquear(String tipo, List<Clave> claves) {
		StringBuilder valores = new StringBuilder();
		List<Object> parametros = new ArrayList<>();
		for (Clave c : claves) {
			valores.append(valores.isEmpty() ? "(?)" : ", (?)");
			parametros.add(tipo + "|" + c.clave());
		}
		// Ordered by the lock's key, so no two transactions take the same locks in
		// opposite orders. The count need not wait for the disk: losing the last attempts
		// in a crash is harmless, and the filing's own commit is shared by its batch.
		jdbc.sql("SELECT count(pg_advisory_xact_lock(h)) FROM (SELECT DISTINCT hashtextextended(k, 12) AS h FROM "
				+ "(VALUES " + valores + ") v(k) ORDER BY h) t, set_config('synchronous_commit', 'off', true) c")
			.params(parametros)
			.query(Long.class)
			.single();
	}

	/**
	 * Refuses a status lookup from an IP that failed too often lately; otherwise counts
	 * it as failed before the code is checked, atomically as {@link #exigirRadicacion},
	 * so that N lookups at once cannot try more codes than the limit. A lookup whose code
	 * matches gives its count back ({@link #consultaAcertada}).
	 * @return the attempt counted, to give back
	 */
	long reservarConsulta(String ip) {
		Clave clave = new Clave("ip:" + ip, propiedades.getConsultasFallidasPorIp(), "consulta");
		Duration ventana = propiedades.getVentanaConsultas();
		Object resultado = transaccion.execute(t -> {
			bloquear(CONSULTA_FALLIDA, List.of(clave));
			Instant ahora = reloj.instant();
			Instant libre = libreDesde(CONSULTA_FALLIDA, clave.clave(), clave.limite(), ventana, ahora);
			if (libre != null) {
				return new Rechazo(clave.motivo(), Math.max(1, Duration.between(ahora, libre).toSeconds()));
			}
			return jdbc.sql("INSERT INTO ciudadano_intento (tipo, clave, en) VALUES (?, ?, ?) RETURNING id")
				.params(CONSULTA_FALLIDA, clave.clave(), Timestamp.from(ahora))
				.query(Long.class)
				.single();
		});
		if (resultado instanceof Rechazo r) {
			rechazar(CONSULTA_FALLIDA, r.motivo(), ventana, r.segundos());
		}
		return (Long) java.util.Objects.requireNonNull(resultado);
	}

	/**
	 * The code matched: the lookup counted by {@link #reservarConsulta} was not a
	 * failure.
	 */
	void consultaAcertada(long intento) {
		transaccion
			.executeWithoutResult(t -> jdbc.sql("DELETE FROM ciudadano_intento WHERE id = ?").param(intento).update());
	}

	/**
	 * @return when the key may try again, or {@code null} when it is under its limit
	 */
	private @Nullable Instant libreDesde(String tipo, String clave, int limite, Duration ventana, Instant ahora) {
		Timestamp primero = jdbc.sql("""
				SELECT min(en) FROM (SELECT en FROM ciudadano_intento WHERE tipo = ? AND clave = ? AND en > ?
				ORDER BY en DESC LIMIT ?) t HAVING count(*) >= ?""")
			.params(tipo, clave, Timestamp.from(ahora.minus(ventana)), limite, limite)
			.query(Timestamp.class)
			.optional()
			.orElse(null);
		return primero == null ? null : primero.toInstant().plus(ventana);
	}

	/** Audits the refusal in its own transaction and answers 429. */
	private void rechazar(String tipo, String motivo, Duration ventana, long segundos) {
		auditoria.registrarAparte(AccionAuditoria.CIUDADANO_INTENTO_RECHAZADO, "CIUDADANO", null, Resultado.DENEGADO,
				Map.of("motivo", "LIMITE_" + motivo.toUpperCase(Locale.ROOT), "tipo", tipo));
		throw new LimiteExcedido(mensaje(tipo, ventana), segundos);
	}

	private void registrar(String tipo, List<String> claves, Instant en) {
		List<Object> parametros = new ArrayList<>();
		StringBuilder valores = new StringBuilder();
		for (String clave : claves) {
			valores.append(valores.isEmpty() ? "(?, ?, ?)" : ", (?, ?, ?)");
			parametros.add(tipo);
			parametros.add(clave);
			parametros.add(Timestamp.from(en));
		}
		jdbc.sql("INSERT INTO ciudadano_intento (tipo, clave, en) VALUES " + valores).params(parametros).update();
	}

	private static String mensaje(String tipo, Duration ventana) {
		long minutos = Math.max(1, ventana.toMinutes());
		return RADICACION.equals(tipo)
				? "Se recibieron demasiadas solicitudes desde su conexión o con su correo en los últimos " + minutos
						+ " minutos. Espere un momento e intente de nuevo; si es urgente, acuda a la ventanilla."
				: "Demasiadas consultas fallidas desde su conexión. Espere " + minutos
						+ " minutos y verifique el número de radicado y el código de consulta.";
	}

	/** Forgets attempts older than a day. */
	@Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT1H")
	void depurar() {
		jdbc.sql("DELETE FROM ciudadano_intento WHERE en < ?")
			.param(Timestamp.from(reloj.instant().minus(Duration.ofDays(1))))
			.update();
	}

}
