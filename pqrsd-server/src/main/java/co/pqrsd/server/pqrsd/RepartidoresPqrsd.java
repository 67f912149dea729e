package co.pqrsd.server.pqrsd;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.server.auditoria.AccionAuditoria;
import co.pqrsd.server.auditoria.Auditoria;
import co.pqrsd.server.seguridad.Dependencias;
import co.pqrsd.server.seguridad.Rol;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users a jefe names to do his dependencia's reparto besides himself; the core's
 * {@code Actor.repartoDe}.
 */
@Service
class RepartidoresPqrsd {

	private final JdbcClient jdbc;

	private final Dependencias dependencias;

	private final Auditoria auditoria;

	private final Clock reloj;

	RepartidoresPqrsd(JdbcClient jdbc, Dependencias dependencias, Auditoria auditoria, Clock reloj) {
		this.jdbc = jdbc;
		this.dependencias = dependencias;
		this.auditoria = auditoria;
		this.reloj = reloj;
	}

	/**
	 * @return the dependencias whose reparto the user was named to do, while he is still
	 * an active member of them.
	 */
	Set<String> repartoDe(String usuario) {
		return new TreeSet<>(jdbc.sql("""
				SELECT r.dependencia FROM pqrsd_repartidor r
				JOIN usuario u ON u.username = r.usuario AND u.activo
				JOIN usuario_dependencia m ON m.username = r.usuario AND m.dependencia = r.dependencia
				WHERE r.usuario = ?""").param(usuario).query(String.class).list());
	}

	/**
	 * @return the repartidores of the dependencia, by username.
	 * @throws co.pqrsd.server.comun.NoEncontrado {@code DEPENDENCIA_NO_ENCONTRADA}
	 */
	@Transactional(readOnly = true)
	List<String> listar(String dependencia, UsuarioAutenticado usuario) {
		dependencias.obtener(dependencia);
		exigirJefeOAdmin(dependencia, usuario);
		return jdbc.sql("SELECT usuario FROM pqrsd_repartidor WHERE dependencia = ? ORDER BY usuario")
			.param(dependencia)
			.query(String.class)
			.list();
	}

	/**
	 * Replaces the repartidores of the dependencia: active members of it only.
	 * @throws ErrorDominio {@code REPARTIDOR_NO_ASIGNABLE}
	 */
	@Transactional
	List<String> definir(String dependencia, List<String> usuarios, UsuarioAutenticado usuario) {
		dependencias.obtener(dependencia);
		exigirJefeOAdmin(dependencia, usuario);
		List<String> nuevos = new ArrayList<>(new TreeSet<>(usuarios));
		for (String u : nuevos) {
			if (!dependencias.esMiembroActivo(u, dependencia)) {
				throw new ErrorDominio("REPARTIDOR_NO_ASIGNABLE",
						"El usuario " + u + " no es un funcionario activo de la dependencia " + dependencia + ".",
						Map.of("usuario", u, "dependencia", dependencia));
			}
		}
		List<String> anteriores = jdbc
			.sql("SELECT usuario FROM pqrsd_repartidor WHERE dependencia = ? ORDER BY usuario FOR UPDATE")
			.param(dependencia)
			.query(String.class)
			.list();
		jdbc.sql("DELETE FROM pqrsd_repartidor WHERE dependencia = ?").param(dependencia).update();
		for (String u : nuevos) {
			jdbc.sql("""
					INSERT INTO pqrsd_repartidor (dependencia, usuario, designado_por, designado_en)
					VALUES (?, ?, ?, ?)""")
				.params(dependencia, u, usuario.username(), Timestamp.from(reloj.instant()))
				.update();
		}
		Map<String, Object> detalles = new LinkedHashMap<>();
		detalles.put("anteriores", anteriores);
		detalles.put("repartidores", nuevos);
		auditoria.registrar(AccionAuditoria.PQRSD_REPARTIDORES_DEFINIDOS, "DEPENDENCIA", dependencia, detalles);
		return nuevos;
	}

	/** The jefe of that dependencia or ADMIN; anyone else gets 403. */
	static void exigirJefeOAdmin(String dependencia, UsuarioAutenticado usuario) {
		boolean jefe = usuario.tiene(Rol.JEFE_DEPENDENCIA) && usuario.codigosDependencias().contains(dependencia);
		if (!jefe && !usuario.tiene(Rol.ADMIN)) {
			throw new AccessDeniedException("configurar la dependencia " + dependencia);
		}
	}

}
