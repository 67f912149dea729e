package co.pqrsd.server.radicacion;

import java.util.Set;

import co.pqrsd.core.radicacion.TipoRadicado;
import co.pqrsd.server.auditoria.PermisoObjetoAuditado;
import co.pqrsd.server.seguridad.Rol;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may do what with radicados. RADICADOR, CONTROL_INTERNO and ADMIN see every
 * radicado; other staff see those of their dependencias. Personal data (Ley 1581 de 2012)
 * are shown to the ventanilla, admins and the responsible dependencia's staff, who must
 * answer; others see them masked.
 */
@Component
class PermisosRadicado implements PermisoObjetoAuditado {

	private final RadicacionProperties propiedades;

	private final RadicadoRepository radicados;

	PermisosRadicado(RadicacionProperties propiedades, RadicadoRepository radicados) {
		this.propiedades = propiedades;
		this.radicados = radicados;
	}

	boolean veTodo(UsuarioAutenticado u) {
		return u.tiene(Rol.ADMIN) || u.tiene(Rol.RADICADOR) || u.tiene(Rol.CONTROL_INTERNO);
	}

	/** Reserved radicados (corruption denuncias) are open to these roles only. */
	boolean veReservados(UsuarioAutenticado u) {
		return u.tiene(Rol.ADMIN) || u.tiene(Rol.CONTROL_INTERNO);
	}

	boolean puedeVer(UsuarioAutenticado u, String dependencia) {
		return veTodo(u) || u.codigosDependencias().contains(dependencia);
	}

	boolean veDatosPersonales(UsuarioAutenticado u, String dependencia) {
		return u.tiene(Rol.ADMIN) || u.tiene(Rol.RADICADOR)
				|| (u.tiene(Rol.FUNCIONARIO) || u.tiene(Rol.JEFE_DEPENDENCIA))
						&& u.codigosDependencias().contains(dependencia);
	}

	/**
	 * ENTRADA is received only at the ventanilla; dependencias also radicate their own
	 * SALIDA and INTERNA, as the responsible dependencia.
	 */
	boolean puedeRadicar(UsuarioAutenticado u, TipoRadicado tipo, String dependencia) {
		if (u.tiene(Rol.ADMIN) || u.tiene(Rol.RADICADOR)) {
			return true;
		}
		return tipo != TipoRadicado.ENTRADA && esPersonalDe(u, dependencia);
	}

	/** Whoever radicates anything at all (the duplicate check serves them). */
	boolean radica(UsuarioAutenticado u) {
		return u.tiene(Rol.ADMIN) || u.tiene(Rol.RADICADOR) || u.tiene(Rol.FUNCIONARIO)
				|| u.tiene(Rol.JEFE_DEPENDENCIA);
	}

	/**
	 * The senders and addressees directory holds personal data of every citizen (Ley 1581
	 * de 2012, art. 4 lit. f: acceso y circulación restringida): only the ventanilla and
	 * administrators, who register them, read and change it.
	 */
	boolean administraDirectorio(UsuarioAutenticado u) {
		return u.tiene(Rol.ADMIN) || u.tiene(Rol.RADICADOR);
	}

	/**
	 * Annotations are corrections written into the record: by the ventanilla, admins and
	 * the responsible dependencia's staff. Control Interno audits records, it does not
	 * write into them.
	 */
	boolean puedeAnotar(UsuarioAutenticado u, Radicado r) {
		return u.tiene(Rol.ADMIN) || u.tiene(Rol.RADICADOR) || esPersonalDe(u, r.dependencia())
				|| u.tiene(Rol.ARCHIVISTA) && u.codigosDependencias().contains(r.dependencia());
	}

	private static boolean esPersonalDe(UsuarioAutenticado u, String dependencia) {
		return (u.tiene(Rol.FUNCIONARIO) || u.tiene(Rol.JEFE_DEPENDENCIA))
				&& u.codigosDependencias().contains(dependencia);
	}

	/**
	 * AGN Acuerdo 060 de 2001, art. 5 par.: annulled with the signature of the jefe of
	 * the correspondence unit.
	 */
	boolean puedeAnular(UsuarioAutenticado u) {
		String unidad = propiedades.unidadCorrespondencia();
		return u.tiene(Rol.ADMIN)
				|| u.tiene(Rol.JEFE_DEPENDENCIA) && !unidad.isBlank() && u.codigosDependencias().contains(unidad);
	}

	boolean puedeAgregarDocumentos(UsuarioAutenticado u, Radicado r) {
		return u.tiene(Rol.ADMIN) || u.tiene(Rol.RADICADOR) || u.username().equals(r.radicador())
				|| esPersonalDe(u, r.dependencia());
	}

	/**
	 * @return the dependencias whose radicados the user sees, or empty when the user sees
	 * all.
	 */
	Set<String> alcance(UsuarioAutenticado u) {
		return veTodo(u) ? Set.of() : u.codigosDependencias();
	}

	@Override
	public boolean rige(String objetoTipo) {
		return "RADICADO".equals(objetoTipo);
	}

	@Override
	public boolean puedeVer(String objetoTipo, String objetoId, Authentication usuario) {
		return usuario.getPrincipal() instanceof UsuarioAutenticado u
				&& radicados.buscar(objetoId).map(r -> puedeVer(u, r.dependencia())).orElse(false)
				// A reserved radicado's history (Ley 1474 de 2011, art. 76) stays with
				// Control Interno and the administrators, who see every history anyway.
				&& !radicados.reservado(objetoId);
	}

}
