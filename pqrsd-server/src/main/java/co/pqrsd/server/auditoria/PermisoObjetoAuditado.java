package co.pqrsd.server.auditoria;

import org.springframework.security.core.Authentication;

/**
 * Lets the module that owns a kind of object say who may see its history ("a user may see
 * the history of an object they are allowed to see"). CONTROL_INTERNO and ADMIN may
 * always.
 */
public interface PermisoObjetoAuditado {

	/**
	 * @return whether this permission rules objects of that type, e.g. {@code RADICADO}.
	 */
	boolean rige(String objetoTipo);

	boolean puedeVer(String objetoTipo, String objetoId, Authentication usuario);

}
