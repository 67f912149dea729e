package co.pqrsd.server.seguridad;

import java.time.Instant;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password login with Argon2, refused up front while {@link LimitadorIntentos} holds the
 * client's address back, and short-circuited by {@link CacheCredenciales} for repeated
 * API calls.
 */
class ProveedorAutenticacion implements AuthenticationProvider {

	static final String IP_DESCONOCIDA = "desconocida";

	private final DaoAuthenticationProvider delegado;

	private final CacheCredenciales cache;

	private final LimitadorIntentos limitador;

	ProveedorAutenticacion(DaoAuthenticationProvider delegado, CacheCredenciales cache, LimitadorIntentos limitador) {
		this.delegado = delegado;
		this.cache = cache;
		this.limitador = limitador;
	}

	@Override
	public Authentication authenticate(Authentication autenticacion) {
		String username = autenticacion.getName();
		Instant hasta = limitador.bloqueadoHasta(username, ip(autenticacion));
		if (hasta != null) {
			throw new IntentosExcedidos(hasta);
		}
		if (!(autenticacion.getCredentials() instanceof String contrasena)) {
			return delegado.authenticate(autenticacion);
		}
		return cache.autenticar(username, contrasena, () -> delegado.authenticate(autenticacion));
	}

	/**
	 * The client's address (behind trusted proxies, Tomcat's RemoteIpValve resolved it).
	 */
	static String ip(Authentication autenticacion) {
		if (autenticacion.getDetails() instanceof WebAuthenticationDetails detalles
				&& detalles.getRemoteAddress() != null) {
			return detalles.getRemoteAddress();
		}
		return IP_DESCONOCIDA;
	}

	@Override
	public boolean supports(Class<?> tipo) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(tipo);
	}

}
