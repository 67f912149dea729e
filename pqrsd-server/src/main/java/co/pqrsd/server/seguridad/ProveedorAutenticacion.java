package co.pqrsd.server.seguridad;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;

/**
 * Password login with Argon2, short-circuited by {@link CacheCredenciales} for repeated
 * API calls.
 */
class ProveedorAutenticacion implements AuthenticationProvider {

	private final DaoAuthenticationProvider delegado;

	private final CacheCredenciales cache;

	ProveedorAutenticacion(DaoAuthenticationProvider delegado, CacheCredenciales cache) {
		this.delegado = delegado;
		this.cache = cache;
	}

	@Override
	public Authentication authenticate(Authentication autenticacion) {
		String username = autenticacion.getName();
		Object credenciales = autenticacion.getCredentials();
		if (!(credenciales instanceof String contrasena)) {
			return delegado.authenticate(autenticacion);
		}
		Authentication recordada = cache.buscar(username, contrasena);
		if (recordada != null) {
			return recordada;
		}
		Authentication resultado = delegado.authenticate(autenticacion);
		cache.guardar(username, contrasena, resultado);
		return resultado;
	}

	@Override
	public boolean supports(Class<?> tipo) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(tipo);
	}

}
