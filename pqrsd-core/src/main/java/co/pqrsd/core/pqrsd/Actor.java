package co.pqrsd.core.pqrsd;

import java.util.Set;

/**
 * Who acts on a case.
 *
 * @param usuario the login, never blank
 * @param roles the roles held
 * @param dependencias the dependencias the user belongs to (a JEFE_DEPENDENCIA is the
 * jefe of these)
 * @param repartoDe the dependencias whose jefe named him repartidor
 */
public record Actor(String usuario, Set<Rol> roles, Set<String> dependencias, Set<String> repartoDe) {

	public Actor {
		if (usuario.isBlank()) {
			throw new IllegalArgumentException("El usuario es obligatorio");
		}
		roles = Set.copyOf(roles);
		dependencias = Set.copyOf(dependencias);
		repartoDe = Set.copyOf(repartoDe);
	}

	/** The process engine: timers and the citizen portal. */
	public static Actor sistema() {
		return new Actor("sistema", Set.of(Rol.SISTEMA), Set.of(), Set.of());
	}

	public boolean tiene(Rol rol) {
		return roles.contains(rol);
	}

	/**
	 * @return whether he is the JEFE_DEPENDENCIA of that dependencia.
	 */
	public boolean esJefeDe(String dependencia) {
		return tiene(Rol.JEFE_DEPENDENCIA) && dependencias.contains(dependencia);
	}

	/**
	 * @return whether he may do the reparto of that dependencia (its jefe or the
	 * repartidor he named).
	 */
	public boolean repartePara(String dependencia) {
		return esJefeDe(dependencia) || repartoDe.contains(dependencia);
	}

}
