package co.pqrsd.benchmarks;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import co.pqrsd.core.comun.Colombia;
import co.pqrsd.core.pqrsd.Aviso;
import co.pqrsd.core.pqrsd.PlanAvisos;
import co.pqrsd.core.pqrsd.Plazos;
import co.pqrsd.core.pqrsd.Pqrsd;
import co.pqrsd.server.infraestructura.PqrsdProperties;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue #9: the ~5 000 timers due on one day fire within one minute. {@code n} PETICION
 * GENERAL cases are radicated on the same morning through the real API and assigned
 * ({@link SiembraPqrsd}), so every one has its AMARILLO reminder at the same instant
 * (office opening of the same business day, from the core's {@link PlanAvisos}). The
 * server's clock ({@link RelojBenchmark}) is then moved one second past that instant, and
 * the benchmark counts, every 100 ms, the reminders delivered: rows of
 * {@code notificacion} whose {@code clave} contains {@code /SEMAFORO_AMARILLO/} (one per
 * case: only the assignee is told). It reports the time until the first, half, 95 % and
 * all of them, the delay of each one (its {@code creada_en} minus the moment the clock
 * moved: the clock keeps running at real speed after the jump) and checks that none was
 * delivered twice and that no ROJO reminder fired. Run:
 * {@code scripts/benchmark.sh timers [n] [límite en segundos]}.
 */
public final class TimersCarga {

	static final LocalDate DIA = LocalDate.parse(System.getProperty("bench.dia", "2026-03-10"));

	private static final String AMARILLO = "%/SEMAFORO_AMARILLO/%";

	private TimersCarga() {
	}

	public static void main(String[] args) throws Exception {
		String[] partes = args.length > 0 ? args[0].trim().split("\\s+") : new String[0];
		int n = partes.length > 0 && !partes[0].isBlank() ? Integer.parseInt(partes[0]) : 5_000;
		int limite = partes.length > 1 ? Integer.parseInt(partes[1]) : 300;
		int sembradores = Integer.getInteger("bench.sembradores", 32);
		int dependencias = 10;
		int funcionarios = 20;
		RelojBenchmark reloj = new RelojBenchmark(DIA.atTime(7, 0).atZone(Colombia.ZONA).toInstant());
		try (ConfigurableApplicationContext app = AppBenchmark.iniciar("timers", true, reloj)) {
			int puerto = ((WebServerApplicationContext) app).getWebServer().getPort();
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			SiembraPqrsd siembra = new SiembraPqrsd(puerto, dependencias, funcionarios, sembradores);
			siembra.preparar();
			reloj.saltar(DIA, LocalTime.of(9, 0));
			long t0 = System.nanoTime();
			long abiertos = siembra.sembrar(0, n, i -> {
				int dep = (int) (i % dependencias);
				String codigo = SiembraPqrsd.codigo(dep);
				return new SiembraPqrsd.Caso(PqrsdCarga.json((int) (i % 1000), i, "PETICION", "GENERAL", codigo),
						codigo, SiembraPqrsd.funcionario(dep, (int) (i / dependencias % funcionarios)));
			});
			AppBenchmark.linea(String.format(Locale.ROOT,
					"== Temporizadores: %d núcleos; %d PETICION GENERAL radicadas el %s entre las 09:00 y las %s y asignadas "
							+ "(%.0f s de siembra, %d clientes)",
					Runtime.getRuntime().availableProcessors(), abiertos, DIA,
					LocalTime.ofInstant(reloj.instant(), Colombia.ZONA).withNano(0), (System.nanoTime() - t0) / 1e9,
					sembradores));
			EstadoMotor.esperarAlDia(jdbc, reloj, Duration.ofMinutes(5));
			Plazos plazos = SiembraPqrsd.plazos(app);
			Map<Instant, Integer> momentos = new TreeMap<>();
			for (Pqrsd caso : SiembraPqrsd.casos(app)) {
				PlanAvisos.de(caso, plazos)
					.stream()
					.filter(a -> a.tipo() == Aviso.Tipo.SEMAFORO_AMARILLO)
					.forEach(a -> momentos.merge(a.programadoPara(), 1, Integer::sum));
			}
			if (momentos.isEmpty()) {
				AppBenchmark.linea("[temporizadores] ningún caso tiene aviso AMARILLO en su plan: nada que medir");
				System.exit(1);
			}
			Instant momento = momentos.keySet().stream().max(Instant::compareTo).orElseThrow();
			long esperados = momentos.values().stream().mapToLong(Integer::longValue).sum();
			long antes = contar(jdbc, AMARILLO);
			long timers = EstadoMotor.contar(jdbc, "act_ru_timer_job", "duedate_ <= ?",
					Timestamp.from(momento.plusSeconds(1)));
			AppBenchmark.linea("[temporizadores] avisos AMARILLO en el plan de los casos: " + momentos
					+ "; ya entregados antes de mover el reloj: " + antes + "; temporizadores del motor que vencen "
					+ "hasta ese momento: " + (timers < 0 ? "(sin tablas del motor)" : timers) + "; "
					+ EstadoMotor.resumen(jdbc));
			Instant salto = momento.plusSeconds(1);
			Cpu cpu = new Cpu(app.getBean(PqrsdProperties.class).datosDir().resolve("postgres"));
			Cpu.Instantanea cpuAntes = cpu.tomar();
			long inicio = System.nanoTime();
			reloj.saltar(salto);
			AppBenchmark.linea("[temporizadores] reloj del servidor movido a " + salto.atZone(Colombia.ZONA)
					+ "; se cuentan las notificaciones AMARILLO cada 100 ms (límite " + limite + " s)");
			double primero = -1;
			double mitad = -1;
			double p95 = -1;
			double todos = -1;
			long ultimoInforme = inicio;
			long entregados = 0;
			long fin = inicio + Duration.ofSeconds(limite).toNanos();
			// Nothing at all after 90 s: the reminders are not scheduled (no engine yet),
			// no point in waiting for the whole limit.
			long sinNada = inicio + Duration.ofSeconds(90).toNanos();
			while (System.nanoTime() < fin) {
				if (primero < 0 && System.nanoTime() > sinNada) {
					AppBenchmark.linea("[temporizadores] ningún aviso AMARILLO entregado en 90 s: se deja de esperar");
					break;
				}
				entregados = contar(jdbc, AMARILLO) - antes;
				double s = (System.nanoTime() - inicio) / 1e9;
				if (primero < 0 && entregados > 0) {
					primero = s;
				}
				if (mitad < 0 && entregados * 2 >= esperados) {
					mitad = s;
				}
				if (p95 < 0 && entregados * 100 >= esperados * 95) {
					p95 = s;
				}
				if (entregados >= esperados) {
					todos = s;
					break;
				}
				if (System.nanoTime() - ultimoInforme > Duration.ofSeconds(5).toNanos()) {
					AppBenchmark.linea(
							String.format(Locale.ROOT, "[temporizadores] %.1f s: %d de %d", s, entregados, esperados));
					ultimoInforme = System.nanoTime();
				}
				Thread.sleep(100);
			}
			// CPU of the whole server JVM (the engine's executor threads are not request
			// threads) and of PostgreSQL from the jump to the last aviso (or the limit).
			Cpu.Gasto gasto = cpu.tomar().menos(cpuAntes);
			// Whatever was still going on finishes before the checks.
			Thread.sleep(2000);
			entregados = contar(jdbc, AMARILLO) - antes;
			Map<String, Object> retrasos = jdbc.queryForMap("""
					SELECT count(*) AS n, count(DISTINCT clave) AS claves,
					       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM creada_en - ?)) AS p50,
					       percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM creada_en - ?)) AS p95,
					       max(extract(epoch FROM creada_en - ?)) AS maximo
					FROM notificacion WHERE clave LIKE ?""", Timestamp.from(salto), Timestamp.from(salto),
					Timestamp.from(salto), AMARILLO);
			long rojos = contar(jdbc, "%/SEMAFORO_ROJO/%");
			long repetidos = ((Number) retrasos.get("n")).longValue() - ((Number) retrasos.get("claves")).longValue();
			long enviados = EstadoMotor.contar(jdbc, "pqrsd_aviso_enviado", "clave LIKE ?", AMARILLO);
			long correos = EstadoMotor.contar(jdbc, "correo_saliente", "asunto LIKE '%amarillo%' OR texto LIKE ?",
					"%pasó a amarillo%");
			AppBenchmark.linea(String.format(Locale.ROOT,
					"[temporizadores] entregados %d de %d; primero a los %s, la mitad a los %s, el 95 %% a los %s, "
							+ "todos a los %s; retraso por aviso (creada_en − salto) p50 %s s, p95 %s s, máximo %s s; "
							+ "claves repetidas: %d; avisos ROJO entregados: %d; filas en pqrsd_aviso_enviado: %s; "
							+ "correos en cola: %s; %s",
					entregados, esperados, seg(primero), seg(mitad), seg(p95), seg(todos), num(retrasos.get("p50")),
					num(retrasos.get("p95")), num(retrasos.get("maximo")), repetidos, rojos,
					enviados < 0 ? "(sin tabla)" : enviados, correos < 0 ? "(sin tabla)" : correos,
					EstadoMotor.resumen(jdbc)));
			long porAviso = Math.max(1, entregados);
			AppBenchmark.linea(String.format(Locale.ROOT,
					"[temporizadores] CPU por aviso entregado, del salto al último: JVM del servidor %.2f ms (hilos del "
							+ "motor y demás %.2f, GC/JIT %.2f), PostgreSQL %.2f ms; con 2 núcleos libres eso da un techo de "
							+ "unos %.0f avisos/s",
					(gasto.procesoNs() - gasto.generadorNs()) / 1e6 / porAviso, gasto.otrosMs(porAviso),
					gasto.jvmRestoMs(porAviso), gasto.postgresMs(porAviso), 2000.0 / Math.max(0.001,
							(gasto.procesoNs() - gasto.generadorNs() + gasto.postgresNs()) / 1e6 / porAviso)));
			boolean cumple = todos >= 0 && todos <= 60 && repetidos == 0;
			AppBenchmark.linea("== Resumen (Markdown)");
			AppBenchmark.linea(
					"| avisos que vencen juntos | entregados | primero (s) | 50 % (s) | 95 % (s) | todos (s) | retraso p50 / p95 / máx. (s) | repetidos | meta: todos en ≤ 60 s |");
			AppBenchmark.linea("|---|---|---|---|---|---|---|---|---|");
			AppBenchmark.linea(String.format(Locale.ROOT, "| %d | %d | %s | %s | %s | %s | %s / %s / %s | %d | %s |",
					esperados, entregados, seg(primero), seg(mitad), seg(p95), seg(todos), num(retrasos.get("p50")),
					num(retrasos.get("p95")), num(retrasos.get("maximo")), repetidos, cumple ? "cumple" : "NO cumple"));
			if (!cumple) {
				System.exit(1);
			}
		}
	}

	private static long contar(JdbcTemplate jdbc, String patron) {
		Long n = jdbc.queryForObject("SELECT count(*) FROM notificacion WHERE clave LIKE ?", Long.class, patron);
		return n == null ? 0 : n;
	}

	private static String seg(double s) {
		return s < 0 ? "—" : String.format(Locale.ROOT, "%.1f", s);
	}

	private static String num(Object o) {
		return o == null ? "—" : String.format(Locale.ROOT, "%.1f", ((Number) o).doubleValue());
	}

}
