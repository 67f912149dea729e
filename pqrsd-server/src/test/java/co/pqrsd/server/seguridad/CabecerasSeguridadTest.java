package co.pqrsd.server.seguridad;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Security headers and the session cookie, through a trusted HTTPS proxy and without it.
 */
@DetrasDeProxy
class CabecerasSeguridadTest {

	@LocalServerPort
	int puerto;

	private static List<String> cookies(HttpResponse<String> r) {
		return r.headers().allValues("Set-Cookie");
	}

	@Test
	void porHttpsDetrasDelProxyLaCookieEsSecureYSeEnviaHsts() {
		var r = new SesionWeb(puerto).con("X-Forwarded-Proto", "https").get("/login");
		assertThat(cookies(r)).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").containsIgnoringCase("Secure"));
		assertThat(r.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000"));
	}

	@Test
	void porHttpLaCookieNoEsSecureNiSeEnviaHsts() {
		var r = new SesionWeb(puerto).get("/login");
		assertThat(cookies(r))
			.anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").doesNotContainIgnoringCase("Secure"));
		assertThat(r.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void elMarcoLoGobiernaSoloCspConLosOrigenesConfigurados() {
		for (String ruta : List.of("/login", "/api/v1/usuarios/yo")) {
			var r = new SesionWeb(puerto).get(ruta);
			assertThat(r.headers().firstValue("X-Frame-Options")).as(ruta).isEmpty();
			assertThat(r.headers().firstValue("Content-Security-Policy")).as(ruta)
				.hasValueSatisfying(
						v -> assertThat(v).contains("frame-ancestors 'self' https://share.alcaldia.example"));
			assertThat(r.headers().firstValue("Referrer-Policy")).as(ruta).hasValue("strict-origin-when-cross-origin");
		}
	}

}
