package co.pqrsd.server.seguridad;

import java.util.List;

import co.pqrsd.server.comun.EscritorProblemas;
import co.pqrsd.server.comun.OyenteDenegacion;
import co.pqrsd.server.comun.Problemas;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Two doors: people log in with a form (session, CSRF on); scripts and integrations call
 * /api/** with HTTP Basic, stateless. Unauthenticated API calls get 401 and forbidden
 * ones 403, both as problem+json; every denial is recorded in the audit trail.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class ConfiguracionSeguridad {

	static final String[] PUBLICAS = { "/login", "/verificacion/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
			"/actuator/health", "/actuator/health/**", "/error" };

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, AuthenticationManager gestor, EscritorProblemas escritor,
			List<OyenteDenegacion> oyentes) throws Exception {
		http.securityMatcher("/api/**")
			.authenticationManager(gestor)
			.authorizeHttpRequests(a -> a.anyRequest().authenticated())
			.httpBasic(b -> b.realmName("pqrsd").authenticationEntryPoint((req, res, ex) -> {
				res.setHeader("WWW-Authenticate", "Basic realm=\"pqrsd\", charset=\"UTF-8\"");
				escritor.escribir(res, Problemas.de(HttpStatus.UNAUTHORIZED, codigo(ex), mensaje(ex)));
			}))
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(c -> c.disable())
			.exceptionHandling(e -> e.accessDeniedHandler(denegacionApi(escritor, oyentes)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http, AuthenticationManager gestor, List<OyenteDenegacion> oyentes)
			throws Exception {
		http.authenticationManager(gestor)
			.authorizeHttpRequests(a -> a.requestMatchers(PUBLICAS)
				.permitAll()
				.requestMatchers("/admin/**")
				.hasRole("ADMIN")
				.anyRequest()
				.authenticated())
			.formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", true).failureHandler((req, res, ex) -> {
				String tipo = ex instanceof LockedException ? "bloqueada"
						: ex instanceof DisabledException ? "inactiva" : "credenciales";
				res.sendRedirect(req.getContextPath() + "/login?error=" + tipo);
			}).permitAll())
			.logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?salida").permitAll())
			.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
					"default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'self'")))
			.exceptionHandling(e -> e.accessDeniedHandler((req, res, ex) -> {
				oyentes.forEach(o -> o.denegado(req));
				res.sendError(HttpStatus.FORBIDDEN.value());
			}));
		return http.build();
	}

	private static AccessDeniedHandler denegacionApi(EscritorProblemas escritor, List<OyenteDenegacion> oyentes) {
		return (req, res, ex) -> {
			oyentes.forEach(o -> o.denegado(req));
			escritor.escribir(res, Problemas.de(HttpStatus.FORBIDDEN, "ACCESO_DENEGADO",
					"Su usuario no tiene permiso para esta operación."));
		};
	}

	private static String codigo(Exception ex) {
		return ex instanceof LockedException ? "CUENTA_BLOQUEADA"
				: ex instanceof DisabledException ? "CUENTA_INACTIVA" : "NO_AUTENTICADO";
	}

	private static String mensaje(Exception ex) {
		if (ex instanceof LockedException) {
			return "La cuenta está bloqueada temporalmente por intentos fallidos. Intente más tarde o contacte al administrador.";
		}
		if (ex instanceof DisabledException) {
			return "La cuenta está inactiva. Contacte al administrador.";
		}
		return "Se requiere autenticación (HTTP Basic) con un usuario y contraseña válidos.";
	}

}
