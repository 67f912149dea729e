package co.pqrsd.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code sql} phase: the server runs on a durable PostgreSQL of its own (same
 * settings as the embedded one) with pg_stat_statements loaded, and at the end the
 * statements are listed by total execution time, which says where PostgreSQL's share of a
 * radicación goes (counter, insertions, full-text index, audit, read-back, commit).
 */
final class EstadisticasSql implements AutoCloseable {

	private final EmbeddedPostgres postgres;

	private final Path directorio;

	private EstadisticasSql(EmbeddedPostgres postgres, Path directorio) {
		this.postgres = postgres;
		this.directorio = directorio;
	}

	static EstadisticasSql iniciar() throws IOException {
		// zonky logs every line of initdb before Spring sets the levels.
		((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("io.zonky"))
			.setLevel(ch.qos.logback.classic.Level.WARN);
		Path directorio = Files.createTempDirectory("pqrsd-bench-sql");
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(directorio)
			.setCleanDataDirectory(true)
			.setPGStartupWait(Duration.ofSeconds(120))
			.setServerConfig("listen_addresses", "localhost")
			.setServerConfig("timezone", "America/Bogota")
			.setServerConfig("max_connections", "150")
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.setServerConfig("shared_preload_libraries", "pg_stat_statements")
			.setServerConfig("pg_stat_statements.track_utility", "on")
			.start();
		return new EstadisticasSql(postgres, directorio);
	}

	String[] argumentos() {
		return new String[] { "--pqrsd.db.url=" + postgres.getJdbcUrl("postgres", "postgres"),
				"--pqrsd.db.user=postgres" };
	}

	Path directorio() {
		return directorio;
	}

	void reiniciar(JdbcTemplate jdbc) {
		jdbc.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
		jdbc.queryForList("SELECT pg_stat_statements_reset()");
	}

	void imprimir(JdbcTemplate jdbc) {
		imprimir(jdbc, 0);
	}

	/**
	 * @param solicitudes when positive, the requests of the window: the statements are
	 * then listed with their calls per request, 40 of them
	 */
	void imprimir(JdbcTemplate jdbc, long solicitudes) {
		List<Map<String, Object>> filas = jdbc.queryForList("""
				SELECT calls, total_exec_time, mean_exec_time,
				       100 * total_exec_time / sum(total_exec_time) OVER () AS parte,
				       regexp_replace(left(query, 110), '\\s+', ' ', 'g') AS consulta
				FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%'
				ORDER BY total_exec_time DESC LIMIT """ + (solicitudes > 0 ? 40 : 20));
		if (solicitudes > 0) {
			long llamadas = jdbc.queryForObject(
					"SELECT sum(calls) FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%'",
					Long.class);
			AppBenchmark.linea(String.format(Locale.ROOT,
					"== PostgreSQL: %d solicitudes, %.1f sentencias por solicitud (todas, COMMIT incluido)",
					solicitudes, (double) llamadas / solicitudes));
		}
		AppBenchmark.linea("== PostgreSQL: sentencias por tiempo total de ejecución (pg_stat_statements, "
				+ "todas las fases medidas; COMMIT incluye la espera del fsync)");
		AppBenchmark.linea("| llamadas | total (ms) | media (ms) | parte | sentencia |");
		AppBenchmark.linea("|---|---|---|---|---|");
		for (Map<String, Object> f : filas) {
			long llamadas = ((Number) f.get("calls")).longValue();
			AppBenchmark
				.linea(String.format(Locale.ROOT, "| %s | %.0f | %.3f | %.1f %% | `%s` |",
						solicitudes > 0 ? String.format(Locale.ROOT, "%d (%.2f/sol.)", llamadas,
								(double) llamadas / solicitudes) : Long.toString(llamadas),
						((Number) f.get("total_exec_time")).doubleValue(),
						((Number) f.get("mean_exec_time")).doubleValue(), ((Number) f.get("parte")).doubleValue(),
						f.get("consulta").toString().replace("|", "\\|")));
		}
	}

	@Override
	public void close() throws IOException {
		postgres.close();
	}

}
