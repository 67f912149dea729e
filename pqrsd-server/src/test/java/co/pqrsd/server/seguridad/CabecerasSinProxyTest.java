package co.pqrsd.server.seguridad;

import static org.assertj.core.api.Assertions.assertThat;

import co.pqrsd.server.PruebaIntegracion;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Without configured proxies, nobody can claim HTTPS with a header. */
@PruebaIntegracion
class CabecerasSinProxyTest {

	@LocalServerPort
	int puerto;

	@Test
	void xForwardedProtoDeUnClienteNoConfiableSeIgnora() {
		var r = new SesionWeb(puerto).con("X-Forwarded-Proto", "https").get("/login");
		assertThat(r.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(r.headers().allValues("Set-Cookie"))
			.allSatisfy(c -> assertThat(c).doesNotContainIgnoringCase("Secure"));
		assertThat(r.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying(v -> assertThat(v).endsWith("frame-ancestors 'self'"));
		assertThat(r.headers().firstValue("X-Frame-Options")).isEmpty();
	}

}
