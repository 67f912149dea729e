package co.pqrsd.server.seguridad;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import co.pqrsd.server.auditoria.AccionAuditoria;
import co.pqrsd.server.auditoria.Auditoria;
import co.pqrsd.server.auditoria.Resultado;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records logins, logouts and failures, and locks an account after repeated failures. */
@Component
class ControlIntentos {

	private final UsuarioRepository usuarios;

	private final Auditoria auditoria;

	private final SeguridadProperties propiedades;

	private final CacheCredenciales cache;

	private final Clock reloj;

	ControlIntentos(UsuarioRepository usuarios, Auditoria auditoria, SeguridadProperties propiedades,
			CacheCredenciales cache, Clock reloj) {
		this.usuarios = usuarios;
		this.auditoria = auditoria;
		this.propiedades = propiedades;
		this.cache = cache;
		this.reloj = reloj;
	}

	@EventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void exito(InteractiveAuthenticationSuccessEvent evento) {
		usuarios.reiniciarFallos(evento.getAuthentication().getName());
		auditoria.registrarPara(evento.getAuthentication(), AccionAuditoria.INICIO_SESION, Map.of("canal", "WEB"));
	}

	@EventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void salida(LogoutSuccessEvent evento) {
		auditoria.registrarPara(evento.getAuthentication(), AccionAuditoria.CIERRE_SESION, Map.of());
	}

	@EventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void fallo(AbstractAuthenticationFailureEvent evento) {
		String username = evento.getAuthentication().getName();
		boolean bloqueada = evento.getException() instanceof LockedException;
		String motivo = bloqueada ? "cuenta bloqueada" : motivo(evento.getException());
		auditoria.registrarPara(username, AccionAuditoria.INICIO_SESION_FALLIDO, "USUARIO", username,
				Resultado.DENEGADO, Map.of("motivo", motivo));
		if (bloqueada) {
			return;
		}
		int fallos = usuarios.registrarFallo(username);
		if (fallos >= propiedades.intentosMaximos()) {
			Instant hasta = reloj.instant().plus(propiedades.duracionBloqueo());
			usuarios.bloquear(username, hasta);
			cache.olvidar(username);
			auditoria.registrarPara(username, AccionAuditoria.CUENTA_BLOQUEADA, "USUARIO", username, Resultado.EXITO,
					Map.of("intentos", fallos, "bloqueadaHasta", hasta.toString()));
		}
	}

	/** Why a login failed, in words for the audit trail (never a Java class name). */
	static String motivo(org.springframework.security.core.AuthenticationException e) {
		if (e instanceof org.springframework.security.authentication.BadCredentialsException) {
			return "usuario o contraseña incorrectos";
		}
		if (e instanceof org.springframework.security.authentication.DisabledException) {
			return "cuenta desactivada";
		}
		if (e instanceof org.springframework.security.authentication.AccountExpiredException) {
			return "cuenta vencida";
		}
		if (e instanceof org.springframework.security.authentication.CredentialsExpiredException) {
			return "contraseña vencida";
		}
		return "no se pudo verificar la identidad";
	}

}
