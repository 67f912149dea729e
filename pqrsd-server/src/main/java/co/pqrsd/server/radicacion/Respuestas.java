package co.pqrsd.server.radicacion;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The file responses both the API and the screens give: PDFs the server produces (and
 * strips of active content) shown inline; uploaded documents always downloaded, never
 * rendered by the browser, with their hash.
 */
final class Respuestas {

	private Respuestas() {
	}

	static ResponseEntity<byte[]> pdf(String nombre, byte[] contenido) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(nombre).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(contenido);
	}

	static ResponseEntity<InputStreamResource> descarga(ConsultaRadicados.Descarga d) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(d.documento().tipoMime()))
			.contentLength(d.documento().tamano())
			.header(HttpHeaders.CONTENT_DISPOSITION, adjunto(d.documento().nombre()))
			.header("X-Content-Type-Options", "nosniff")
			// Even if a browser renders it, an uploaded file runs no script with our
			// origin.
			.header("Content-Security-Policy", "sandbox; default-src 'none'")
			.header("X-Content-SHA256", d.documento().sha256())
			.body(new InputStreamResource(d.contenido()));
	}

	/**
	 * {@code attachment} with an ASCII fallback name (no quotes, backslashes or controls)
	 * and the exact UTF-8 name in {@code filename*} (RFC 6266, RFC 8187).
	 */
	static String adjunto(String nombre) {
		StringBuilder ascii = new StringBuilder();
		nombre.codePoints().forEach(c -> {
			boolean seguro = c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '/' && c != ';' && c != '%';
			ascii.append(seguro ? (char) c : '_');
		});
		String respaldo = ascii.toString().strip();
		if (respaldo.isEmpty() || respaldo.matches("[._ ]*")) {
			respaldo = "documento";
		}
		String exacto = URLEncoder.encode(nombre, StandardCharsets.UTF_8).replace("+", "%20");
		return "attachment; filename=\"" + respaldo + "\"; filename*=UTF-8''" + exacto;
	}

}
