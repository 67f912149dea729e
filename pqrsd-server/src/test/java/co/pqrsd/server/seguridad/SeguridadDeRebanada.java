package co.pqrsd.server.seguridad;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.pqrsd.server.RelojAjustable;
import co.pqrsd.server.comun.EscritorProblemas;
import co.pqrsd.server.comun.OyenteDenegacion;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * For {@code @WebMvcTest} slices: the real security filter chains (HTTP Basic on /api,
 * 401 and 403 as problem+json) and method security, with a few fixed users instead of the
 * database, and the denials kept in memory instead of the audit trail.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ ConfiguracionSeguridad.class, EscritorProblemas.class })
@org.springframework.boot.context.properties.EnableConfigurationProperties(SeguridadProperties.class)
@EnableWebSecurity
@EnableMethodSecurity
public class SeguridadDeRebanada {

	public static final String CLAVE = "Rebanada2026";

	/** Username → roles; each user's dependencia is 200. */
	private static final Map<String, Set<Rol>> USUARIOS = Map.of("admin", Set.of(Rol.ADMIN), "funcionario",
			Set.of(Rol.FUNCIONARIO), "radicador", Set.of(Rol.RADICADOR), "control", Set.of(Rol.CONTROL_INTERNO));

	/** The Authorization header of one of the fixed users. */
	public static String basic(String usuario) {
		return basic(usuario, CLAVE);
	}

	/** Signs a request in as one of the slice's users (HTTP Basic). */
	public static org.springframework.test.web.servlet.request.RequestPostProcessor como(String usuario) {
		return como(usuario, CLAVE);
	}

	/** Signs a request in with these credentials (HTTP Basic). */
	public static org.springframework.test.web.servlet.request.RequestPostProcessor como(String usuario, String clave) {
		return peticion -> {
			peticion.addHeader(org.springframework.http.HttpHeaders.AUTHORIZATION, basic(usuario, clave));
			return peticion;
		};
	}

	/** The answer is problem+json with this status and stable code. */
	public static org.springframework.test.web.servlet.ResultMatcher problema(
			org.springframework.http.HttpStatus estado, String codigo) {
		return resultado -> {
			org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
				.is(estado.value())
				.match(resultado);
			org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.contentTypeCompatibleWith(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
				.match(resultado);
			org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.code")
				.value(codigo)
				.match(resultado);
		};
	}

	public static String basic(String usuario, String clave) {
		return "Basic " + Base64.getEncoder().encodeToString((usuario + ":" + clave).getBytes(StandardCharsets.UTF_8));
	}

	@Bean
	AuthenticationManager authenticationManager() {
		DaoAuthenticationProvider dao = new DaoAuthenticationProvider(username -> {
			Set<Rol> roles = USUARIOS.get(username);
			if (roles == null) {
				throw new UsernameNotFoundException(username);
			}
			return new UsuarioAutenticado(username, "Usuario " + username, roles, Set.of("200"), "{noop}" + CLAVE, true,
					true);
		});
		dao.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
		return new ProviderManager(dao);
	}

	@Bean
	org.springframework.security.core.session.SessionRegistry registroSesiones() {
		return new org.springframework.security.core.session.SessionRegistryImpl();
	}

	@Bean
	Clock reloj() {
		return new RelojAjustable();
	}

	@Bean
	Denegaciones denegaciones() {
		return new Denegaciones();
	}

	/** The paths of the denied requests, in order. */
	public static final class Denegaciones implements OyenteDenegacion {

		private final List<String> rutas = Collections.synchronizedList(new ArrayList<>());

		@Override
		public void denegado(HttpServletRequest solicitud) {
			rutas.add(solicitud.getMethod() + " " + solicitud.getRequestURI());
		}

		public List<String> rutas() {
			return List.copyOf(rutas);
		}

		public void limpiar() {
			rutas.clear();
		}

	}

}
