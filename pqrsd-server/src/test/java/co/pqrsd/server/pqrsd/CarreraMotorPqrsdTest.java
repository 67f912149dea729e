package co.pqrsd.server.pqrsd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import co.pqrsd.server.ClienteApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A user's actions racing the engine's background work on the same case: the case's timer
 * fired by another thread at the very moment the jefe approves the answer (which ends the
 * process, timer included) and the funcionario writes a note. Whoever loses the race is
 * retried; the user never gets a 500.
 */
class CarreraMotorPqrsdTest extends PruebaConMotor {

	private static final String DEPENDENCIA = "872";

	@BeforeEach
	void usuarios() {
		preparar("cr", DEPENDENCIA);
	}

	@Test
	void unaAccionQueCoincideConElTemporizadorDelCasoNuncaDa500() throws Exception {
		ExecutorService hilos = Executors.newFixedThreadPool(3);
		List<String> respuestas = Collections.synchronizedList(new ArrayList<>());
		try {
			for (int vuelta = 0; vuelta < 6; vuelta++) {
				String r = p.crear("crventanilla", "PETICION", "GENERAL", DEPENDENCIA, "");
				p.asignar("crjefe", r, "crfunc");
				var respuesta = p.como("crfunc").post(url(r, "respuesta"), "{\"texto\":\"Respuesta " + vuelta + "\"}");
				assertThat(respuesta.estado()).as(respuesta.cuerpo()).isEqualTo(200);
				CyclicBarrier salida = new CyclicBarrier(3);
				Future<?> aprobacion = hilos.submit(() -> {
					salida.await();
					respuestas.add(codigo("aprobacion", p.como("crjefe")
						.post(url(r, "aprobacion"), "{\"aprobada\":true,\"observaciones\":\"Bien\"}")));
					return null;
				});
				Future<?> nota = hilos.submit(() -> {
					salida.await();
					respuestas.add(codigo("notas", p.como("crfunc").post(url(r, "notas"), "{\"texto\":\"Nota\"}")));
					return null;
				});
				Future<?> timer = hilos.submit(() -> {
					salida.await();
					try {
						motor.dispararTimer(r);
					}
					catch (RuntimeException perdioElTimer) {
						// The engine's job lost the race: the executor retries it later.
					}
					return null;
				});
				aprobacion.get(60, TimeUnit.SECONDS);
				nota.get(60, TimeUnit.SECONDS);
				timer.get(60, TimeUnit.SECONDS);
				if (!"RESPONDIDA".equals(p.estado(r))) {
					// Only a 409 CONFLICTO_CONCURRENTE may leave it undone: asked again,
					// it
					// goes through.
					var otra = p.como("crjefe").post(url(r, "aprobacion"), "{\"aprobada\":true}");
					assertThat(otra.estado()).as(otra.cuerpo()).isEqualTo(200);
				}
				assertThat(p.estado(r)).isEqualTo("RESPONDIDA");
				assertThat(motor.pasoActual(r)).as("el proceso terminó, con su temporizador").isNull();
			}
		}
		finally {
			hilos.shutdownNow();
		}
		assertThat(respuestas).noneMatch(c -> c.contains(" 500 ") || c.contains("ERROR_INTERNO"))
			.allMatch(c -> c.endsWith(" 200") || c.contains(" 409 CONFLICTO_CONCURRENTE")
					|| c.contains(" 409 ACCION_NO_PERMITIDA"));
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM (SELECT clave FROM notificacion WHERE clave LIKE ? GROUP BY clave, usuario "
						+ "HAVING count(*) > 1) repetidas",
				Long.class, "%/SEMAFORO_%"))
			.as("ningún aviso repetido")
			.isZero();
	}

	private static String url(String radicado, String accion) {
		return "/api/v1/pqrsd/" + radicado + "/" + accion;
	}

	private static String codigo(String accion, ClienteApi.Respuesta r) {
		if (r.estado() == 200) {
			return accion + " 200";
		}
		String codigo = r.cuerpo().contains("\"code\"") ? r.json().get("code").asString() : r.cuerpo();
		return accion + " " + r.estado() + " " + codigo;
	}

}
