package co.pqrsd.server.ciudadano;

import co.pqrsd.server.comun.Problemas;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The public channel's rate limits answer 429 with Retry-After and a Spanish message: the
 * public API, and the downloads of the citizen's pages (the receipt's PDF, an answer
 * document) whose code is checked under the failed-lookup limit. The form and the status
 * page show the message in the page themselves.
 */
@RestControllerAdvice(assignableTypes = { PublicoApiController.class, CiudadanoController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErroresCiudadano {

	@ExceptionHandler(LimitesCiudadano.LimiteExcedido.class)
	ResponseEntity<ProblemDetail> limite(LimitesCiudadano.LimiteExcedido e) {
		ProblemDetail p = Problemas.de(HttpStatus.TOO_MANY_REQUESTS, "DEMASIADAS_SOLICITUDES", e.getMessage());
		p.setTitle("Demasiadas solicitudes");
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(e.segundos()))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(p);
	}

}
