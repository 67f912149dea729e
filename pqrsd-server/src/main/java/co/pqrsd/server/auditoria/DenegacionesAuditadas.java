package co.pqrsd.server.auditoria;

import java.util.Map;

import co.pqrsd.server.comun.OyenteDenegacion;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/** Every denied request is itself recorded, in its own transaction. */
@Component
class DenegacionesAuditadas implements OyenteDenegacion {

	private final Auditoria auditoria;

	DenegacionesAuditadas(Auditoria auditoria) {
		this.auditoria = auditoria;
	}

	@Override
	public void denegado(HttpServletRequest solicitud) {
		auditoria.registrarAparte(AccionAuditoria.ACCESO_DENEGADO, "RUTA", solicitud.getRequestURI(),
				Resultado.DENEGADO, Map.of("metodo", solicitud.getMethod()));
	}

}
