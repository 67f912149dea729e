package co.pqrsd.server.infraestructura;

import static org.assertj.core.api.Assertions.assertThat;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.PruebaIntegracion;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Request latencies are exported to Prometheus (issue #14), so the HTTP request
 * observation is on; Spring Security's filter-chain observations stay off: nothing reads
 * them and, with the request's, they cost about a quarter of the CPU of a cheap API call
 * (docs/rendimiento.md).
 */
@PruebaIntegracion
class ObservacionesTest {

	@LocalServerPort
	int puerto;

	@Autowired
	ObservationRegistry observaciones;

	@Autowired
	MeterRegistry medidores;

	@Test
	void seMidenLasSolicitudesHttpPeroNoLaCadenaDeSeguridad() {
		var r = ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN).get("/api/v1/usuarios/yo");
		assertThat(r.estado()).isEqualTo(200);
		assertThat(Observation.createNotStarted("http.server.requests", observaciones).isNoop()).isFalse();
		assertThat(Observation.createNotStarted("spring.security.filterchains", observaciones).isNoop()).isTrue();
		assertThat(medidores.getMeters()).extracting(m -> m.getId().getName())
			.contains("http.server.requests")
			.noneMatch(n -> n.startsWith("spring.security."));
	}

}
