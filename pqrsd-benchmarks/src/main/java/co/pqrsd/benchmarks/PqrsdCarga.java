package co.pqrsd.benchmarks;

import java.net.http.HttpRequest;
import java.util.Locale;

import co.pqrsd.benchmarks.RadicacionCarga.Generador;
import co.pqrsd.benchmarks.RadicacionCarga.Resultado;
import co.pqrsd.server.infraestructura.PqrsdProperties;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue #9: {@code POST /api/v1/pqrsd} (one-step radicación of the ENTRADA and opening of
 * the case: the core aggregate, its facts, the audit trail and, once the engine runs the
 * PQRSD process, its process instance and timers) against plain JSON radicación
 * ({@code POST /api/v1/radicados}), in the same run, with the same clients and the same
 * clerks (HTTP Basic), one after the other. Target: the PQRSD throughput at least half
 * the radicación throughput. Both go through the real endpoints, so whatever the engine
 * adds per case is measured as soon as it lands. Run:
 * {@code scripts/benchmark.sh pqrsd [segundos] [clientes]}.
 */
public final class PqrsdCarga {

	private static final String[] DEPENDENCIAS = { "100", "200", "300", "400" };

	private static final String[] MODALIDADES = { "GENERAL", "GENERAL", "DOCUMENTOS", "CONSULTA" };

	private PqrsdCarga() {
	}

