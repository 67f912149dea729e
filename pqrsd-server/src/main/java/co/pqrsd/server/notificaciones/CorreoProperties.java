package co.pqrsd.server.notificaciones;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Outgoing mail besides the SMTP server itself (which is Boot's {@code spring.mail.*}:
 * host, port, username, password, TLS; no host means no mail is sent).
 *
 * @param remitente the From address
 * @param nombreRemitente the From display name
 * @param urlPublica the address staff reach the application at; links in mails start with
 * it
 * @param intentosMaximos attempts before a mail is left pending for a person to look at
 * @param esperaInicial wait after the first failure; it doubles after each further one
 * @param esperaMaxima the longest wait between two attempts
 * @param sondeo how often each node looks for pending mail (leftovers and retries)
 */
@ConfigurationProperties("pqrsd.correo")
record CorreoProperties(@DefaultValue("pqrsd@localhost") String remitente,
		@DefaultValue("pqrsd") String nombreRemitente, @DefaultValue("http://localhost:8080") String urlPublica,
		@DefaultValue("10") int intentosMaximos, @DefaultValue("30s") Duration esperaInicial,
		@DefaultValue("2h") Duration esperaMaxima, @DefaultValue("5s") Duration sondeo) {

	/**
	 * @return the absolute address of a path inside the application.
	 */
	String enlace(String ruta) {
		return urlPublica.replaceAll("/+$", "") + (ruta.startsWith("/") ? ruta : "/" + ruta);
	}

	/**
	 * @return the wait before the next attempt after {@code intentos} failures.
	 */
	Duration espera(int intentos) {
		Duration d = esperaInicial;
		for (int i = 1; i < intentos && d.compareTo(esperaMaxima) < 0; i++) {
			d = d.multipliedBy(2);
		}
		return d.compareTo(esperaMaxima) > 0 ? esperaMaxima : d;
	}

}
