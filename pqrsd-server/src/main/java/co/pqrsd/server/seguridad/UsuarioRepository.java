package co.pqrsd.server.seguridad;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UsuarioRepository {

	private static final String SELECT = """
			SELECT u.username, u.nombre, u.email, u.cargo, u.activo, u.hash_contrasena, u.bloqueado_hasta, u.debe_cambiar_contrasena,
			       COALESCE((SELECT array_agg(r.rol ORDER BY r.rol) FROM usuario_rol r WHERE r.username = u.username), '{}') AS roles,
			       COALESCE((SELECT array_agg(d.dependencia ORDER BY d.dependencia) FROM usuario_dependencia d WHERE d.username = u.username), '{}') AS dependencias
			FROM usuario u""";

	private final JdbcClient jdbc;

	UsuarioRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param debeCambiar the password was set by an administrator and must be replaced
	 */
	record Fila(Usuario usuario, String hash, boolean debeCambiar) {
	}

	long contar() {
		return jdbc.sql("SELECT count(*) FROM usuario").query(Long.class).single();
	}

	List<Usuario> todos() {
		return jdbc.sql(SELECT + " ORDER BY u.username").query((rs, i) -> fila(rs).usuario()).list();
	}

	Optional<Fila> buscar(String username) {
		return jdbc.sql(SELECT + " WHERE u.username = ?").param(username).query((rs, i) -> fila(rs)).optional();
	}

	boolean insertar(Usuario u, String hash, Instant ahora) {
		int filas = jdbc.sql("""
				INSERT INTO usuario (username, nombre, email, cargo, activo, hash_contrasena, creado_en, actualizado_en)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (username) DO NOTHING""")
			.params(u.username(), u.nombre(), u.email(), u.cargo(), u.activo(), hash, Timestamp.from(ahora),
					Timestamp.from(ahora))
			.update();
		if (filas == 1) {
			reemplazarRolesYDependencias(u);
		}
		return filas == 1;
	}

	void actualizar(Usuario u, Instant ahora) {
		jdbc.sql(
				"UPDATE usuario SET nombre = ?, email = ?, cargo = ?, activo = ?, actualizado_en = ? WHERE username = ?")
			.params(u.nombre(), u.email(), u.cargo(), u.activo(), Timestamp.from(ahora), u.username())
			.update();
		reemplazarRolesYDependencias(u);
	}

	/**
	 * @param temporal set by an administrator: the owner must change it at the next login
	 */
	void cambiarContrasena(String username, String hash, boolean temporal, Instant ahora) {
		jdbc.sql("UPDATE usuario SET hash_contrasena = ?, debe_cambiar_contrasena = ?, intentos_fallidos = 0, "
				+ "bloqueado_hasta = NULL, actualizado_en = ? WHERE username = ?")
			.params(hash, temporal, Timestamp.from(ahora), username)
			.update();
	}

	/**
	 * Locks the rows of the active administrators until the transaction ends, so that two
	 * concurrent demotions cannot both believe another administrator remains.
	 */
	void bloquearAdministradoresActivos() {
		jdbc.sql(
				"""
						SELECT u.username FROM usuario u
						WHERE u.activo AND EXISTS (SELECT 1 FROM usuario_rol r WHERE r.username = u.username AND r.rol = 'ADMIN')
						ORDER BY u.username FOR UPDATE""")
			.query(String.class)
			.list();
	}

	/** Read after {@link #bloquearAdministradoresActivos()}: sees committed demotions. */
	List<String> administradoresActivos() {
		return jdbc
			.sql("""
					SELECT u.username FROM usuario u
					WHERE u.activo AND EXISTS (SELECT 1 FROM usuario_rol r WHERE r.username = u.username AND r.rol = 'ADMIN')
					ORDER BY u.username""")
			.query(String.class)
			.list();
	}

	private void reemplazarRolesYDependencias(Usuario u) {
		jdbc.sql("DELETE FROM usuario_rol WHERE username = ?").param(u.username()).update();
		jdbc.sql("DELETE FROM usuario_dependencia WHERE username = ?").param(u.username()).update();
		for (Rol rol : u.roles()) {
			jdbc.sql("INSERT INTO usuario_rol (username, rol) VALUES (?, ?)").params(u.username(), rol.name()).update();
		}
		for (String dep : u.dependencias()) {
			jdbc.sql("INSERT INTO usuario_dependencia (username, dependencia) VALUES (?, ?)")
				.params(u.username(), dep)
				.update();
		}
	}

	private static Fila fila(ResultSet rs) throws SQLException {
		Set<Rol> roles = EnumSet.noneOf(Rol.class);
		for (String r : (String[]) rs.getArray("roles").getArray()) {
			roles.add(Rol.valueOf(r));
		}
		Set<String> deps = new TreeSet<>(Arrays.asList((String[]) rs.getArray("dependencias").getArray()));
		Timestamp bloqueado = rs.getTimestamp("bloqueado_hasta");
		Usuario u = new Usuario(rs.getString("username"), rs.getString("nombre"), rs.getString("email"),
				rs.getString("cargo"), rs.getBoolean("activo"), roles, new LinkedHashSet<>(deps),
				bloqueado == null ? null : bloqueado.toInstant());
		return new Fila(u, rs.getString("hash_contrasena"), rs.getBoolean("debe_cambiar_contrasena"));
	}

	static @Nullable String nulo(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
