package co.pqrsd.core.pqrsd;

/**
 * Who may see a case and its peticionario's identity. A denuncia de actos de corrupción
 * and the identity of its denunciante are reserved (Ley 1474 de 2011, art. 76; Ley 1712
 * de 2014, art. 18; domain-rules R-PQ-42): only CONTROL_INTERNO, ADMIN and the officials
 * it is assigned to see them. Everyone else must get "not found", never "forbidden", so
 * that not even its existence leaks.
 */
public final class VisibilidadPqrsd {

	private VisibilidadPqrsd() {
	}

	/**
	 * @return whether the case exists for this actor. For a corruption denuncia: Control
	 * Interno, the administrator, the engine, the assigned funcionario, the jefe of the
	 * responsible dependencia (who holds its reparto and approval), the repartidor while
	 * it waits for reparto, and members of a dependencia with a pending internal
	 * consultation on it. Every other case is visible to every official.
	 */
	public static boolean puedeVer(Pqrsd caso, Actor actor) {
		if (!caso.denunciaCorrupcion()) {
			return true;
		}
		return asignadoOReservado(caso, actor)
				|| (caso.asignadoA() == null && actor.repartoDe().contains(caso.dependencia()))
				|| caso.consultas()
					.stream()
					.anyMatch(c -> c.pendiente() && actor.dependencias().contains(c.dependencia()));
	}

	/**
	 * @return whether the peticionario's identity may be shown. Never for an anonymous
	 * filing; for a corruption denuncia only to Control Interno, the administrator, the
	 * engine, the assigned funcionario and the responsible jefe (not to consulted
	 * dependencias); otherwise to whoever sees the case.
	 */
	public static boolean puedeVerIdentidad(Pqrsd caso, Actor actor) {
		if (caso.anonimo()) {
			return false;
		}
		return caso.denunciaCorrupcion() ? asignadoOReservado(caso, actor) : puedeVer(caso, actor);
	}

	private static boolean asignadoOReservado(Pqrsd caso, Actor actor) {
		return actor.tiene(Rol.CONTROL_INTERNO) || actor.tiene(Rol.ADMIN) || actor.tiene(Rol.SISTEMA)
				|| actor.usuario().equals(caso.asignadoA()) || actor.esJefeDe(caso.dependencia());
	}

}
