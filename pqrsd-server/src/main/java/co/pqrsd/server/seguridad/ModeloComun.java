package co.pqrsd.server.seguridad;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Adds to every page what the layout shows: the user and the entity's name. */
@ControllerAdvice
class ModeloComun {

	private final String entidad;

	ModeloComun(@Value("${pqrsd.entidad.nombre:Alcaldía Municipal}") String entidad) {
		this.entidad = entidad;
	}

	@ModelAttribute("usuarioActual")
	@Nullable UsuarioActual usuarioActual(@Nullable Authentication autenticacion) {
		if (autenticacion != null && autenticacion.getPrincipal() instanceof UsuarioAutenticado u) {
			return UsuarioActual.de(u);
		}
		return null;
	}

	@ModelAttribute("entidad")
	String entidad() {
		return entidad;
	}

}
