package co.pqrsd.server.radicacion;

import org.springframework.beans.factory.ObjectProvider;
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

	// A provider: web slices load this advice without the radicación configuration.
	ModeloUrlPublica(ObjectProvider<RadicacionProperties> propiedades, Environment entorno) {
		this.urlPublica = propiedades.stream().map(RadicacionProperties::urlPublica).findFirst().orElse("");
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
