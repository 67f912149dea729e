package co.pqrsd.server.seguridad;

import java.time.Clock;
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
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Two doors: people log in with a form (session, CSRF on); scripts and integrations call
 * /api/** with HTTP Basic, stateless. Unauthenticated API calls get 401 and forbidden
 * ones 403, both as problem+json; every denial is recorded in the audit trail.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class ConfiguracionSeguridad {

	static final String[] PUBLICAS = { "/login", "/verificacion/**", "/ciudadano", "/ciudadano/**", "/css/**", "/js/**",
			"/img/**", "/favicon.ico", "/actuator/health", "/actuator/health/**", "/error" };

	/** Tells the session registry when sessions end or change id. */
	@Bean
	HttpSessionEventPublisher publicadorEventosSesion() {
		return new HttpSessionEventPublisher();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, AuthenticationManager gestor, EscritorProblemas escritor,
			List<OyenteDenegacion> oyentes, SeguridadProperties propiedades, Clock reloj) throws Exception {
		http.securityMatcher("/api/**")
			.authenticationManager(gestor)
			// The public page of answers to anonymous filings (Ley 1437 de 2011, art.
			// 69).
			.authorizeHttpRequests(
					a -> a.requestMatchers("/api/v1/publico/**").permitAll().anyRequest().authenticated())
			.httpBasic(b -> b.realmName("pqrsd").authenticationEntryPoint((req, res, ex) -> {
				if (ex instanceof IntentosExcedidos excedidos) {
					res.setHeader("Retry-After",
							String.valueOf(ErroresSeguridad.segundosHasta(reloj, excedidos.hasta())));
					escritor.escribir(res, ErroresSeguridad.problema());
					return;
				}
				res.setHeader("WWW-Authenticate", "Basic realm=\"pqrsd\", charset=\"UTF-8\"");
				escritor.escribir(res, Problemas.de(HttpStatus.UNAUTHORIZED, codigo(ex), mensaje(ex)));
			}))
			.headers(h -> cabeceras(h, propiedades))
			.addFilterBefore(new CambioObligatorio(escritor), AuthorizationFilter.class)
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(c -> c.disable())
			.exceptionHandling(e -> e.accessDeniedHandler(denegacionApi(escritor, oyentes)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http, AuthenticationManager gestor, List<OyenteDenegacion> oyentes,
			SessionRegistry registro, SeguridadProperties propiedades, EscritorProblemas escritor) throws Exception {
		http.authenticationManager(gestor)
			.addFilterBefore(new CambioObligatorio(escritor), AuthorizationFilter.class)
			.authorizeHttpRequests(a -> a.requestMatchers(PUBLICAS)
				.permitAll()
				.requestMatchers("/admin/**")
				.hasRole("ADMIN")
				.anyRequest()
				.authenticated())
			.formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", true).failureHandler((req, res, ex) -> {
				// Locked and inactive are only told after a correct password (see
				// ConfiguracionAutenticacion); while throttled, the password is not
				// checked.
				String tipo = ex instanceof IntentosExcedidos ? "intentos" : ex instanceof LockedException ? "bloqueada"
						: ex instanceof DisabledException ? "inactiva" : "credenciales";
				res.sendRedirect(req.getContextPath() + "/login?error=" + tipo);
			}).permitAll())
			.logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?salida").permitAll())
			// Any change of the user's roles, state or password expires his sessions
			// (CierreSesiones); the next request of an expired session logs it out.
			.sessionManagement(
					s -> s.sessionConcurrency(c -> c.maximumSessions(-1)
						.sessionRegistry(registro)
						.expiredSessionStrategy(e -> e.getResponse()
							.sendRedirect(e.getRequest().getContextPath() + "/login?expirada"))))
			.headers(h -> cabeceras(h, propiedades))
			.exceptionHandling(e -> e.accessDeniedHandler((req, res, ex) -> {
				oyentes.forEach(o -> o.denegado(req));
				res.sendError(HttpStatus.FORBIDDEN.value());
			}));
		return http.build();
	}

	/**
	 * Framing is governed by CSP frame-ancestors alone (X-Frame-Options DENY contradicted
	 * it): our origin plus the configured ones, e.g. Alfresco Share for its dashlets.
	 * HSTS goes out on HTTPS requests only (also behind a trusted proxy, see
	 * ProxiesConfiables).
	 */
	private static void cabeceras(HeadersConfigurer<HttpSecurity> h, SeguridadProperties propiedades) {
		h.frameOptions(f -> f.disable())
			.contentSecurityPolicy(c -> c.policyDirectives(
					"default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors "
							+ ancestros(propiedades.origenesMarco())))
			.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
	}

	static String ancestros(List<String> origenes) {
		StringBuilder sb = new StringBuilder("'self'");
		for (String origen : origenes) {
			String o = origen.strip();
			if (o.isEmpty()) {
				continue;
			}
			// An origin is scheme://host[:port]; anything else could inject directives.
			if (!o.matches("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?")) {
				throw new IllegalArgumentException("pqrsd.seguridad.origenes-marco: '" + o
						+ "' no es un origen válido (esquema://servidor[:puerto], sin ruta).");
			}
			sb.append(' ').append(o);
		}
		return sb.toString();
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
