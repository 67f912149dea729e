package co.pqrsd.server.seguridad;

import java.time.Clock;
import java.time.Duration;

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
 * Throttled password attempts answer 429 with Retry-After (the web form shows the message
 * itself).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErroresSeguridad {

	private final Clock reloj;

	ErroresSeguridad(Clock reloj) {
		this.reloj = reloj;
	}

	@ExceptionHandler(DemasiadosIntentos.class)
	ResponseEntity<ProblemDetail> demasiadosIntentos(DemasiadosIntentos e) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(segundosHasta(reloj, e.hasta())))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problema());
	}

	static ProblemDetail problema() {
		ProblemDetail p = Problemas.de(HttpStatus.TOO_MANY_REQUESTS, "DEMASIADOS_INTENTOS",
				IntentosExcedidos.mensaje());
		p.setTitle("Demasiados intentos");
		return p;
	}

	static long segundosHasta(Clock reloj, java.time.Instant hasta) {
		return Math.max(1, Duration.between(reloj.instant(), hasta).toSeconds());
	}

}
