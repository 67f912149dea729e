package co.pqrsd.server.seguridad;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import co.pqrsd.server.auditoria.AccionAuditoria;
import co.pqrsd.server.auditoria.Auditoria;
import co.pqrsd.server.auditoria.Resultado;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The Share trust's own filter chain, before the others: it covers only the token
 * endpoint ({@code POST /confianza/share/ficha}, where Share proves the shared secret)
 * and the dashlet views opened with a ficha ({@code /tableros/dashlets/*?ficha=…}). Both
 * are stateless, and the dashlet views may be framed only by pqrsd itself and the
 * configured Share origin.
 */
@Configuration(proxyBeanMethods = false)
class ConfianzaShareConfiguracion {

	static final String FICHA = "/confianza/share/ficha";

	@Bean
	@Order(0)
	SecurityFilterChain cadenaConfianzaShare(HttpSecurity http, ConfianzaShare confianza,
			ServicioDetallesUsuario usuarios, Auditoria auditoria, ConfianzaShareProperties propiedades)
			throws Exception {
		http.securityMatcher(ConfianzaShareConfiguracion::cubre)
			.authorizeHttpRequests(a -> a.requestMatchers(FICHA).permitAll().anyRequest().authenticated())
			.addFilterBefore(new Filtro(confianza, usuarios, auditoria), AuthorizationFilter.class)
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(c -> c.disable())
			.headers(h -> h.frameOptions(f -> f.disable())
				.contentSecurityPolicy(c -> c.policyDirectives(
						"default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors "
								+ ConfiguracionSeguridad.ancestros(
										propiedades.origen().isBlank() ? List.of() : List.of(propiedades.origen()))))
				.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
			.exceptionHandling(
					e -> e.authenticationEntryPoint((req, res, ex) -> res.sendError(HttpStatus.UNAUTHORIZED.value())));
		return http.build();
	}

	static boolean cubre(HttpServletRequest req) {
		String ruta = req.getRequestURI().substring(req.getContextPath().length());
		return ruta.equals(FICHA) || (ruta.startsWith("/tableros/dashlets/") && req.getParameter("ficha") != null);
	}

	/** Authenticates one dashlet request by its ficha, as the pqrsd user it names. */
	static final class Filtro extends OncePerRequestFilter {

		private final ConfianzaShare confianza;

		private final ServicioDetallesUsuario usuarios;

		private final Auditoria auditoria;

		Filtro(ConfianzaShare confianza, ServicioDetallesUsuario usuarios, Auditoria auditoria) {
			this.confianza = confianza;
			this.usuarios = usuarios;
			this.auditoria = auditoria;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain cadena)
				throws ServletException, IOException {
			String ficha = req.getParameter("ficha");
			if (ficha == null) {
				cadena.doFilter(req, res);
				return;
			}
			String usuario = confianza.verificar(ficha).orElse(null);
			UserDetails u = null;
			if (usuario != null) {
				try {
					u = usuarios.loadUserByUsername(usuario);
				}
				catch (UsernameNotFoundException e) {
					u = null;
				}
			}
			if (u == null || !u.isEnabled() || !u.isAccountNonLocked()) {
				auditoria.registrarPara(usuario == null ? "share" : usuario, AccionAuditoria.CONFIANZA_SHARE_RECHAZADA,
						"DASHLET", req.getRequestURI(), Resultado.DENEGADO, Map.of("motivo",
								usuario == null ? "ficha inválida o vencida" : "usuario inexistente o inactivo"));
				res.sendError(HttpStatus.UNAUTHORIZED.value());
				return;
			}
			SecurityContext contexto = SecurityContextHolder.createEmptyContext();
			contexto.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
			SecurityContextHolder.setContext(contexto);
			try {
				cadena.doFilter(req, res);
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		}

	}

}