	public static void main(String[] args) throws Exception {
		String[] partes = args.length > 0 ? args[0].trim().split("\\s+") : new String[0];
		int segundos = partes.length > 0 && !partes[0].isBlank() ? Integer.parseInt(partes[0]) : 30;
		int clientes = partes.length > 1 ? Integer.parseInt(partes[1]) : 32;
		int calentamiento = Math.max(1, Math.min(5, segundos / 2));
		int calentamientoInicial = Math.max(2, Math.min(30, 2 * segundos));
		// -Dbench.sql=true: the server on a PostgreSQL with pg_stat_statements, and the
		// statements of the measured PQRSD window listed with their calls per request.
		boolean conSql = Boolean.getBoolean("bench.sql");
		try (EstadisticasSql sql = conSql ? EstadisticasSql.iniciar() : null;
				ConfigurableApplicationContext app = AppBenchmark.iniciar("pqrsd", true,
						sql == null ? new String[0] : sql.argumentos())) {
			int puerto = ((WebServerApplicationContext) app).getWebServer().getPort();
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			Cpu cpu = new Cpu(
					sql == null ? app.getBean(PqrsdProperties.class).datosDir().resolve("postgres") : sql.directorio());
			int ventanillas = Integer.getInteger("bench.ventanillas", 1);
			preparar(puerto, clientes, ventanillas);
			AppBenchmark.linea(String.format(Locale.ROOT,
					"== PQRSD frente a radicación: %d núcleos; PostgreSQL fsync=%s, synchronous_commit=%s; %d clientes; "
							+ "calentamiento inicial de %d s (ambas rutas); %d s por medición tras %d s de calentamiento; "
							+ "un usuario RADICADOR por cliente con HTTP Basic, el mismo en las dos rutas, repartidos en %d "
							+ "ventanilla(s) (alcances de numeración)",
					Runtime.getRuntime().availableProcessors(), jdbc.queryForObject("SHOW fsync", String.class),
					jdbc.queryForObject("SHOW synchronous_commit", String.class), clientes, calentamientoInicial,
					segundos, calentamiento, ventanillas));
			Generador radicar = (c, i) -> RadicacionCarga.peticion(puerto, "/api/v1/radicados", c)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(RadicacionCarga.json(c, i)))
				.build();
			Generador pqrsd = (c, i) -> RadicacionCarga.peticion(puerto, "/api/v1/pqrsd", c)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json(c, i)))
				.build();
			RadicacionCarga.medir(puerto, clientes, calentamientoInicial / 2, 0, cpu, null, 201, radicar);
			RadicacionCarga.medir(puerto, clientes, calentamientoInicial / 2, 0, cpu, null, 201, pqrsd);
			long casosAntes = casos(jdbc);
			Resultado r = RadicacionCarga.medir(puerto, clientes, segundos, calentamiento, cpu,
					"POST /api/v1/radicados (JSON)", 201, radicar);
			if (sql != null) {
				sql.reiniciar(jdbc);
			}
			Resultado p = RadicacionCarga.medir(puerto, clientes, segundos, calentamiento, cpu,
					"POST /api/v1/pqrsd (radicación + caso)", 201, pqrsd);
			if (sql != null) {
				sql.imprimir(jdbc, casos(jdbc) - casosAntes);
			}
			double relacion = p.tasa() / r.tasa();
			AppBenchmark.linea(String.format(Locale.ROOT,
					"[%d clientes] relación PQRSD / radicación JSON: %.2f (%.1f / %.1f solicitudes/s); meta ≥ 0,50: %s",
					clientes, relacion, p.tasa(), r.tasa(), relacion >= 0.5 ? "CUMPLE" : "NO CUMPLE"));
			AppBenchmark.linea("[pqrsd] " + (casos(jdbc) - casosAntes) + " casos abiertos en la ventana medida y su "
					+ "calentamiento; " + EstadoMotor.resumen(jdbc));
			boolean bien = RadicacionCarga.comprobarNumeracion(jdbc);
			long casos = casos(jdbc);
			long sinCaso = jdbc.queryForObject(
					"SELECT count(*) FROM pqrsd_hecho h WHERE NOT EXISTS (SELECT 1 FROM pqrsd_caso c WHERE c.radicado = h.radicado)",
					Long.class);
			AppBenchmark.linea("[pqrsd] " + casos + " casos guardados en total (calentamiento incluido); hechos "
					+ "huérfanos: " + sinCaso);
			AppBenchmark.linea("== Resumen (Markdown)");
			AppBenchmark
				.linea("| clientes | radicados/s (JSON) | radicación p50 / p95 / p99 (ms) | PQRSD/s | PQRSD p50 / p95 / p99 (ms) "
						+ "| relación (meta ≥ 0,50) | CPU por solicitud, servidor Java / PostgreSQL (ms): radicación; PQRSD |");
			AppBenchmark.linea("|---|---|---|---|---|---|---|");
			AppBenchmark.linea(String.format(Locale.ROOT,
					"| %d | %.1f | %s | %.1f | %s | %.2f | %.2f / %.2f; %.2f / %.2f |", clientes, r.tasa(),
					percentiles(r), p.tasa(), percentiles(p), relacion, r.cpu().servidorMs(r.ok()),
					r.cpu().postgresMs(r.ok()), p.cpu().servidorMs(p.ok()), p.cpu().postgresMs(p.ok())));
			if (!bien || sinCaso != 0) {
				System.exit(1);
			}
		}
	}

	/**
	 * As {@link RadicacionCarga#preparar}, with the clerks spread over
	 * {@code ventanillas} radicating dependencias (120, 121, ...): each one numbers in
	 * its own counter scope. One ventanilla (the default) is the usual single front desk.
	 */
	static void preparar(int puerto, int clientes, int ventanillas) {
		if (ventanillas <= 1) {
			RadicacionCarga.preparar(puerto, clientes);
			return;
		}
		RadicacionCarga.preparar(puerto, 0);
		java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
		String admin = "Basic " + java.util.Base64.getEncoder()
			.encodeToString("admin:Benchmark2026pqrsd".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		for (int v = 1; v < ventanillas; v++) {
			RadicacionCarga.crear(http, admin, puerto, "/api/v1/dependencias",
					"{\"codigo\":\"" + (120 + v) + "\",\"nombre\":\"Ventanilla " + (v + 1) + "\"}");
		}
		for (int i = 0; i < clientes; i++) {
			RadicacionCarga.crear(http, admin, puerto, "/api/v1/usuarios",
					"{\"username\":\"clerk" + i + "\",\"nombre\":\"Clerk " + i + "\",\"email\":\"c" + i
							+ "@x.co\",\"password\":\"" + RadicacionCarga.CLAVE
							+ "\",\"roles\":[\"RADICADOR\"],\"dependencias\":[\"" + (120 + i % ventanillas) + "\"]}");
		}
	}

	private static long casos(JdbcTemplate jdbc) {
		Long n = jdbc.queryForObject("SELECT count(*) FROM pqrsd_caso", Long.class);
		return n == null ? 0 : n;
	}

	static String percentiles(Resultado r) {
		return String.format(Locale.ROOT, "%.1f / %.1f / %.1f", r.latencia().getValueAtPercentile(50) / 1e6,
				r.latencia().getValueAtPercentile(95) / 1e6, r.latencia().getValueAtPercentile(99) / 1e6);
	}

	/**
	 * A PQRSD with a new ENTRADA: distinct peticionario and asunto on every request, as
	 * in {@link RadicacionCarga#json}, over four dependencias and three modalities.
	 */
	static String json(int cliente, long n) {
		return json(cliente, n, "PETICION", MODALIDADES[(int) (n % MODALIDADES.length)],
				DEPENDENCIAS[(int) (n % DEPENDENCIAS.length)]);
	}

	static String json(int cliente, long n, String etiqueta, String modalidad, String dependencia) {
		return "{\"etiqueta\":\"" + etiqueta + "\",\"modalidad\":\"" + modalidad + "\",\"asunto\":\"Petición " + cliente
				+ "-" + n + " sobre el alumbrado público del barrio\",\"descripcion\":\"Solicito "
				+ "información sobre la reparación de las luminarias de la calle " + (n % 97) + ".\",\"dependencia\":\""
				+ dependencia + "\",\"canal\":\"PRESENCIAL\",\"peticionario\":"
				+ "{\"tipoDocumento\":\"CC\",\"numeroDocumento\":\"" + (20_000_000L + cliente * 1_000_000L + n)
				+ "\",\"nombre\":\"Peticionaria " + cliente + "-" + n + "\"}}";
	}

}
