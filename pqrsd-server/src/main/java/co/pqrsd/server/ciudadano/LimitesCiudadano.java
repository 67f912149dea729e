package co.pqrsd.server.ciudadano;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import co.pqrsd.server.auditoria.AccionAuditoria;
import co.pqrsd.server.auditoria.Auditoria;
import co.pqrsd.server.auditoria.Resultado;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

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

	LimitesCiudadano(JdbcClient jdbc, CiudadanoProperties propiedades, Auditoria auditoria, Clock reloj) {
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
	 */
	void exigirRadicacion(String ip, @Nullable String correo) {
		Duration ventana = propiedades.getVentanaRadicacion();
		exigir(RADICACION, "ip:" + ip, propiedades.getRadicacionesPorIp(), ventana, "ip");
		String c = correo == null || correo.isBlank() ? null : "correo:" + correo.strip().toLowerCase(Locale.ROOT);
		if (c != null) {
			exigir(RADICACION, c, propiedades.getRadicacionesPorCorreo(), ventana, "correo");
		}
		registrar(RADICACION, "ip:" + ip);
		if (c != null) {
			registrar(RADICACION, c);
		}
	}

	/** Refuses a status lookup from an IP that failed too often lately. */
	void exigirConsulta(String ip) {
		exigir(CONSULTA_FALLIDA, "ip:" + ip, propiedades.getConsultasFallidasPorIp(), propiedades.getVentanaConsultas(),
				"consulta");
	}

	/** Counts a failed lookup; kept even when the request ends in an error. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void consultaFallida(String ip) {
		registrar(CONSULTA_FALLIDA, "ip:" + ip);
	}

	private void exigir(String tipo, String clave, int limite, Duration ventana, String motivo) {
		Instant ahora = reloj.instant();
		Instant desde = ahora.minus(ventana);
		Timestamp primero = jdbc.sql("""
				SELECT min(en) FROM (SELECT en FROM ciudadano_intento WHERE tipo = ? AND clave = ? AND en > ?
				ORDER BY en DESC LIMIT ?) t HAVING count(*) >= ?""")
			.params(tipo, clave, Timestamp.from(desde), limite, limite)
			.query(Timestamp.class)
			.optional()
			.orElse(null);
		if (primero != null) {
			long segundos = Math.max(1, Duration.between(ahora, primero.toInstant().plus(ventana)).toSeconds());
			auditoria.registrarAparte(AccionAuditoria.CIUDADANO_INTENTO_RECHAZADO, "CIUDADANO", null,
					Resultado.DENEGADO, Map.of("motivo", "LIMITE_" + motivo.toUpperCase(Locale.ROOT), "tipo", tipo));
			throw new LimiteExcedido(mensaje(tipo, ventana), segundos);
		}
	}

	private void registrar(String tipo, String clave) {
		jdbc.sql("INSERT INTO ciudadano_intento (tipo, clave, en) VALUES (?, ?, ?)")
			.params(tipo, clave, Timestamp.from(reloj.instant()))
			.update();
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
