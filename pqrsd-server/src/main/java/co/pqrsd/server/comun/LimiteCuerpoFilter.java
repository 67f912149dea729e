package co.pqrsd.server.comun;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps request bodies. A declared Content-Length beyond the limit is refused with 413
 * before anything reads it; a body without one (Transfer-Encoding: chunked) is counted as
 * it is read and refused with 413 the moment it passes the limit, so it is never held
 * whole in memory. JSON and other bodies have the small JSON limit; multipart uploads are
 * counted by the servlet container against {@code spring.servlet.multipart.*}, and form
 * posts against {@code server.tomcat.max-http-form-post-size}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class LimiteCuerpoFilter extends OncePerRequestFilter {

	private final long maximoJson;

	private final long maximoMultipart;

	private final EscritorProblemas escritor;

	LimiteCuerpoFilter(@Value("${pqrsd.api.tamano-maximo-json:1MB}") DataSize maximoJson,
			@Value("${spring.servlet.multipart.max-request-size:60MB}") DataSize maximoMultipart,
			EscritorProblemas escritor) {
		this.maximoJson = maximoJson.toBytes();
		this.maximoMultipart = maximoMultipart.toBytes();
		this.escritor = escritor;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
			throws ServletException, IOException {
		String tipo = req.getContentType();
		boolean multipart = tipo != null && tipo.toLowerCase().startsWith("multipart/");
		long maximo = multipart ? maximoMultipart : maximoJson;
		if (req.getContentLengthLong() > maximo) {
			if (ManejadorErrores.esApi(req)) {
				escritor.escribir(res, problema(maximo));
			}
			else {
				res.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
			}
			return;
		}
		if (multipart) {
			chain.doFilter(req, res);
			return;
		}
		try {
			chain.doFilter(new Limitada(req, maximo), res);
		}
		catch (CuerpoDemasiadoGrande e) {
			// Read outside Spring MVC (a filter, a servlet): answer here if still
			// possible.
			if (!res.isCommitted()) {
				res.reset();
				escritor.escribir(res, problema(maximo));
			}
		}
	}

	static org.springframework.http.ProblemDetail problema(long maximo) {
		return Problemas.de(HttpStatus.CONTENT_TOO_LARGE, "CUERPO_DEMASIADO_GRANDE",
				"El cuerpo de la solicitud supera el máximo permitido (" + maximo / 1024 + " KB).");
	}

	/** Thrown by a capped body's stream when more than the limit is read. */
	static final class CuerpoDemasiadoGrande extends IOException {

		private final long maximo;

		CuerpoDemasiadoGrande(long maximo) {
			super("El cuerpo de la solicitud supera " + maximo + " bytes");
			this.maximo = maximo;
		}

		long maximo() {
			return maximo;
		}

	}

	/** The request with its body stream counted and capped. */
	private static final class Limitada extends HttpServletRequestWrapper {

		private final long maximo;

		private ServletInputStream flujo;

		private BufferedReader lector;

		Limitada(HttpServletRequest req, long maximo) {
			super(req);
			this.maximo = maximo;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (flujo == null) {
				flujo = new Contado(super.getInputStream(), maximo);
			}
			return flujo;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			if (lector == null) {
				String codificacion = getCharacterEncoding();
				Charset juego = codificacion == null ? StandardCharsets.UTF_8 : Charset.forName(codificacion);
				lector = new BufferedReader(new InputStreamReader(getInputStream(), juego));
			}
			return lector;
		}

	}

	private static final class Contado extends ServletInputStream {

		private final ServletInputStream original;

		private final long maximo;

		private long leidos;

		Contado(ServletInputStream original, long maximo) {
			this.original = original;
			this.maximo = maximo;
		}

		@Override
		public int read() throws IOException {
			int b = original.read();
			if (b >= 0) {
				contar(1);
			}
			return b;
		}

		@Override
		public int read(byte[] b, int desde, int cuantos) throws IOException {
			int n = original.read(b, desde, cuantos);
			if (n > 0) {
				contar(n);
			}
			return n;
		}

		private void contar(int n) throws CuerpoDemasiadoGrande {
			leidos += n;
			if (leidos > maximo) {
				throw new CuerpoDemasiadoGrande(maximo);
			}
		}

		@Override
		public boolean isFinished() {
			return original.isFinished();
		}

		@Override
		public boolean isReady() {
			return original.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			original.setReadListener(listener);
		}

		@Override
		public void close() throws IOException {
			original.close();
		}

	}

}
