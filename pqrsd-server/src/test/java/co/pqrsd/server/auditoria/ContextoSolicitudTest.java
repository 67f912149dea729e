package co.pqrsd.server.auditoria;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ContextoSolicitudTest {

	private final ContextoSolicitud contexto = new ContextoSolicitud(new AuditoriaProperties(List.of("10.0.0.5")));

	@Test
	void sinProxyConfiableSeIgnoraXForwardedFor() {
		MockHttpServletRequest req = new MockHttpServletRequest();
		req.setRemoteAddr("190.1.2.3");
		req.addHeader("X-Forwarded-For", "1.1.1.1");
		assertThat(contexto.ipCliente(req)).isEqualTo("190.1.2.3");
	}

	@Test
	void detrasDeUnProxyConfiableSeTomaElPrimerSaltoNoConfiable() {
		MockHttpServletRequest req = new MockHttpServletRequest();
		req.setRemoteAddr("10.0.0.5");
		req.addHeader("X-Forwarded-For", "8.8.8.8, 181.50.1.2, 10.0.0.5");
		assertThat(contexto.ipCliente(req)).isEqualTo("181.50.1.2");
	}

}
