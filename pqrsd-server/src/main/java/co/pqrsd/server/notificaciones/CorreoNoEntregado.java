package co.pqrsd.server.notificaciones;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A mail of the outbox that did not reach its recipient: refused for good by the SMTP
 * server at send time (a 5xx answer), or returned later by the recipient's server as a
 * delivery status notification (RFC 3464) read in the institutional mailbox. Published in
 * the transaction that records it, so that the case it belongs to records it too.
 *
 * @param correoSaliente the outbox row, {@code null} when a DSN named only the case
 * @param clave the key the mail was queued with ({@code pqrsd/<radicado>/...}), or
 * {@code null} as above
 * @param radicado the case the mail was about, {@code null} when it was about none
 * @param destinatario the address that refused it
 * @param diagnostico the server's answer, e.g. {@code 550 5.1.1 usuario desconocido}
 * @param origen where the failure was learned
 * @param ocurrido when it was learned
 */
public record CorreoNoEntregado(@Nullable Long correoSaliente, @Nullable String clave, @Nullable String radicado,
		String destinatario, String diagnostico, Origen origen, Instant ocurrido) {

	/** Where a delivery failure was learned. */
	public enum Origen {

		/** The SMTP server refused the mail for good when it was sent. */
		SMTP,
		/** A delivery status notification arrived in the mailbox. */
		DSN

	}

}
