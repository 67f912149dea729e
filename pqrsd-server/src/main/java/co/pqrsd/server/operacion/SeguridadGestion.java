package co.pqrsd.server.operacion;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The management port ({@code management.server.port}, 8081) answers only the probes and
 * the Prometheus scrape, without login (they hold counts, never personal data); anything
 * else there is refused. Keep the port off the public network (docs/operacion.md). The
 * probes also answer on the application's port as {@code /livez} and {@code /readyz}.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class SeguridadGestion {

	@Bean
	@Order(0)
	SecurityFilterChain gestion(HttpSecurity http) throws Exception {
		var sondas = PathPatternRequestMatcher.withDefaults().matcher("/livez");
		var lista = PathPatternRequestMatcher.withDefaults().matcher("/readyz");
		http.securityMatcher(new OrRequestMatcher(EndpointRequest.toAnyEndpoint(), sondas, lista))
			.authorizeHttpRequests(a -> a.requestMatchers(EndpointRequest.to("health", "prometheus"), sondas, lista)
				.permitAll()
				.anyRequest()
				.denyAll())
			.csrf(c -> c.disable())
			.sessionManagement(s -> s
				.sessionCreationPolicy(org.springframework.security.config.http.SessionCreationPolicy.STATELESS));
		return http.build();
	}

	/**
	 * The OpenAPI description for logged-in users: the UI's session (its pages,
	 * {@code /swagger-ui/**}, follow the application's login) or HTTP Basic for scripts.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain seguridadDescripcionApi(HttpSecurity http,
			org.springframework.security.authentication.AuthenticationManager gestor) throws Exception {
		http.securityMatcher("/v3/api-docs", "/v3/api-docs/**")
			.authenticationManager(gestor)
			.authorizeHttpRequests(a -> a.anyRequest().authenticated())
			.httpBasic(b -> b.realmName("pqrsd"))
			.csrf(c -> c.disable());
		return http.build();
	}

}
