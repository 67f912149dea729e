package co.pqrsd.server.seguridad;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who to tell: the active users holding a role or heading a dependencia, and how to reach
 * each (for notifications). Never passwords or anything else of the account.
 */
@Component
public class Directorio {

	private final JdbcClient jdbc;

	Directorio(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * How to reach an active user.
	 *
	 * @param username login
	 * @param nombre full name
	 * @param email mail address
	 */
	public record Contacto(String username, String nombre, String email) {
	}

	/**
	 * @return the active users holding the role, by username.
	 */
	public List<String> conRol(Rol rol) {
		return jdbc.sql("""
				SELECT u.username FROM usuario u JOIN usuario_rol r ON r.username = u.username
				WHERE u.activo AND r.rol = ? ORDER BY u.username""").param(rol.name()).query(String.class).list();
	}

	/**
	 * @return the active jefe of the dependencia: its declared jefe, else its active
	 * members with the JEFE_DEPENDENCIA role.
	 */
	public List<String> jefesDe(String dependencia) {
		List<String> declarado = jdbc.sql("""
				SELECT u.username FROM dependencia d JOIN usuario u ON u.username = d.jefe
				WHERE d.codigo = ? AND u.activo""").param(dependencia).query(String.class).list();
		if (!declarado.isEmpty()) {
			return declarado;
		}
		return jdbc.sql("""
				SELECT u.username FROM usuario u
				JOIN usuario_dependencia m ON m.username = u.username AND m.dependencia = ?
				JOIN usuario_rol r ON r.username = u.username AND r.rol = 'JEFE_DEPENDENCIA'
				WHERE u.activo ORDER BY u.username""").param(dependencia).query(String.class).list();
	}

	/**
	 * @return how to reach the user, empty when he does not exist or is inactive.
	 */
	public Optional<Contacto> contacto(String username) {
		return jdbc.sql("SELECT username, nombre, email FROM usuario WHERE username = ? AND activo")
			.param(username)
			.query((rs, i) -> new Contacto(rs.getString(1), rs.getString(2), rs.getString(3)))
			.optional();
	}

}
