package co.pqrsd.server.auditoria;

import co.pqrsd.benchmarks.AppBenchmark;
import co.pqrsd.benchmarks.Medicion;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 3's performance targets, measured on the real server code and a durable embedded
 * PostgreSQL:
 * <ol>
 * <li>audit overhead per audited action at 50 concurrent writers (p95 target under 2 ms):
 * each writer runs transactions of one business insert plus one
 * {@code Auditoria.registrar}, and the registrar call is timed;</li>
 * <li>verification of 1 million entries (target under 30 s);</li>
 * <li>search over 5 million entries with the usual filters (p95 target under 300
 * ms).</li>
 * </ol>
 * The writer phase runs twice: paced (each of the 50 writers acts every 100 ms, 500
 * audited actions/s in all, far above a municipality's real load) and saturated (no
 * pause: on 2 cores this measures CPU queueing, not overhead). Run:
 * {@code scripts/benchmark.sh auditoria [segundos] [fases]}, fases a comma list of
 * escritores,verificacion,busqueda.
 */
// Lives in the audit module's package (in the benchmarks jar) so that it can drive the
// module's internals
// (search, verification) without widening the module's public surface.
public final class AuditoriaCarga {

	private AuditoriaCarga() {
	}

	public static void main(String[] args) throws Exception {
		String[] partes = args.length > 0 ? args[0].trim().split("\\s+") : new String[0];
		int segundos = partes.length > 0 && !partes[0].isBlank() ? Integer.parseInt(partes[0]) : 30;
		String fases = partes.length > 1 ? partes[1] : "escritores,verificacion,busqueda";
		try (ConfigurableApplicationContext app = AppBenchmark.iniciar("auditoria", false,
				"--pqrsd.auditoria.intervalo-sellado-ms=500")) {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			TransactionTemplate tx = app.getBean(TransactionTemplate.class);
			Auditoria auditoria = app.getBean(Auditoria.class);
			AppBenchmark.linea("== Auditoría: " + Runtime.getRuntime().availableProcessors()
					+ " núcleos, PostgreSQL con fsync=" + jdbc.queryForObject("SHOW fsync", String.class)
					+ ", synchronous_commit=" + jdbc.queryForObject("SHOW synchronous_commit", String.class));
			if (fases.contains("escritores")) {
				escritores(jdbc, tx, auditoria, 50, segundos, 100);
				escritores(jdbc, tx, auditoria, 50, segundos, 0);
			}
			if (fases.contains("verificacion")) {
				verificacion(app, jdbc, 1_000_000);
			}
			if (fases.contains("busqueda")) {
				busqueda(app, jdbc, 5_000_000);
			}
		}
	}

	/**
	 * @param pausaMs each writer's pause between actions (0: as fast as possible)
	 */
	static void escritores(JdbcTemplate jdbc, TransactionTemplate tx, Auditoria auditoria, int hilos, int segundos,
			int pausaMs) throws Exception {
		jdbc.execute(
				"CREATE TABLE IF NOT EXISTS bench_negocio (id bigserial PRIMARY KEY, dato text, creado timestamptz DEFAULT now())");
		Medicion registro = new Medicion();
		Medicion transaccion = new Medicion();
		AtomicLong acciones = new AtomicLong();
		long fin = System.nanoTime() + Duration.ofSeconds(segundos).toNanos();
		long calentamiento = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		CountDownLatch listos = new CountDownLatch(hilos);
		List<Thread> lista = new ArrayList<>();
		for (int h = 0; h < hilos; h++) {
			int hilo = h;
			Thread t = new Thread(() -> {
				AppBenchmark.actuarComo("funcionario" + hilo);
				long n = 0;
				while (System.nanoTime() < fin) {
					long id = hilo * 10_000_000L + n++;
					long t0 = System.nanoTime();
					long[] dentro = new long[1];
					tx.executeWithoutResult(s -> {
						jdbc.update("INSERT INTO bench_negocio (dato) VALUES (?)", "acción " + id);
						long a = System.nanoTime();
						auditoria.registrar(AccionAuditoria.RADICADO_CONSULTADO, "RADICADO", Long.toString(id),
								Map.of("dependencia", "200", "canal", "WEB"));
						dentro[0] = System.nanoTime() - a;
					});
					long t1 = System.nanoTime();
					if (t0 > calentamiento) {
						registro.anotar(dentro[0]);
						transaccion.anotar(t1 - t0);
						acciones.incrementAndGet();
					}
					if (pausaMs > 0) {
						try {
							Thread.sleep(Math.max(0, pausaMs - (t1 - t0) / 1_000_000));
						}
						catch (InterruptedException e) {
							Thread.currentThread().interrupt();
							return;
						}
					}
				}
				listos.countDown();
			}, "escritor-" + h);
			lista.add(t);
			t.start();
		}
		listos.await();
		Histogram r = registro.cerrar();
		Histogram t = transaccion.cerrar();
		AppBenchmark.linea("[1] " + hilos + " escritores concurrentes, "
				+ (pausaMs > 0 ? "cada uno actúa cada " + pausaMs + " ms" : "sin pausa (saturación)") + ", "
				+ (segundos - 5) + " s medidos (5 s de calentamiento): " + acciones.get() + " acciones auditadas, "
				+ (acciones.get() / Math.max(1, segundos - 5)) + " acciones/s");
		AppBenchmark.linea("    sobrecosto de auditoría por acción (Auditoria.registrar): " + Medicion.resumen(r)
				+ "  [meta: p95 < 2 ms]");
		AppBenchmark.linea("    transacción completa (acción + auditoría + commit con fsync): " + Medicion.resumen(t));
	}

