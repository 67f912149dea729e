package co.pqrsd.server.seguridad;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the layout needs of the logged-in user: name, roles, and which parts of the
 * navigation to show.
 */
record UsuarioActual(String username, String nombre, Set<Rol> roles) {

	static UsuarioActual de(UsuarioAutenticado u) {
		return new UsuarioActual(u.username(), u.nombre(), u.rolesAsignados());
	}

	public String getNombre() {
		return nombre;
	}

	public String getRolesTexto() {
		return roles.stream().sorted().map(Rol::etiqueta).collect(Collectors.joining(" · "));
	}

	/**
	 * @param capacidad RADICAR, VER_RADICADOS, AUDITAR or ADMINISTRAR
	 */
	public boolean puede(String capacidad) {
		return switch (capacidad) {
			case "RADICAR" -> roles.contains(Rol.RADICADOR) || roles.contains(Rol.ADMIN);
			case "VER_RADICADOS" -> !roles.isEmpty();
			case "AUDITAR" -> roles.contains(Rol.CONTROL_INTERNO) || roles.contains(Rol.ADMIN);
			case "ADMINISTRAR" -> roles.contains(Rol.ADMIN);
			default -> false;
		};
	}

}
