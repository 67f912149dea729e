package co.pqrsd.server.notificaciones;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The wait between mail attempts doubles up to its cap; links are absolute. */
class EsperaReintentosTest {

	private final CorreoProperties propiedades = new CorreoProperties("pqrsd@x.co", "pqrsd", "https://pqrsd.gov.co/",
			10, Duration.ofSeconds(30), Duration.ofHours(2), Duration.ofSeconds(5));

	@Test
	void laEsperaSeDuplicaHastaElTope() {
		assertThat(propiedades.espera(1)).isEqualTo(Duration.ofSeconds(30));
		assertThat(propiedades.espera(2)).isEqualTo(Duration.ofMinutes(1));
		assertThat(propiedades.espera(3)).isEqualTo(Duration.ofMinutes(2));
		assertThat(propiedades.espera(9)).isEqualTo(Duration.ofHours(2));
		assertThat(propiedades.espera(1000)).isEqualTo(Duration.ofHours(2));
	}

	@Test
	void losEnlacesSonAbsolutosSinBarrasDobles() {
		assertThat(propiedades.enlace("/pqrsd/casos/1")).isEqualTo("https://pqrsd.gov.co/pqrsd/casos/1");
		assertThat(propiedades.enlace("notificaciones")).isEqualTo("https://pqrsd.gov.co/notificaciones");
	}

}
