package co.pqrsd.server.radicacion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * The QR codes need the real public address: production must be told when it is missing.
 */
class UrlPublicaTest {

	@Test
	void avisaCuandoLaDireccionPublicaNoEstaConfigurada() {
		assertThat(VerificacionPublicaController.avisoUrlPublica(new MockEnvironment())).contains("PQRSD_URL_PUBLICA");
		assertThat(VerificacionPublicaController.avisoUrlPublica(
				new MockEnvironment().withProperty("pqrsd.radicacion.url-publica", "http://localhost:8080")))
			.contains("PQRSD_URL_PUBLICA");
		assertThat(VerificacionPublicaController
			.avisoUrlPublica(new MockEnvironment().withProperty("pqrsd.radicacion.url-publica", "http://127.0.0.1/")))
			.isNotNull();
	}

	@Test
	void noAvisaConUnaDireccionReal() {
		assertThat(VerificacionPublicaController.avisoUrlPublica(new MockEnvironment()
			.withProperty("pqrsd.radicacion.url-publica", "https://pqrsd.sesquile-cundinamarca.gov.co"))).isNull();
	}

}
