package co.pqrsd.server.tableros;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import co.pqrsd.server.seguridad.Rol;
import co.pqrsd.server.seguridad.UsuarioAutenticado;

/**
 * The dashlets and the roles that may see each one (docs/tableros.md): Control Interno
 * follows the plan, its cuts, the risk map and the PQRSD of the whole entity; a jefe his
 * dependencias' PQRSD and plan activities; a funcionario his PQRSD by semáforo; ADMIN
 * all.
 */
enum Dashlet {

	AVANCE_PLAN("avance-plan", Rol.CONTROL_INTERNO, Rol.JEFE_DEPENDENCIA),
	PLAN_VENCIDAS("plan-vencidas", Rol.CONTROL_INTERNO, Rol.JEFE_DEPENDENCIA),
	MAPA_CALOR("mapa-calor", Rol.CONTROL_INTERNO, Rol.JEFE_DEPENDENCIA),
	PQRSD_SEMAFORO("pqrsd-semaforo", Rol.CONTROL_INTERNO, Rol.JEFE_DEPENDENCIA, Rol.FUNCIONARIO),
	PQRSD_ETIQUETAS("pqrsd-etiquetas", Rol.CONTROL_INTERNO, Rol.JEFE_DEPENDENCIA),
	PQRSD_OPORTUNIDAD("pqrsd-oportunidad", Rol.CONTROL_INTERNO, Rol.JEFE_DEPENDENCIA),
	CORTES("cortes", Rol.CONTROL_INTERNO),
	RADICADOS("radicados", Rol.CONTROL_INTERNO, Rol.RADICADOR, Rol.JEFE_DEPENDENCIA, Rol.ARCHIVISTA);

	private final String nombre;

	private final Set<Rol> roles;

	Dashlet(String nombre, Rol... roles) {
		this.nombre = nombre;
		this.roles = EnumSet.of(Rol.ADMIN, roles);
	}

	String nombre() {
		return nombre;
	}

	boolean permitido(UsuarioAutenticado u) {
		return roles.stream().anyMatch(u::tiene);
	}

	static Optional<Dashlet> porNombre(String nombre) {
		return Arrays.stream(values()).filter(d -> d.nombre.equals(nombre)).findFirst();
	}

	/** The dashlets the user may see, in dashboard order. */
	static List<Dashlet> de(UsuarioAutenticado u) {
		return Arrays.stream(values()).filter(d -> d.permitido(u)).toList();
	}

}
