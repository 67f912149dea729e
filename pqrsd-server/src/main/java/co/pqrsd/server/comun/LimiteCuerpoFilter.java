package co.pqrsd.server.comun;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses oversize API bodies with 413 before anything reads them. JSON bodies have a
 * small limit; multipart uploads are bounded by {@code spring.servlet.multipart.*}
 * instead.
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
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !ManejadorErrores.esApi(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
			throws ServletException, IOException {
		String tipo = req.getContentType();
		long maximo = tipo != null && tipo.toLowerCase().startsWith("multipart/") ? maximoMultipart : maximoJson;
		if (req.getContentLengthLong() > maximo) {
			escritor.escribir(res, Problemas.de(HttpStatus.CONTENT_TOO_LARGE, "CUERPO_DEMASIADO_GRANDE",
					"El cuerpo de la solicitud supera el máximo permitido (" + maximo / 1024 + " KB)."));
			return;
		}
		chain.doFilter(req, res);
	}

}
