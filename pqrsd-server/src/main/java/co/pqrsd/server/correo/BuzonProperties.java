package co.pqrsd.server.correo;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The institutional mailbox polled over IMAP. Without a host the channel is off.
 *
 * @param host the IMAP server; blank: no polling
 * @param puerto its port (993 with SSL, 143 without)
 * @param usuario the mailbox login
 * @param clave its password
 * @param carpeta the folder new mail arrives in
 * @param carpetaRadicados where a mail goes once its radicado committed (created when
 * missing)
 * @param ssl IMAPS (implicit TLS)
 * @param sondeo the wait between two polls
 * @param porRonda mails handled per poll at most
 * @param intentosMaximos attempts before a failing mail is left for a person (it stays in
 * the mailbox with its error)
 */
@ConfigurationProperties("pqrsd.correo.entrada")
record BuzonProperties(@Nullable String host, @DefaultValue("993") int puerto, @Nullable String usuario,
		@Nullable String clave, @DefaultValue("INBOX") String carpeta,
		@DefaultValue("Radicados") String carpetaRadicados, @DefaultValue("true") boolean ssl,
		@DefaultValue("60s") Duration sondeo, @DefaultValue("50") int porRonda,
		@DefaultValue("10") int intentosMaximos) {

	boolean activo() {
		return host != null && !host.isBlank();
	}

}
