package co.pqrsd.server.notificaciones;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import co.pqrsd.server.comun.NoEncontrado;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One user's bell: his notifications, newest first, and marking them read. Nobody sees or
 * marks another user's notifications (an id of another's is reported as not found).
 */
@Component
class BandejaNotificaciones {

	private final JdbcClient jdbc;

	private final Clock reloj;

	private final CorreoProperties propiedades;

	BandejaNotificaciones(JdbcClient jdbc, Clock reloj, CorreoProperties propiedades) {
		this.jdbc = jdbc;
		this.reloj = reloj;
		this.propiedades = propiedades;
	}

	/**
	 * One notification as the bell shows it.
	 *
	 * @param enlace path inside the application, {@code null} for none
	 * @param leidaEn when the user marked it read, {@code null} while unread
	 */
	record Vista(long id, String asunto, String texto, @Nullable String enlace, Instant creadaEn,
			@Nullable Instant leidaEn) {

		public boolean leida() {
			return leidaEn != null;
		}

	}

	/** A page of notifications ({@code pagina} from 0). */
	record Pagina(List<Vista> elementos, long total, long noLeidas, int pagina, int tamano) {

		public boolean hayAnterior() {
			return pagina > 0;
		}

		public boolean haySiguiente() {
			return (long) (pagina + 1) * tamano < total;
		}

	}

	@Transactional(readOnly = true)
	Pagina listar(String usuario, boolean soloNoLeidas, int pagina, int tamano) {
		List<Vista> elementos = jdbc.sql("""
				SELECT id, asunto, texto, enlace, creada_en, leida_en FROM notificacion
				WHERE usuario = ? AND (NOT ? OR leida_en IS NULL)
				ORDER BY creada_en DESC, id DESC LIMIT ? OFFSET ?""")
			.params(usuario, soloNoLeidas, tamano, (long) pagina * tamano)
			.query((rs, i) -> new Vista(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toInstant(), rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
			.list();
		long total = jdbc.sql("SELECT count(*) FROM notificacion WHERE usuario = ? AND (NOT ? OR leida_en IS NULL)")
			.params(usuario, soloNoLeidas)
			.query(Long.class)
			.single();
		return new Pagina(elementos, total, noLeidas(usuario), pagina, tamano);
	}

	long noLeidas(String usuario) {
		return jdbc.sql("SELECT count(*) FROM notificacion WHERE usuario = ? AND leida_en IS NULL")
			.param(usuario)
			.query(Long.class)
			.single();
	}

	/**
	 * Marks one of the user's notifications read (again: no change).
	 * @throws NoEncontrado when it is not his
	 */
	@Transactional
	void marcarLeida(String usuario, long id) {
		int filas = jdbc.sql("UPDATE notificacion SET leida_en = coalesce(leida_en, ?) WHERE id = ? AND usuario = ?")
			.params(Timestamp.from(reloj.instant()), id, usuario)
			.update();
		if (filas == 0) {
			throw new NoEncontrado("NOTIFICACION_NO_EXISTE", "No existe la notificación " + id);
		}
	}

	/**
	 * @return how many were marked.
	 */
	@Transactional
	int marcarTodas(String usuario) {
		return jdbc.sql("UPDATE notificacion SET leida_en = ? WHERE usuario = ? AND leida_en IS NULL")
			.params(Timestamp.from(reloj.instant()), usuario)
			.update();
	}

	/**
	 * @return whether the user gets mail copies (the default) or only the bell.
	 */
	boolean recibeCorreo(String usuario) {
		return jdbc.sql("SELECT correo FROM preferencia_notificacion WHERE usuario = ?")
			.param(usuario)
			.query(Boolean.class)
			.optional()
			.orElse(true);
	}

	@Transactional
	void preferirCorreo(String usuario, boolean correo) {
		jdbc.sql("""
				INSERT INTO preferencia_notificacion (usuario, correo) VALUES (?, ?)
				ON CONFLICT (usuario) DO UPDATE SET correo = excluded.correo""").params(usuario, correo).update();
	}

	/**
	 * @return the absolute address of an in-application link, for API clients.
	 */
	@Nullable String absoluto(@Nullable String enlace) {
		return enlace == null ? null : propiedades.enlace(enlace);
	}

}
