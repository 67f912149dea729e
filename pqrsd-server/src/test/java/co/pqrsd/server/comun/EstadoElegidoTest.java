package co.pqrsd.server.comun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** A status a controller chose on purpose is answered as such, never as a 500. */
class EstadoElegidoTest {

	private final ManejadorErrores manejador = new ManejadorErrores(List.of());

	@Test
	void unNoEncontradoElegidoEsUn404ConSuPaginaEnEspanol() {
		Object r = manejador.estado(new ResponseStatusException(HttpStatus.NOT_FOUND),
				new MockHttpServletRequest("GET", "/verificacion/x"));
		assertThat(r).isInstanceOf(ModelAndView.class);
		ModelAndView vista = (ModelAndView) r;
		assertThat(vista.getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(((ProblemDetail) vista.getModel().get("problema")).getDetail())
			.isEqualTo("No encontramos lo que buscaba.");
	}

	@Test
	void enLaApiEsProblemJsonConCodigoEstable() {
		Object r = manejador.estado(new ResponseStatusException(HttpStatus.FORBIDDEN, "No."),
				new MockHttpServletRequest("GET", "/api/v1/x"));
		ResponseEntity<?> respuesta = (ResponseEntity<?>) r;
		assertThat(respuesta.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(((ProblemDetail) respuesta.getBody()).getProperties()).containsEntry("code", "ACCESO_DENEGADO");
	}

}
