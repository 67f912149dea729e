package co.pqrsd.server.comun;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem+json body where no controller runs (security filters, size limits).
 */
@Component
public class EscritorProblemas {

	private final JsonMapper json;

	EscritorProblemas(JsonMapper json) {
		this.json = json;
	}

	public void escribir(HttpServletResponse respuesta, ProblemDetail problema) throws IOException {
		respuesta.setStatus(problema.getStatus());
		respuesta.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		respuesta.setCharacterEncoding("UTF-8");
		json.writeValue(respuesta.getOutputStream(), problema);
	}

}