	static void verificacion(ConfigurableApplicationContext app, JdbcTemplate jdbc, long objetivo) {
		long actuales = jdbc.queryForObject("SELECT count(*) FROM auditoria_evento", Long.class);
		cargar(jdbc, objetivo - actuales, 0);
		long t0 = System.nanoTime();
		ResultadoVerificacion r = app.getBean(VerificacionAuditoria.class).verificar();
		long ms = (System.nanoTime() - t0) / 1_000_000;
		AppBenchmark.linea("[2] sellado de lo pendiente + verificación de " + r.entradas() + " entradas: " + ms
				+ " ms en total, verificación " + r.duracionMs() + " ms; íntegra=" + r.integra() + "  [meta: < 30 s]");
		long t1 = System.nanoTime();
		ResultadoVerificacion r2 = app.getBean(VerificacionAuditoria.class).verificar();
		AppBenchmark.linea("    segunda verificación (todo ya sellado): " + r2.entradas() + " entradas en "
				+ (System.nanoTime() - t1) / 1_000_000 + " ms; íntegra=" + r2.integra());
	}

	static void busqueda(ConfigurableApplicationContext app, JdbcTemplate jdbc, long objetivo) {
		long actuales = jdbc.queryForObject("SELECT count(*) FROM auditoria_evento", Long.class);
		cargar(jdbc, objetivo - actuales, 1);
		jdbc.execute("ANALYZE auditoria_evento");
		BusquedaAuditoria busqueda = app.getBean(BusquedaAuditoria.class);
		TransactionTemplate tx = app.getBean(TransactionTemplate.class);
		AppBenchmark.actuarComo("controlinterno");
		SplittableRandom azar = new SplittableRandom(7);
		LocalDate hoy = LocalDate.now();
		String[] nombres = { "usuario + rango de 30 días", "id de objeto", "acción + rango de 7 días" };
		for (int tipo = 0; tipo < 3; tipo++) {
			Medicion m = new Medicion();
			for (int i = 0; i < 220; i++) {
				LocalDate desde = hoy.minusDays(azar.nextInt(5, 700));
				FiltroAuditoria f = switch (tipo) {
					case 0 -> FiltroAuditoria.de("u" + azar.nextInt(300), null, null, null, desde.toString(),
							desde.plusDays(30).toString(), null, 1, 50);
					case 1 -> FiltroAuditoria.de(null, null, "RADICADO",
							"2025" + (100 + azar.nextInt(9) * 100) + String.format("%06d", azar.nextInt(200_000)) + "2",
							null, null, null, 1, 50);
					default -> FiltroAuditoria.de(null, ACCIONES[azar.nextInt(ACCIONES.length)], null, null,
							desde.toString(), desde.plusDays(7).toString(), null, 1, 50);
				};
				long t0 = System.nanoTime();
				tx.executeWithoutResult(s -> busqueda.buscar(f));
				if (i >= 20) {
					m.anotar(System.nanoTime() - t0);
				}
			}
			AppBenchmark.linea("[3] búsqueda sobre " + objetivo + " entradas, filtro " + nombres[tipo]
					+ " (página de 50 + conteo hasta 10 000): " + Medicion.resumen(m.cerrar())
					+ "  [meta: p95 < 300 ms]");
		}
	}

	private static final String[] ACCIONES = { "RADICADO_CREADO", "RADICADO_CONSULTADO", "DOCUMENTO_DESCARGADO",
			"INICIO_SESION", "USUARIO_MODIFICADO", "ROTULO_GENERADO", "DOCUMENTO_AGREGADO", "RADICADOS_BUSCADOS" };

	/**
	 * Bulk-loads realistic entries straight in SQL: 300 users, 8 actions, radicado
	 * numbers over 9 dependencias, two years of timestamps. Only INSERT is used, as the
	 * application would.
	 */
	static void cargar(JdbcTemplate jdbc, long cuantas, int semilla) {
		if (cuantas <= 0) {
			return;
		}
		long t0 = System.nanoTime();
		long lote = 250_000;
		for (long hechas = 0; hechas < cuantas; hechas += lote) {
			long n = Math.min(lote, cuantas - hechas);
			jdbc.update(
					"""
							INSERT INTO auditoria_evento (instante, usuario, roles, dependencias, ip, agente, accion, objeto_tipo, objeto_id, resultado, detalles)
							SELECT now() - (random() * interval '730 days'), 'u' || (random() * 299)::int, '{FUNCIONARIO}', '{200}',
							       '10.0.' || (random() * 250)::int || '.' || (random() * 250)::int, 'Mozilla/5.0 (X11; Linux x86_64) Chrome/156',
							       (ARRAY['RADICADO_CREADO','RADICADO_CONSULTADO','DOCUMENTO_DESCARGADO','INICIO_SESION','USUARIO_MODIFICADO',
							              'ROTULO_GENERADO','DOCUMENTO_AGREGADO','RADICADOS_BUSCADOS'])[1 + (random() * 7)::int],
							       'RADICADO', '2025' || (100 + (random() * 8)::int * 100) || lpad(((random() * 199999)::int)::text, 6, '0') || '2',
							       'EXITO', jsonb_build_object('dependencia', '200', 'canal', 'WEB', 'lote', ?)
							FROM generate_series(1, ?)""",
					semilla, n);
		}
		AppBenchmark
			.linea("    (cargadas " + cuantas + " entradas en " + (System.nanoTime() - t0) / 1_000_000 + " ms)");
	}

}
