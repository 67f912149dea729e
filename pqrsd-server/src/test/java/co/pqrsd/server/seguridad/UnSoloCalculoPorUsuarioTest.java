package co.pqrsd.server.seguridad;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.PruebaIntegracion;
import co.pqrsd.server.RelojAjustable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * When a user's cached credentials expire under load, Argon2 runs once, not once per
 * request.
 */
@PruebaIntegracion
class UnSoloCalculoPorUsuarioTest {

	@LocalServerPort
	int puerto;

	@Autowired
	CacheCredenciales cache;

	@Autowired
	RelojAjustable reloj;

	@Test
	void treintaYDosSolicitudesTrasLaExpiracionCalculanUnSoloHash() throws Exception {
		ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN)
			.post("/api/v1/usuarios", ClienteApi.json(Map.of("username", "concurrente", "nombre", "C", "email",
					"c@x.co", "password", "Simultanea2026x", "roles", List.of("FUNCIONARIO"))));
		ClienteApi cliente = ClienteApi.como(puerto, "concurrente", "Simultanea2026x");
		assertThat(cliente.get("/api/v1/usuarios/yo").estado()).isEqualTo(200);
		reloj.fijar(reloj.instant().plus(Duration.ofMinutes(2)));
		ExecutorService hilos = Executors.newFixedThreadPool(32);
		try {
			long antes = cache.calculos();
			CountDownLatch salida = new CountDownLatch(1);
			List<Future<Integer>> respuestas = new ArrayList<>();
			for (int i = 0; i < 32; i++) {
				respuestas.add(hilos.submit(() -> {
					salida.await();
					return cliente.get("/api/v1/usuarios/yo").estado();
				}));
			}
			salida.countDown();
			for (Future<Integer> r : respuestas) {
				assertThat(r.get()).isEqualTo(200);
			}
			assertThat(cache.calculos() - antes).isEqualTo(1);
		}
		finally {
			hilos.shutdown();
			reloj.restablecer();
		}
	}

}
