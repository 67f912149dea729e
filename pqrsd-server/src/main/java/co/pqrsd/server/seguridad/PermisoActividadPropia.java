package co.pqrsd.server.seguridad;

import co.pqrsd.server.auditoria.PermisoObjetoAuditado;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Every user may read the audit history of their own account (logins, password changes,
 * role changes).
 */
@Component
class PermisoActividadPropia implements PermisoObjetoAuditado {

	@Override
	public boolean rige(String objetoTipo) {
		return "USUARIO".equals(objetoTipo);
	}

	@Override
	public boolean puedeVer(String objetoTipo, String objetoId, Authentication usuario) {
		return objetoId.equals(usuario.getName());
	}

}
