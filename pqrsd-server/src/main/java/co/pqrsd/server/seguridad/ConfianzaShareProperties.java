package co.pqrsd.server.seguridad;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The trust between Alfresco Share and pqrsd for the Share dashlets (docs/alfresco.md,
 * «Confianza con Share»).
 *
 * @param secreto the secret shared with Share (at least 32 characters; empty turns the
 * trust off). Share presents it as the password of its {@code pqrsd} endpoint; pqrsd
 * signs the Alfresco user name with it (HMAC-SHA256).
 * @param usuario the user name Share's endpoint declares with the secret
 * @param vigencia how long a signed ficha is accepted
 * @param origen Share's origin (scheme://host[:port]): the only one besides pqrsd's own
 * that may frame the dashlet views opened with a ficha
 */
@ConfigurationProperties("pqrsd.share")
record ConfianzaShareProperties(@DefaultValue("") String secreto, @DefaultValue("share") String usuario,
		@DefaultValue("5m") Duration vigencia, @DefaultValue("") String origen) {

	boolean activa() {
		return secreto.length() >= 32;
	}

}
