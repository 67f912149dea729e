package co.pqrsd.server.ciudadano;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import co.pqrsd.server.auditoria.AccionAuditoria;
import co.pqrsd.server.auditoria.Auditoria;
import co.pqrsd.server.auditoria.Resultado;
import co.pqrsd.server.comun.NoEncontrado;
import co.pqrsd.server.pqrsd.PqrsdCiudadano;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files a citizen's PQRSD with its consultation code, and answers the status lookup by
 * radicado and code. The code (PIN) has 60 random bits, is shown once and is stored only
 * as its SHA-256; a wrong code and a number that does not exist get the same answer.
 */
@Service
class ServicioCiudadano {

	/** Letters and digits without look-alikes (no 0/O, 1/I/L). */
	private static final char[] ALFABETO = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

	private static final int LARGO_PIN = 12;

	private static final SecureRandom AZAR = new SecureRandom();

	/** Compared when the radicado has no code, so that both answers take as long. */
	private static final String HASH_FICTICIO = sha256("pqrsd-sin-codigo");

	private final PqrsdCiudadano pqrsd;

	private final LimitesCiudadano limites;

	private final JdbcClient jdbc;

	private final Auditoria auditoria;

	private final Clock reloj;

	private final CiudadanoProperties propiedades;

	ServicioCiudadano(PqrsdCiudadano pqrsd, LimitesCiudadano limites, JdbcClient jdbc, Auditoria auditoria, Clock reloj,
			CiudadanoProperties propiedades) {
		this.propiedades = propiedades;
		this.pqrsd = pqrsd;
		this.limites = limites;
		this.jdbc = jdbc;
		this.auditoria = auditoria;
		this.reloj = reloj;
	}

	/** What the citizen takes away: the code is shown only now. */
	record Recibo(String radicado, OffsetDateTime fechaRadicacion, @Nullable LocalDate vencimiento,
			String explicacionVencimiento, String pin) {
	}

	/**
	 * Radicates the filing, its code and its data-protection consent, all or nothing,
	 * through radicación's combiner (one commit for many concurrent filings), after the
	 * rate limits. The code's hash is computed here, outside the shared transaction.
	 * @param autorizaDatos the peticionario's answer to the data-protection consent;
	 * {@code null} when he did not answer (taken as no)
	 */
	Recibo radicar(PqrsdCiudadano.Solicitud s, @Nullable Boolean autorizaDatos, String ip) {
		String pin = nuevoPin();
		String hash = sha256(normalizar(pin));
		PqrsdCiudadano.Radicada r = pqrsd.radicarCombinado(s, autorizacion(s, autorizaDatos),
				() -> limites.exigirRadicacion(ip, s.peticionario().correo()),
				radicado -> jdbc.sql("INSERT INTO ciudadano_pin (radicado, pin_hash, creado_en) VALUES (?, ?, ?)")
					.params(radicado, hash, Timestamp.from(reloj.instant()))
					.update());
		return new Recibo(r.radicado(), r.fechaRadicacion(), r.vencimiento(), r.explicacionVencimiento(), pin);
	}

	/**
	 * The consent to store with the filing: asked of a named peticionario (Ley 1581 de
	 * 2012, art. 9); an anonymous filing gives no personal data and needs none. A named
	 * peticionario who does not consent is still answered (Ley 1437 de 2011, art. 13: the
	 * petition cannot be refused for it): {@code false} is recorded and his data serve
	 * only to answer.
	 */
	private PqrsdCiudadano.@Nullable AutorizacionDatos autorizacion(PqrsdCiudadano.Solicitud s,
			@Nullable Boolean autorizaDatos) {
		if (s.peticionario().esAnonimo()) {
			return null;
		}
		return new PqrsdCiudadano.AutorizacionDatos(Boolean.TRUE.equals(autorizaDatos), propiedades.politicaMostrada());
	}

	/**
	 * @return the state of the filing when the code matches.
	 * @throws NoEncontrado the same for a wrong code and a number that does not exist
	 */
	@Transactional(readOnly = true)
	PqrsdCiudadano.Estado consultar(String radicado, String pin, String ip) {
		exigirCodigo(radicado, pin, ip);
		return pqrsd.estado(radicado.strip()).orElseThrow(ServicioCiudadano::noEncontrada);
	}

	/**
	 * Checks the code under the failed-lookup limit of the IP: every way of trying a code
	 * (status, answer documents, the receipt's PDF) counts against the same limit.
	 * @throws NoEncontrado the same for a wrong code and a number that does not exist
	 * @throws LimitesCiudadano.LimiteExcedido when the IP failed too often lately
	 */
	void exigirCodigo(String radicado, String pin, String ip) {
		long intento = limites.reservarConsulta(ip);
		if (!pinValido(radicado, pin)) {
			auditoria.registrarAparte(AccionAuditoria.CIUDADANO_CONSULTA_FALLIDA, "CIUDADANO", null, Resultado.DENEGADO,
					Map.of("motivo", "RADICADO_O_CODIGO_ERRADO"));
			throw noEncontrada();
		}
		limites.consultaAcertada(intento);
	}

	/** Whether the code is the radicado's; constant-time comparison of the hashes. */
	private boolean pinValido(@Nullable String radicado, @Nullable String pin) {
		String numero = radicado == null ? "" : radicado.strip();
		Optional<String> guardado = numero.isEmpty() || numero.length() > 40 ? Optional.empty()
				: jdbc.sql("SELECT pin_hash FROM ciudadano_pin WHERE radicado = ?")
					.param(numero)
					.query(String.class)
					.optional();
		String dado = sha256(normalizar(pin == null ? "" : pin));
		boolean igual = MessageDigest.isEqual(dado.getBytes(StandardCharsets.US_ASCII),
				guardado.orElse(HASH_FICTICIO).getBytes(StandardCharsets.US_ASCII));
		return guardado.isPresent() && igual;
	}

	static NoEncontrado noEncontrada() {
		return new NoEncontrado("CONSULTA_NO_ENCONTRADA",
				"No encontramos una PQRSD con ese número de radicado y ese código de consulta. Revise ambos datos.",
				Map.of());
	}

	static String nuevoPin() {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < LARGO_PIN; i++) {
			if (i > 0 && i % 4 == 0) {
				sb.append('-');
			}
			sb.append(ALFABETO[AZAR.nextInt(ALFABETO.length)]);
		}
		return sb.toString();
	}

	/** The code as typed: spaces, dashes and case do not matter. */
	static String normalizar(String pin) {
		return pin.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
	}

	static String sha256(String texto) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(texto.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
