package co.pqrsd.server.auditoria;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may read one object's history: Control Interno and admins always, others as the
 * owning module decides.
 */
@Component
class PermisosHistorial {

	private final List<PermisoObjetoAuditado> permisos;

	PermisosHistorial(List<PermisoObjetoAuditado> permisos) {
		this.permisos = permisos;
	}

	void exigir(String tipo, String id, Authentication usuario) {
		if (!puedeVer(tipo, id, usuario)) {
			throw new AccessDeniedException("historial " + tipo + " " + id);
		}
	}

	boolean puedeVer(String tipo, String id, Authentication usuario) {
		return veLecturasDeControl(usuario)
				|| permisos.stream().anyMatch(p -> p.rige(tipo) && p.puedeVer(tipo, id, usuario));
	}

	/**
	 * Control Interno and admins see every entry of a history; the others do not see what
	 * the auditors read.
	 */
	boolean veLecturasDeControl(Authentication usuario) {
		return usuario.getAuthorities()
			.stream()
			.anyMatch(a -> "ROLE_CONTROL_INTERNO".equals(a.getAuthority()) || "ROLE_ADMIN".equals(a.getAuthority()));
	}

}
