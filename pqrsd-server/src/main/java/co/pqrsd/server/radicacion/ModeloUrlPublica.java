package co.pqrsd.server.radicacion;

import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every screen the public address printed in QR codes, and whether it still needs
 * configuring, so the administrator sees it.
 */
@ControllerAdvice
class ModeloUrlPublica {

	private final String urlPublica;

	private final boolean sinConfigurar;

	ModeloUrlPublica(RadicacionProperties propiedades, Environment entorno) {
		this.urlPublica = propiedades.urlPublica();
		this.sinConfigurar = VerificacionPublicaController.avisoUrlPublica(entorno) != null;
	}

	@ModelAttribute("urlPublica")
	String urlPublica() {
		return urlPublica;
	}

	@ModelAttribute("urlPublicaSinConfigurar")
	boolean urlPublicaSinConfigurar() {
		return sinConfigurar;
	}

}
