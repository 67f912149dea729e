package co.pqrsd.server.informes;

import co.pqrsd.server.seguridad.Rol;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Whether the menu shows the reports: Control Interno, ADMIN and jefes. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PantallaInformes {

	@ModelAttribute("verInformes")
	boolean verInformes(@AuthenticationPrincipal @Nullable UsuarioAutenticado yo) {
		return yo != null && (yo.tiene(Rol.ADMIN) || yo.tiene(Rol.CONTROL_INTERNO)
				|| (yo.tiene(Rol.JEFE_DEPENDENCIA) && !yo.codigosDependencias().isEmpty()));
	}

}
