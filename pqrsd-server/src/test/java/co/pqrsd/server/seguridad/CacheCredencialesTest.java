package co.pqrsd.server.seguridad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

class CacheCredencialesTest {

	private final CacheCredenciales cache = new CacheCredenciales(Clock.systemUTC());

	private static Authentication autenticado() {
		return UsernamePasswordAuthenticationToken.authenticated("ana", null, List.of());
	}

	@Test
	void lasSolicitudesConcurrentesEsperanElMismoCalculo() throws Exception {
		AtomicInteger calculos = new AtomicInteger();
		CountDownLatch dentro = new CountDownLatch(1);
		CountDownLatch soltar = new CountDownLatch(1);
		ExecutorService hilos = Executors.newFixedThreadPool(16);
		try {
			Future<Authentication> primero = hilos.submit(() -> cache.autenticar("ana", "Clave2026xyz", () -> {
				calculos.incrementAndGet();
				dentro.countDown();
				esperar(soltar);
				return autenticado();
			}));
			dentro.await();
			List<Future<Authentication>> otros = new ArrayList<>();
			for (int i = 0; i < 15; i++) {
				otros.add(hilos.submit(() -> cache.autenticar("ana", "Clave2026xyz", () -> {
					calculos.incrementAndGet();
					return autenticado();
				})));
			}
			Thread.sleep(200);
			soltar.countDown();
			assertThat(primero.get()).isNotNull();
			for (Future<Authentication> f : otros) {
				assertThat(f.get()).isSameAs(primero.get());
			}
			assertThat(calculos).hasValue(1);
		}
		finally {
			hilos.shutdown();
		}
	}

	@Test
	void unFalloNoSeRecuerda() {
		assertThatThrownBy(() -> cache.autenticar("ana", "Mala2026xyz", () -> {
			throw new BadCredentialsException("no");
		})).isInstanceOf(BadCredentialsException.class);
		AtomicInteger calculos = new AtomicInteger();
		cache.autenticar("ana", "Mala2026xyz", () -> {
			calculos.incrementAndGet();
			return autenticado();
		});
		assertThat(calculos).hasValue(1);
	}

	@Test
	void olvidarObligaAVerificarDeNuevo() {
		AtomicInteger calculos = new AtomicInteger();
		cache.autenticar("ana", "Clave2026xyz", () -> {
			calculos.incrementAndGet();
			return autenticado();
		});
		cache.autenticar("ana", "Clave2026xyz", () -> {
			calculos.incrementAndGet();
			return autenticado();
		});
		cache.olvidar("ana");
		cache.autenticar("ana", "Clave2026xyz", () -> {
			calculos.incrementAndGet();
			return autenticado();
		});
		assertThat(calculos).hasValue(2);
	}

	private static void esperar(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

}
