package co.pqrsd.server.radicacion;

import co.pqrsd.server.comun.NoEncontrado;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where a sticker's QR code leads: anyone can confirm that the number is real, without
 * seeing personal data.
 */
@Controller
class VerificacionPublicaController {

	static final String PROPIEDAD_URL_PUBLICA = "pqrsd.radicacion.url-publica";

	private static final Logger log = LoggerFactory.getLogger(VerificacionPublicaController.class);

	private final ConsultaRadicados consulta;

	VerificacionPublicaController(ConsultaRadicados consulta) {
		this.consulta = consulta;
	}

	@GetMapping("/verificacion/{numero}")
	String verificar(@PathVariable String numero, @RequestParam(name = "c", required = false) @Nullable String codigo,
			Model modelo) {
		// Missing code, wrong code and unknown number answer alike: nothing to learn by
		// guessing.
		var radicado = codigo == null || codigo.isBlank() ? java.util.Optional.<java.util.Map<String, Object>>empty()
				: consulta.verificarPublico(numero, codigo);
		if (radicado.isEmpty()) {
			throw new NoEncontrado("VERIFICACION_NO_ENCONTRADA",
					"No encontramos un radicado con ese número y código de verificación. Revise la dirección del código QR.");
		}
		modelo.addAttribute("radicado", radicado.get());
		return "radicacion/verificacion";
	}

	/**
	 * The QR codes printed on stickers point here; a default would send citizens nowhere.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void avisarSiFaltaUrlPublica(ApplicationReadyEvent evento) {
		String aviso = avisoUrlPublica(evento.getApplicationContext().getEnvironment());
		if (aviso != null) {
			log.warn(aviso);
		}
	}

	static @Nullable String avisoUrlPublica(Environment entorno) {
		String url = entorno.getProperty(PROPIEDAD_URL_PUBLICA);
		if (url == null || url.isBlank() || url.matches("(?i)https?://(localhost|127\\.0\\.0\\.1)([:/].*)?")) {
			return "No está configurada la dirección pública (" + PROPIEDAD_URL_PUBLICA
					+ ", variable PQRSD_URL_PUBLICA; hoy: " + url
					+ "): los códigos QR de rótulos y constancias apuntarán a http://localhost:8080 y los ciudadanos no podrán verificarlos. Configúrela en producción, p. ej. PQRSD_URL_PUBLICA=https://pqrsd.alcaldia.gov.co";
		}
		return null;
	}

}
