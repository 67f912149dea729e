package co.pqrsd.server.radicacion;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The file responses both the API and the screens give: PDFs shown inline, documents
 * downloaded with their hash.
 */
final class Respuestas {

	private Respuestas() {
	}

	static ResponseEntity<byte[]> pdf(String nombre, byte[] contenido) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(nombre).build().toString())
			.body(contenido);
	}

	static ResponseEntity<InputStreamResource> descarga(ConsultaRadicados.Descarga d) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(d.documento().tipoMime()))
			.contentLength(d.documento().tamano())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(d.documento().nombre(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-SHA256", d.documento().sha256())
			.body(new InputStreamResource(d.contenido()));
	}

}
