package co.pqrsd.server.seguridad;

import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashing and authentication, also available when the server runs without its
 * web layer (commands).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class ConfiguracionAutenticacion {

	/**
	 * Argon2id for new hashes; the prefix keeps older algorithms verifiable after a
	 * future change.
	 */
	@Bean
	PasswordEncoder codificadorContrasenas() {
		return new DelegatingPasswordEncoder("argon2", Map.of("argon2",
				Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder()));
	}

	/**
	 * The web sessions of each user, so that they can be ended ({@link CierreSesiones}).
	 */
	@Bean
	SessionRegistry registroSesiones() {
		return new SessionRegistryImpl();
	}

	@Bean
	AuthenticationManager authenticationManager(ServicioDetallesUsuario usuarios, PasswordEncoder codificador,
			CacheCredenciales cache, LimitadorIntentos limitador, ApplicationEventPublisher eventos) {
		DaoAuthenticationProvider dao = new DaoAuthenticationProvider(usuarios);
		dao.setPasswordEncoder(codificador);
		// The account's state (locked, inactive) is told only to whoever proves the
		// password: checked after it, never before.
		dao.setPreAuthenticationChecks(u -> {
		});
		dao.setPostAuthenticationChecks(ConfiguracionAutenticacion::comprobarEstado);
		ProviderManager gestor = new ProviderManager(List.of(new ProveedorAutenticacion(dao, cache, limitador)));
		DefaultAuthenticationEventPublisher publicador = new DefaultAuthenticationEventPublisher(eventos);
		// Throttled attempts are audited like the other failures.
		publicador
			.setAdditionalExceptionMappings(Map.of(IntentosExcedidos.class, AuthenticationFailureLockedEvent.class));
		gestor.setAuthenticationEventPublisher(publicador);
		return gestor;
	}

	private static void comprobarEstado(UserDetails u) {
		if (!u.isAccountNonLocked()) {
			throw new LockedException("La cuenta está bloqueada.");
		}
		if (!u.isEnabled()) {
			throw new DisabledException("La cuenta está inactiva.");
		}
		if (!u.isAccountNonExpired()) {
			throw new AccountExpiredException("La cuenta expiró.");
		}
		if (!u.isCredentialsNonExpired()) {
			throw new CredentialsExpiredException("La contraseña expiró.");
		}
	}

}
