package co.pqrsd.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the BPMN engine holds, read from its tables when they exist (they do once the
 * PQRSD process runs on Flowable): process instances, timers and other jobs. The
 * benchmarks only read them, to say what a measurement included.
 */
final class EstadoMotor {

	private EstadoMotor() {
	}

	static boolean existe(JdbcTemplate jdbc, String tabla) {
		return Boolean.TRUE.equals(jdbc.queryForObject("SELECT to_regclass(?) IS NOT NULL", Boolean.class, tabla));
	}

	static long contar(JdbcTemplate jdbc, String tabla, String condicion, Object... params) {
		if (!existe(jdbc, tabla)) {
			return -1;
		}
		Long n = jdbc.queryForObject("SELECT count(*) FROM " + tabla + " WHERE " + condicion, Long.class, params);
		return n == null ? 0 : n;
	}

	/** Running process instances, timers scheduled, other jobs waiting (-1: no table). */
	static String resumen(JdbcTemplate jdbc) {
		return String.format(Locale.ROOT,
				"motor: %s instancias de proceso en curso, %s temporizadores programados, %s trabajos asíncronos pendientes",
				texto(contar(jdbc, "act_ru_execution", "parent_id_ IS NULL")),
				texto(contar(jdbc, "act_ru_timer_job", "true")), texto(contar(jdbc, "act_ru_job", "true")));
	}

	private static String texto(long n) {
		return n < 0 ? "(sin tabla)" : Long.toString(n);
	}

	/** Timers already due at {@code ahora} and jobs waiting, -1 without the engine. */
	static long atrasados(JdbcTemplate jdbc, Instant ahora) {
		long timers = contar(jdbc, "act_ru_timer_job", "duedate_ <= ?", java.sql.Timestamp.from(ahora));
		long trabajos = contar(jdbc, "act_ru_job", "true");
		if (timers < 0) {
			return -1;
		}
		return timers + Math.max(0, trabajos);
	}

	/**
	 * Waits until the engine has no timer due and no job waiting (at most
	 * {@code limite}).
	 * @return whether it caught up
	 */
	static boolean esperarAlDia(JdbcTemplate jdbc, java.time.Clock reloj, Duration limite) throws InterruptedException {
		long fin = System.nanoTime() + limite.toNanos();
		long ultimo = Long.MAX_VALUE;
		long aviso = System.nanoTime();
		while (System.nanoTime() < fin) {
			long n = atrasados(jdbc, reloj.instant());
			if (n <= 0) {
				return true;
			}
			if (System.nanoTime() - aviso > Duration.ofSeconds(10).toNanos() || ultimo == Long.MAX_VALUE) {
				AppBenchmark.linea("[motor] esperando trabajos vencidos: " + n);
				aviso = System.nanoTime();
			}
			ultimo = n;
			Thread.sleep(500);
		}
		return false;
	}

}
