package co.pqrsd.server.notificaciones;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The module's facade: tells users something, in the caller's transaction, at most once
 * per key and user (a retried timer, a second node or a restart never repeats it).
 * <p>
 * Every notification reaches the user's bell; an active user with an e-mail address who
 * has not turned mail off also gets it by mail, sent after the caller's commit (a
 * rollback sends nothing).
 */
@Service
public class Notificaciones {

	private final JdbcClient jdbc;

	private final Clock reloj;

	private final CorreoProperties propiedades;

	private final EnvioCorreos envio;

	Notificaciones(JdbcClient jdbc, Clock reloj, CorreoProperties propiedades, EnvioCorreos envio) {
		this.jdbc = jdbc;
		this.reloj = reloj;
		this.propiedades = propiedades;
		this.envio = envio;
	}

	/**
	 * Records the notification for each recipient who has not received its key yet, and
	 * queues its mail. Unknown usernames are skipped.
	 * @return the recipients newly notified (empty when all had it already)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<String> notificar(Notificacion n) {
		List<String> nuevos = new ArrayList<>();
		int correos = 0;
		Timestamp ahora = Timestamp.from(reloj.instant());
		String texto = textoCorreo(n);
		for (String usuario : n.usuarios().stream().sorted().toList()) {
			int filas = jdbc.sql("""
					INSERT INTO notificacion (clave, usuario, asunto, texto, enlace, creada_en)
					SELECT ?, username, ?, ?, ?, ? FROM usuario WHERE username = ?
					ON CONFLICT (clave, usuario) DO NOTHING""")
				.params(n.clave(), n.asunto(), n.texto(), n.enlace(), ahora, usuario)
				.update();
			if (filas == 1) {
				nuevos.add(usuario);
				// Inactive users, users without an address and those who turned mail off
				// keep the bell only.
				correos += jdbc
					.sql("""
							INSERT INTO correo_saliente (clave, para, asunto, texto, creado_en)
							SELECT ?, u.email, ?, ?, ? FROM usuario u
							WHERE u.username = ? AND u.activo AND btrim(u.email) <> ''
							  AND NOT EXISTS (SELECT 1 FROM preferencia_notificacion p WHERE p.usuario = u.username AND NOT p.correo)
							ON CONFLICT (clave) DO NOTHING""")
					.params(n.clave() + "/" + usuario, n.asunto(), texto, ahora, usuario)
					.update();
			}
		}
		if (correos > 0) {
			despertarTrasConfirmar();
		}
		return nuevos;
	}

	/**
	 * Queues a mail to someone outside the staff (the peticionario), in the caller's
	 * transaction; sent after commit. A key already queued is not queued again.
	 * @param clave stable key of this mail
	 * @return whether it was queued now
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean correoExterno(String clave, String para, String asunto, String texto) {
		boolean encolado = jdbc.sql("""
				INSERT INTO correo_saliente (clave, para, asunto, texto, creado_en) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (clave) DO NOTHING""")
			.params(clave, para, asunto, texto, Timestamp.from(reloj.instant()))
			.update() == 1;
		if (encolado) {
			despertarTrasConfirmar();
		}
		return encolado;
	}

	/**
	 * A mail of the outbox, as a delivery failure names it (header
	 * {@code X-Pqrsd-Correo}).
	 *
	 * @param clave the key it was queued with (e.g. {@code pqrsd/<radicado>/...})
	 */
	public record CorreoEnviado(long id, String clave, String para) {
	}

	/**
	 * @return the outbox row with that id, empty when there is none.
	 */
	public java.util.Optional<CorreoEnviado> correoEnviado(long id) {
		return jdbc.sql("SELECT id, clave, para FROM correo_saliente WHERE id = ?")
			.param(id)
			.query((rs, i) -> new CorreoEnviado(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.optional();
	}

	/**
	 * @param messageId the Message-ID the mail was sent with, angle brackets included
	 * @return the outbox row sent with it, empty when there is none
	 */
	public java.util.Optional<CorreoEnviado> correoEnviadoPorMessageId(String messageId) {
		return jdbc.sql("SELECT id, clave, para FROM correo_saliente WHERE message_id = ? ORDER BY id LIMIT 1")
			.param(messageId)
			.query((rs, i) -> new CorreoEnviado(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.optional();
	}

	/**
	 * @return the case a mail of the outbox is about: its key starts with
	 * {@code pqrsd/<radicado>/} or {@code correo/<radicado>/}; {@code null} for any other
	 * key (a staff notification).
	 */
	public static @org.jspecify.annotations.Nullable String radicadoDeClave(String clave) {
		String[] partes = clave.split("/");
		if (partes.length >= 3 && ("pqrsd".equals(partes[0]) || "correo".equals(partes[0]))) {
			return partes[1];
		}
		return null;
	}

	private String textoCorreo(Notificacion n) {
		StringBuilder s = new StringBuilder(n.texto().strip());
		if (n.enlace() != null) {
			s.append("\n\nVer en pqrsd: ").append(propiedades.enlace(n.enlace()));
		}
		s.append("\n\n--\nMensaje automático de pqrsd. También lo encuentra en la campana de notificaciones: ")
			.append(propiedades.enlace("/notificaciones"))
			.append('\n');
		return s.toString();
	}

	private void despertarTrasConfirmar() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					envio.despertar();
				}
			});
		}
	}

}
