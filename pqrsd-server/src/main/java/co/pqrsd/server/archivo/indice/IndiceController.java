package co.pqrsd.server.archivo.indice;

import java.io.IOException;

import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The índice screen of an expediente: the signed XML and PDF to download and the
 * verification (of the stored signed copy, or of a copy the user uploads).
 */
@Controller
class IndiceController {

	private final ServicioIndice servicio;

	IndiceController(ServicioIndice servicio) {
		this.servicio = servicio;
	}

	@GetMapping("/archivo/indice/{numero}")
	String ver(@PathVariable String numero, @AuthenticationPrincipal UsuarioAutenticado yo, Model modelo) {
		modelo.addAttribute("seccion", "archivo");
		modelo.addAttribute("indice", servicio.indice(numero, yo));
		return "archivo/indice";
	}

	@PostMapping("/archivo/indice/{numero}/verificacion")
	String verificar(@PathVariable String numero,
			@RequestParam(name = "archivo", required = false) MultipartFile archivo,
			@AuthenticationPrincipal UsuarioAutenticado yo, Model modelo) throws IOException {
		modelo.addAttribute("seccion", "archivo");
		modelo.addAttribute("indice", servicio.indice(numero, yo));
		try {
			modelo.addAttribute("verificacion",
					archivo == null || archivo.isEmpty() ? servicio.verificar(numero, yo) : servicio.verificarCopia(
							numero, IndiceApiController.leer(archivo), IndiceApiController.nombre(archivo), yo));
		}
		catch (ErrorDominio e) {
			modelo.addAttribute("error", e.getMessage());
		}
		return "archivo/indice";
	}

	@GetMapping("/archivo/indice/{numero}/indice.xml")
	ResponseEntity<byte[]> xml(@PathVariable String numero, @AuthenticationPrincipal UsuarioAutenticado yo) {
		return IndiceApiController.adjunto(servicio.xmlFirmado(numero, yo), MediaType.APPLICATION_XML,
				"indice-" + numero + ".xml");
	}

	@GetMapping("/archivo/indice/{numero}/indice.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String numero, @AuthenticationPrincipal UsuarioAutenticado yo) {
		return IndiceApiController.adjunto(servicio.pdfFirmado(numero, yo), MediaType.APPLICATION_PDF,
				"indice-" + numero + ".pdf");
	}

}
