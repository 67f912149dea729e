package co.pqrsd.server.seguridad;

import java.io.IOException;
import java.util.Set;

import co.pqrsd.server.comun.EscritorProblemas;
import co.pqrsd.server.comun.Problemas;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While a user's password is the one an administrator set, he may only change it: web
 * pages redirect to "Mi cuenta", the API answers 403 {@code CAMBIO_CONTRASENA_REQUERIDO}
 * except for {@code /api/v1/usuarios/yo} and its password change.
 */
class CambioObligatorio extends OncePerRequestFilter {

	private static final Set<String> PERMITIDAS = Set.of("/cuenta", "/cuenta/contrasena", "/logout", "/login", "/error",
			"/api/v1/usuarios/yo", "/api/v1/usuarios/yo/contrasena");

	private final EscritorProblemas escritor;

	CambioObligatorio(EscritorProblemas escritor) {
		this.escritor = escritor;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest solicitud, HttpServletResponse respuesta, FilterChain cadena)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		String ruta = solicitud.getRequestURI().substring(solicitud.getContextPath().length());
		if (auth == null || !(auth.getPrincipal() instanceof UsuarioAutenticado u) || !u.debeCambiarContrasena()
				|| PERMITIDAS.contains(ruta) || ruta.startsWith("/css/") || ruta.startsWith("/js/")
				|| ruta.startsWith("/img/")) {
			cadena.doFilter(solicitud, respuesta);
			return;
		}
		if (ruta.startsWith("/api/")) {
			escritor.escribir(respuesta, Problemas.de(HttpStatus.FORBIDDEN, "CAMBIO_CONTRASENA_REQUERIDO",
					"Su contraseña fue asignada por el administrador: cámbiela primero (POST /api/v1/usuarios/yo/contrasena)."));
			return;
		}
		respuesta.sendRedirect(solicitud.getContextPath() + "/cuenta");
	}

}
