package co.pqrsd.server.seguridad;

import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
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

	@Bean
	AuthenticationManager authenticationManager(ServicioDetallesUsuario usuarios, PasswordEncoder codificador,
			CacheCredenciales cache, ApplicationEventPublisher eventos) {
		DaoAuthenticationProvider dao = new DaoAuthenticationProvider(usuarios);
		dao.setPasswordEncoder(codificador);
		ProviderManager gestor = new ProviderManager(List.of(new ProveedorAutenticacion(dao, cache)));
		gestor.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(eventos));
		return gestor;
	}

}
