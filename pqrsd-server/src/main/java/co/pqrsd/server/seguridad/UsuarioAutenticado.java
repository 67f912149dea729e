package co.pqrsd.server.seguridad;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import co.pqrsd.server.auditoria.SujetoAuditado;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in user: what Spring Security checks and what the audit trail records.
 *
 * @param debeCambiarContrasena the password was set by an administrator: until the user
 * changes it, only "Mi cuenta" is open to him
 */
public record UsuarioAutenticado(String username, String nombre, Set<Rol> rolesAsignados,
		Set<String> codigosDependencias, String hash, boolean activo, boolean noBloqueado,
		boolean debeCambiarContrasena) implements UserDetails, SujetoAuditado {

	public UsuarioAutenticado(String username, String nombre, Set<Rol> rolesAsignados, Set<String> codigosDependencias,
			String hash, boolean activo, boolean noBloqueado) {
		this(username, nombre, rolesAsignados, codigosDependencias, hash, activo, noBloqueado, false);
	}

	/**
	 * @return this user after changing his own password.
	 */
	public UsuarioAutenticado conContrasenaPropia() {
		return new UsuarioAutenticado(username, nombre, rolesAsignados, codigosDependencias, hash, activo, noBloqueado,
				false);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return rolesAsignados.stream().map(r -> new SimpleGrantedAuthority(r.autoridad())).toList();
	}

	@Override
	public String getPassword() {
		return hash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return noBloqueado;
	}

	@Override
	public boolean isEnabled() {
		return activo;
	}

	@Override
	public Set<String> roles() {
		return rolesAsignados.stream().map(Enum::name).collect(Collectors.toSet());
	}

	public boolean tiene(Rol rol) {
		return rolesAsignados.contains(rol);
	}

	// The hash must never reach logs or sessions' string forms.
	@Override
	public String toString() {
		return "UsuarioAutenticado[" + username + ", " + rolesAsignados + "]";
	}

}
