package co.pqrsd.server.seguridad;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Signed fichas for the Share dashlets:
 * {@code base64url(user).expiry.base64url(HMAC-SHA256(
 * secret, user "\n" expiry))}. A ficha names an existing pqrsd user (the Alfresco user of
 * the same name), lives {@code pqrsd.share.vigencia} at most and carries no password.
 */
@Component
class ConfianzaShare {

	private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

	private final ConfianzaShareProperties propiedades;

	private final Clock reloj;

	ConfianzaShare(ConfianzaShareProperties propiedades, Clock reloj) {
		this.propiedades = propiedades;
		this.reloj = reloj;
	}

	boolean activa() {
		return propiedades.activa();
	}

	/** Whether {@code usuario}/{@code clave} are the credentials Share declares. */
	boolean esShare(String usuario, String clave) {
		return activa() && MessageDigest.isEqual(usuario.getBytes(StandardCharsets.UTF_8),
				propiedades.usuario().getBytes(StandardCharsets.UTF_8))
				& MessageDigest.isEqual(clave.getBytes(StandardCharsets.UTF_8),
						propiedades.secreto().getBytes(StandardCharsets.UTF_8));
	}

	record Ficha(String valor, Instant expira) {
	}

	Ficha firmar(String usuario) {
		long expira = reloj.instant().plus(propiedades.vigencia()).getEpochSecond();
		String u = B64.encodeToString(usuario.getBytes(StandardCharsets.UTF_8));
		return new Ficha(u + "." + expira + "." + B64.encodeToString(hmac(usuario + "\n" + expira)),
				Instant.ofEpochSecond(expira));
	}

	/**
	 * @return the user a valid, unexpired ficha names.
	 */
	Optional<String> verificar(String ficha) {
		if (!activa() || ficha.length() > 600) {
			return Optional.empty();
		}
		String[] partes = ficha.split("\\.", -1);
		if (partes.length != 3 || !partes[1].matches("[0-9]{1,12}")) {
			return Optional.empty();
		}
		try {
			String usuario = new String(Base64.getUrlDecoder().decode(partes[0]), StandardCharsets.UTF_8);
			long expira = Long.parseLong(partes[1]);
			byte[] firma = Base64.getUrlDecoder().decode(partes[2]);
			if (!MessageDigest.isEqual(firma, hmac(usuario + "\n" + expira))) {
				return Optional.empty();
			}
			Instant ahora = reloj.instant();
			Instant vence = Instant.ofEpochSecond(expira);
			// Expired, or signed for longer than the configured life (not ours).
			if (!vence.isAfter(ahora) || vence.isAfter(ahora.plus(propiedades.vigencia()).plusSeconds(5))) {
				return Optional.empty();
			}
			return Optional.of(usuario);
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	private byte[] hmac(String texto) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(propiedades.secreto().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac.doFinal(texto.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

}
