package co.pqrsd.server.seguridad;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import co.pqrsd.server.auditoria.AccionAuditoria;
import co.pqrsd.server.auditoria.Auditoria;
import co.pqrsd.server.auditoria.Resultado;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where Share asks, server to server, for a ficha for the Alfresco user viewing a
 * dashlet: it authenticates with the shared secret (HTTP Basic of its declared
 * {@code pqrsd} endpoint), and gets a short-lived signed ficha for a pqrsd user of the
 * same name. Both outcomes are audited.
 */
@RestController
class ConfianzaShareController {

	private final ConfianzaShare confianza;

	private final ServicioDetallesUsuario usuarios;

	private final Auditoria auditoria;

	ConfianzaShareController(ConfianzaShare confianza, ServicioDetallesUsuario usuarios, Auditoria auditoria) {
		this.confianza = confianza;
		this.usuarios = usuarios;
		this.auditoria = auditoria;
	}

	@PostMapping(ConfianzaShareConfiguracion.FICHA)
	ResponseEntity<Map<String, Object>> ficha(
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String autorizacion,
			@RequestParam String usuario) {
		if (!confianza.activa() || !credencialDeShare(autorizacion)) {
			auditoria.registrarPara("share", AccionAuditoria.CONFIANZA_SHARE_RECHAZADA, "USUARIO", recortar(usuario),
					Resultado.DENEGADO,
					Map.of("motivo", confianza.activa() ? "secreto incorrecto" : "confianza desactivada"));
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
		}
		UserDetails u;
		try {
			u = usuarios.loadUserByUsername(usuario);
		}
		catch (UsernameNotFoundException e) {
			u = null;
		}
		if (u == null || !u.isEnabled() || !u.isAccountNonLocked()) {
			auditoria.registrarPara("share", AccionAuditoria.CONFIANZA_SHARE_RECHAZADA, "USUARIO", recortar(usuario),
					Resultado.DENEGADO, Map.of("motivo", "usuario inexistente o inactivo en pqrsd"));
			return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
		}
		ConfianzaShare.Ficha f = confianza.firmar(u.getUsername());
		auditoria.registrarPara(u.getUsername(), AccionAuditoria.CONFIANZA_SHARE_FICHA, "USUARIO", u.getUsername(),
				Resultado.EXITO, Map.of("expira", f.expira().toString()));
		return ResponseEntity.ok(Map.of("ficha", f.valor(), "expira", f.expira().toString()));
	}

	private boolean credencialDeShare(@Nullable String autorizacion) {
		if (autorizacion == null || !autorizacion.regionMatches(true, 0, "Basic ", 0, 6)) {
			return false;
		}
		try {
			String par = new String(Base64.getDecoder().decode(autorizacion.substring(6).trim()),
					StandardCharsets.UTF_8);
			int i = par.indexOf(':');
			return i > 0 && confianza.esShare(par.substring(0, i), par.substring(i + 1));
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	private static String recortar(String s) {
		return s.length() > 100 ? s.substring(0, 100) : s;
	}

}
