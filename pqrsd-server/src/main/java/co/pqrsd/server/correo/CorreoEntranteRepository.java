package co.pqrsd.server.correo;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The mails read from the mailbox and the bounces matched to cases. */
@Repository
class CorreoEntranteRepository {

	private final JdbcClient jdbc;

	CorreoEntranteRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Estado(long id, String estado, @Nullable String radicado, int intentos) {
	}

	/**
	 * Locks the mail's row, creating it first when unseen (the unique key makes a second
	 * node wait here, then see the first one's outcome).
	 */
	Estado bloquear(CorreoLeido c, Instant ahora) {
		jdbc.sql("""
				INSERT INTO correo_entrante (clave, message_id, sha256, remitente, asunto, estado, visto_en)
				VALUES (?, ?, ?, ?, ?, 'FALLIDO', ?) ON CONFLICT (clave) DO NOTHING""")
			.params(c.clave(), c.messageId(), c.sha256(), c.remitente(), c.asunto(), Timestamp.from(ahora))
			.update();
		return jdbc.sql("SELECT id, estado, radicado, intentos FROM correo_entrante WHERE clave = ? FOR UPDATE")
			.param(c.clave())
			.query((rs, i) -> new Estado(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
			.single();
	}

	Optional<Estado> estado(String clave) {
		return jdbc.sql("SELECT id, estado, radicado, intentos FROM correo_entrante WHERE clave = ?")
			.param(clave)
			.query((rs, i) -> new Estado(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
			.optional();
	}

	void terminar(long id, String estado, @Nullable String radicado, Instant ahora) {
		jdbc.sql("""
				UPDATE correo_entrante SET estado = ?, radicado = ?, procesado_en = ?, intentos = intentos + 1,
				    ultimo_error = NULL WHERE id = ?""").params(estado, radicado, Timestamp.from(ahora), id).update();
	}

	/** Records a failed attempt (its own transaction: the attempt rolled back). */
	void fallo(CorreoLeido c, String error, Instant ahora) {
		String e = error.length() > 1000 ? error.substring(0, 1000) : error;
		jdbc.sql(
				"""
						INSERT INTO correo_entrante (clave, message_id, sha256, remitente, asunto, estado, intentos, ultimo_error, visto_en)
						VALUES (?, ?, ?, ?, ?, 'FALLIDO', 1, ?, ?)
						ON CONFLICT (clave) DO UPDATE SET intentos = correo_entrante.intentos + 1, ultimo_error = EXCLUDED.ultimo_error
						WHERE correo_entrante.estado = 'FALLIDO'""")
			.params(c.clave(), c.messageId(), c.sha256(), c.remitente(), c.asunto(), e, Timestamp.from(ahora))
			.update();
	}

	void rebote(long entrante, @Nullable Long saliente, @Nullable String radicado, @Nullable String destinatario,
			String diagnostico, Instant ahora) {
		jdbc.sql(
				"""
						INSERT INTO correo_rebote (correo_entrante, correo_saliente, radicado, destinatario, diagnostico, recibido_en)
						VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (correo_entrante) DO NOTHING""")
			.params(entrante, saliente, radicado, destinatario, diagnostico, Timestamp.from(ahora))
			.update();
	}

	/**
	 * Records a permanent SMTP refusal of an outbox row, once.
	 */
	void rechazoSmtp(long saliente, @Nullable String radicado, String destinatario, String diagnostico, Instant ahora) {
		jdbc.sql("""
				INSERT INTO correo_rebote (correo_saliente, radicado, destinatario, diagnostico, recibido_en, origen)
				VALUES (?, ?, ?, ?, ?, 'SMTP') ON CONFLICT DO NOTHING""")
			.params(saliente, radicado, destinatario, diagnostico, Timestamp.from(ahora))
			.update();
	}

	record Entrante(long id, String clave, @Nullable String remitente, @Nullable String asunto, String estado,
			@Nullable String radicado, int intentos, @Nullable String ultimoError, Instant vistoEn,
			@Nullable Instant procesadoEn) {
	}

	List<Entrante> recientes(@Nullable String estado, int limite) {
		return jdbc
			.sql("""
					SELECT id, clave, remitente, asunto, estado, radicado, intentos, ultimo_error, visto_en, procesado_en
					FROM correo_entrante WHERE (CAST(? AS varchar) IS NULL OR estado = ?) ORDER BY visto_en DESC, id DESC LIMIT ?""")
			.params(estado, estado, limite)
			.query((rs, i) -> new Entrante(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getInt(7), rs.getString(8), rs.getTimestamp(9).toInstant(),
					rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant()))
			.list();
	}

	/**
	 * @param origen DSN (returned to the mailbox) or SMTP (refused at send time)
	 */
	record Rebote(long id, @Nullable String radicado, @Nullable String destinatario, String diagnostico,
			Instant recibidoEn, String origen) {
	}

	List<Rebote> rebotes(String radicado) {
		return jdbc.sql("""
				SELECT id, radicado, destinatario, diagnostico, recibido_en, origen FROM correo_rebote
				WHERE radicado = ? ORDER BY recibido_en, id""")
			.param(radicado)
			.query((rs, i) -> new Rebote(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toInstant(), rs.getString(6)))
			.list();
	}

}
