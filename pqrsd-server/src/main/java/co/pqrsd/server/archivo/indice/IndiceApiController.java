package co.pqrsd.server.archivo.indice;

import java.io.IOException;
import java.io.InputStream;

import co.pqrsd.server.comun.DemasiadoGrande;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The signed índice electrónico and its verification (docs/archivo-indice.md): {@code GET
 * /api/v1/expedientes/{numero}/indice.xml} (XAdES), {@code GET .../indice.pdf} (PAdES),
 * {@code GET .../indice/verificacion} and {@code POST .../indice/verificacion} with a
 * signed copy in the part {@code archivo}.
 */
@RestController
@RequestMapping("/api/v1/expedientes/{numero}")
class IndiceApiController {

	private final ServicioIndice servicio;

	IndiceApiController(ServicioIndice servicio) {
		this.servicio = servicio;
	}

	@GetMapping("/indice.xml")
	ResponseEntity<byte[]> xml(@PathVariable String numero, @AuthenticationPrincipal UsuarioAutenticado yo) {
		return adjunto(servicio.xmlFirmado(numero, yo), MediaType.APPLICATION_XML, "indice-" + numero + ".xml");
	}

	@GetMapping("/indice.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String numero, @AuthenticationPrincipal UsuarioAutenticado yo) {
		return adjunto(servicio.pdfFirmado(numero, yo), MediaType.APPLICATION_PDF, "indice-" + numero + ".pdf");
	}

	@GetMapping("/indice/verificacion")
	VerificacionIndice verificar(@PathVariable String numero, @AuthenticationPrincipal UsuarioAutenticado yo) {
		return servicio.verificar(numero, yo);
	}

	@PostMapping(value = "/indice/verificacion", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	VerificacionIndice verificarCopia(@PathVariable String numero, @RequestParam("archivo") MultipartFile archivo,
			@AuthenticationPrincipal UsuarioAutenticado yo) throws IOException {
		return servicio.verificarCopia(numero, leer(archivo), nombre(archivo), yo);
	}

	static byte[] leer(MultipartFile archivo) throws IOException {
		try (InputStream in = archivo.getInputStream()) {
			byte[] b = in.readNBytes(ServicioIndice.MAXIMO_COPIA + 1);
			if (b.length > ServicioIndice.MAXIMO_COPIA) {
				String codigo = "COPIA_DEMASIADO_GRANDE";
				throw new DemasiadoGrande(codigo, "El índice firmado supera 20 MB.",
						java.util.Map.of("maximo", ServicioIndice.MAXIMO_COPIA));
			}
			return b;
		}
	}

	static String nombre(MultipartFile archivo) {
		String n = archivo.getOriginalFilename();
		return n == null || n.isBlank() ? "indice" : n;
	}

	static ResponseEntity<byte[]> adjunto(byte[] contenido, MediaType tipo, String nombre) {
		return ResponseEntity.ok()
			.contentType(tipo)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(nombre, java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(contenido);
	}

}
