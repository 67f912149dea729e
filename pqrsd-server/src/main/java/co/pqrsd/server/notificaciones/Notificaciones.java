package co.pqrsd.server.notificaciones;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's facade: tells users something, in the caller's transaction, at most once
 * per key and user (a retried timer, a second node or a restart never repeats it).
 */
@Service
public class Notificaciones {

	private final JdbcClient jdbc;

	private final Clock reloj;

	Notificaciones(JdbcClient jdbc, Clock reloj) {
		this.jdbc = jdbc;
		this.reloj = reloj;
	}

	/**
	 * Records the notification for each recipient who has not received its key yet.
	 * @return the recipients newly notified (empty when all had it already)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<String> notificar(Notificacion n) {
		List<String> nuevos = new ArrayList<>();
		for (String usuario : n.usuarios().stream().sorted().toList()) {
			int filas = jdbc.sql("""
					INSERT INTO notificacion (clave, usuario, asunto, texto, enlace, creada_en)
					SELECT ?, username, ?, ?, ?, ? FROM usuario WHERE username = ?
					ON CONFLICT (clave, usuario) DO NOTHING""")
				.params(n.clave(), n.asunto(), n.texto(), n.enlace(), Timestamp.from(reloj.instant()), usuario)
				.update();
			if (filas == 1) {
				nuevos.add(usuario);
				jdbc.sql("""
						INSERT INTO correo_saliente (clave, para, asunto, texto, creado_en)
						SELECT ?, email, ?, ?, ? FROM usuario WHERE username = ? AND activo
						ON CONFLICT (clave) DO NOTHING""")
					.params(n.clave() + "/" + usuario, n.asunto(), n.texto(), Timestamp.from(reloj.instant()), usuario)
					.update();
			}
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
		return jdbc.sql("""
				INSERT INTO correo_saliente (clave, para, asunto, texto, creado_en) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (clave) DO NOTHING""")
			.params(clave, para, asunto, texto, Timestamp.from(reloj.instant()))
			.update() == 1;
	}

}
