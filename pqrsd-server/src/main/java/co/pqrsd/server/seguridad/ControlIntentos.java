package co.pqrsd.server.seguridad;

import java.util.LinkedHashMap;
import java.util.Map;

import co.pqrsd.server.auditoria.AccionAuditoria;
import co.pqrsd.server.auditoria.Auditoria;
import co.pqrsd.server.auditoria.Resultado;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records logins, logouts and failures, and counts wrong passwords in
 * {@link LimitadorIntentos}.
 */
@Component
class ControlIntentos {

	private final Auditoria auditoria;

	private final LimitadorIntentos limitador;

	ControlIntentos(Auditoria auditoria, LimitadorIntentos limitador) {
		this.auditoria = auditoria;
		this.limitador = limitador;
	}

	/** Any successful login (form or HTTP Basic) starts the failures over. */
	@EventListener
	public void autenticado(AuthenticationSuccessEvent evento) {
		limitador.exito(evento.getAuthentication().getName(), ProveedorAutenticacion.ip(evento.getAuthentication()));
	}

	@EventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void exito(InteractiveAuthenticationSuccessEvent evento) {
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
		String ip = ProveedorAutenticacion.ip(evento.getAuthentication());
		Exception e = evento.getException();
		String motivo = e instanceof IntentosExcedidos ? "demasiados intentos"
				: e instanceof LockedException ? "cuenta bloqueada"
						: e instanceof DisabledException ? "cuenta inactiva" : motivo(evento.getException());
		auditoria.registrarPara(username, AccionAuditoria.INICIO_SESION_FALLIDO, "USUARIO", username,
				Resultado.DENEGADO, Map.of("motivo", motivo));
		// Only a wrong password counts; a correct one for an inactive account does not.
		if (e instanceof BadCredentialsException) {
			contarFallo(username, username, ip);
		}
	}

	/**
	 * Counts a wrong password and audits the block it may start.
	 * @param clave what is limited: the username, or {@link LimitadorIntentos#cambio}
	 */
	void contarFallo(String username, String clave, String ip) {
		LimitadorIntentos.Bloqueo bloqueo = limitador.fallo(clave, ip);
		if (bloqueo != null) {
			Map<String, Object> detalles = new LinkedHashMap<>();
			detalles.put("alcance", bloqueo.alcance());
			detalles.put("ip", ip);
			if (!clave.equals(username)) {
				detalles.put("ambito", "CAMBIO_CONTRASENA");
			}
			detalles.put("bloqueadaHasta", bloqueo.hasta().toString());
			auditoria.registrarPara(username, AccionAuditoria.CUENTA_BLOQUEADA, "USUARIO", username, Resultado.EXITO,
					detalles);
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
