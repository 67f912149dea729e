package co.pqrsd.server.auditoria;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who is acting and from where: the user, roles and dependencias at this moment, the
 * client IP and agent.
 */
@Component
class ContextoSolicitud {

	static final String SISTEMA = "sistema";

	private final Set<String> proxies;

	ContextoSolicitud(AuditoriaProperties propiedades) {
		this.proxies = Set.copyOf(propiedades.proxiesConfiables());
	}

	record Actor(String usuario, List<String> roles, List<String> dependencias) {
	}

	record Origen(@Nullable String ip, @Nullable String agente) {
	}

	Actor actor() {
		return actor(SecurityContextHolder.getContext().getAuthentication());
	}

	Actor actor(@Nullable Authentication auth) {
		if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName())) {
			return new Actor(SISTEMA, List.of(), List.of());
		}
		if (auth.getPrincipal() instanceof SujetoAuditado sujeto) {
			return new Actor(sujeto.username(), ordenado(sujeto.roles()), ordenado(sujeto.codigosDependencias()));
		}
		List<String> roles = new ArrayList<>();
		for (GrantedAuthority a : auth.getAuthorities()) {
			String r = a.getAuthority();
			if (r != null && r.startsWith("ROLE_")) {
				roles.add(r.substring(5));
			}
		}
		return new Actor(auth.getName(), ordenado(roles), List.of());
	}

	Origen origen() {
		HttpServletRequest req = solicitud();
		if (req == null) {
			return new Origen(null, null);
		}
		// Auditoria fits the agent into its column and marks the cut.
		return new Origen(ipCliente(req), req.getHeader("User-Agent"));
	}

	/**
	 * The client's IP: the peer address, or the first untrusted hop of X-Forwarded-For
	 * behind trusted proxies.
	 */
	String ipCliente(HttpServletRequest req) {
		String ip = req.getRemoteAddr();
		String reenviado = req.getHeader("X-Forwarded-For");
		if (reenviado == null || !proxies.contains(ip)) {
			return ip;
		}
		String[] saltos = reenviado.split(",");
		for (int i = saltos.length - 1; i >= 0; i--) {
			String salto = saltos[i].strip();
			if (!salto.isEmpty() && !proxies.contains(salto)) {
				return recortar(salto, 64);
			}
		}
		return ip;
	}

	static @Nullable HttpServletRequest solicitud() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes atributos) {
			return atributos.getRequest();
		}
		return null;
	}

	private static List<String> ordenado(java.util.Collection<String> valores) {
		return List.copyOf(new java.util.TreeSet<>(new LinkedHashSet<>(valores)));
	}

	private static @Nullable String recortar(@Nullable String valor, int maximo) {
		return valor == null || valor.length() <= maximo ? valor : valor.substring(0, maximo);
	}

}
