package co.pqrsd.benchmarks;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import co.pqrsd.benchmarks.RadicacionCarga.Generador;
import co.pqrsd.benchmarks.RadicacionCarga.Resultado;
import co.pqrsd.core.pqrsd.Plazos;
import co.pqrsd.core.pqrsd.Pqrsd;
import co.pqrsd.core.terminos.Semaforo;
import co.pqrsd.server.infraestructura.PqrsdProperties;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue #9: with many open PQRSD (100 000 by default) over 10 dependencias and 200
 * funcionarios, the bandeja of a funcionario and of a jefe answer p95 under 100 ms.
 * <p>
 * The cases are seeded through the real API ({@link SiembraPqrsd}) on the last
 * {@value #DIAS} business days before "today" (2026-03-10 by default), moving the
 * server's clock ({@link RelojBenchmark}) forward day by day, so their semáforos are
 * mixed (green, yellow, red and expired, as the server computes them) and the engine
 * fires whatever falls due on the way, as it would in production. 19 in 20 cases are
 * assigned, the rest stay in reparto. Then, with the clock at "today" 10:00 and the
 * engine caught up, each bandeja is requested by {@code clientes} clients at once, each
 * request as a different user (funcionarios, or the jefes of the 10 dependencias).
 * <p>
 * Measured for each role: {@code GET /api/v1/bandeja?pagina=0&tamano=20} (the bandeja as
 * it opens), the same with {@code semaforo=ROJO}, and {@code GET /api/v1/tareas} (without
 * the bandeja, on an older server:
 * {@code GET /api/v1/pqrsd?dependencia=...&pagina=0&tamano=20}); other routes with
 * {@code -Dbench.bandeja.rutas="funcionario /ruta;jefe /ruta"}. Run:
 * {@code scripts/benchmark.sh bandeja [casos] [clientes] [segundos]}.
 */
public final class BandejaCarga {

	/** Business days over which the cases are radicated. */
	static final int DIAS = 20;

	/** "Today" of the measurement (a Tuesday, a working day). */
	static final LocalDate HOY = LocalDate.parse(System.getProperty("bench.hoy", "2026-03-10"));

	private static final String[] MODALIDADES = { "GENERAL", "GENERAL", "GENERAL", "GENERAL", "GENERAL", "GENERAL",
			"GENERAL", "DOCUMENTOS", "DOCUMENTOS", "CONSULTA", "CONSULTA", "GENERAL", "GENERAL", "DOCUMENTOS",
			"CONSULTA", "GENERAL", "GENERAL", "GENERAL", "DOCUMENTOS", "CONSULTA" };

	private static final String[] ETIQUETAS = { "PETICION", "PETICION", "PETICION", "QUEJA", "RECLAMO", "PETICION",
			"SUGERENCIA", "PETICION", "DENUNCIA", "RECLAMO", "PETICION" };

	private BandejaCarga() {
	}

	public static void main(String[] args) throws Exception {
		String[] partes = args.length > 0 ? args[0].trim().split("\\s+") : new String[0];
		long total = partes.length > 0 && !partes[0].isBlank() ? Long.parseLong(partes[0]) : 100_000;
		int lectores = partes.length > 1 ? Integer.parseInt(partes[1]) : 4;
		int segundos = partes.length > 2 ? Integer.parseInt(partes[2]) : 30;
		int sembradores = Integer.getInteger("bench.sembradores", 32);
		int dependencias = 10;
		int funcionarios = 20;
		// -Dbench.sembrado=true with -Dbench.datos=<the data directory of an earlier run
		// of
		// this benchmark>: its cases are measured again (after the code or the schema
		// changed) without seeding them anew; the clock starts at today's 10:00.
		boolean yaSembrado = Boolean.getBoolean("bench.sembrado");
		RelojBenchmark reloj = new RelojBenchmark((yaSembrado ? HOY.atTime(10, 0) : HOY.minusDays(45).atTime(7, 0))
			.atZone(co.pqrsd.core.comun.Colombia.ZONA)
			.toInstant());
		try (ConfigurableApplicationContext app = AppBenchmark.iniciar("bandeja", true, reloj)) {
			int puerto = ((WebServerApplicationContext) app).getWebServer().getPort();
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			Cpu cpu = new Cpu(app.getBean(PqrsdProperties.class).datosDir().resolve("postgres"));
			SiembraPqrsd siembra = new SiembraPqrsd(puerto, dependencias, funcionarios, sembradores);
			if (!yaSembrado) {
				siembra.preparar();
			}
			List<LocalDate> dias = SiembraPqrsd.diasHabiles(app, HOY, DIAS);
			AppBenchmark.linea(String.format(Locale.ROOT,
					"== Bandeja: %d núcleos; PostgreSQL fsync=%s; %d PQRSD abiertas radicadas del %s al %s (%d días hábiles) "
							+ "por %d clientes con POST /api/v1/pqrsd y asignadas por el jefe con /asignacion; %d "
							+ "dependencias, %d funcionarios; hoy = %s",
					Runtime.getRuntime().availableProcessors(), jdbc.queryForObject("SHOW fsync", String.class), total,
					dias.get(0), dias.get(dias.size() - 1), DIAS, sembradores, dependencias,
					dependencias * funcionarios, HOY));
			// The seed is set-up, not the measurement: it may commit without waiting for
			// the
			// disk (-Dbench.siembra.sincrona=false); the reads are measured with the
			// server's settings restored.
			boolean siembraAsincrona = !yaSembrado
					&& !Boolean.parseBoolean(System.getProperty("bench.siembra.sincrona", "true"));
			if (siembraAsincrona) {
				sincronia(jdbc, "SET synchronous_commit = off");
				AppBenchmark.linea("[siembra] con synchronous_commit=off (solo la siembra)");
			}
			long inicio = System.nanoTime();
			long abiertos = yaSembrado ? jdbc.queryForObject("SELECT count(*) FROM pqrsd_caso", Long.class) : 0;
			for (int d = 0; d < (yaSembrado ? 0 : dias.size()); d++) {
				reloj.saltar(dias.get(d), LocalTime.of(8, 30));
				long desde = total * d / dias.size();
				long hasta = total * (d + 1) / dias.size();
				long t0 = System.nanoTime();
				abiertos += siembra.sembrar(desde, hasta, i -> caso(i, dependencias, funcionarios));
				AppBenchmark.linea(String.format(Locale.ROOT, "[siembra] %s: %d casos en %.1f s; %d en total",
						dias.get(d), hasta - desde, (System.nanoTime() - t0) / 1e9, abiertos));
			}
			double sembrado = (System.nanoTime() - inicio) / 1e9;
			if (siembraAsincrona) {
				sincronia(jdbc, "RESET synchronous_commit");
				AppBenchmark.linea("[siembra] synchronous_commit restablecido: "
						+ jdbc.queryForObject("SELECT current_setting('synchronous_commit')", String.class));
			}
			AppBenchmark.linea(String.format(Locale.ROOT,
					"[siembra] %d casos abiertos en %.0f s (%.1f casos/s, asignación incluida)", abiertos, sembrado,
					abiertos / sembrado));
			if (!yaSembrado) {
				reloj.saltar(HOY, LocalTime.of(10, 0));
			}
			if (!EstadoMotor.esperarAlDia(jdbc, reloj, Duration.ofMinutes(30))) {
				AppBenchmark.linea("[motor] ¡no se puso al día en 30 minutos! se mide de todos modos");
			}
			AppBenchmark.linea("[siembra] " + EstadoMotor.resumen(jdbc));
			colores(app);
			jdbc.execute("VACUUM ANALYZE");
			// -Dbench.puerta=<file>: seed now, measure once the file exists (a quiet
			// machine).
			String puerta = System.getProperty("bench.puerta");
			if (puerta != null && !puerta.isBlank()) {
				AppBenchmark.linea("[siembra] lista; se mide cuando exista " + puerta);
				while (!java.nio.file.Files.exists(java.nio.file.Path.of(puerta))) {
					Thread.sleep(2000);
				}
			}

			List<String[]> rutas = rutas(siembra, dependencias, funcionarios);
			List<Resultado> resultados = new ArrayList<>();
			int calentamiento = Math.max(2, Math.min(10, segundos / 3));
			for (String[] ruta : rutas) {
				boolean jefe = ruta[0].startsWith("jefe");
				// Each user authenticates once before the measurement (the credential
				// cache
				// is then warm, as in an office where everybody is logged in).
				int usuarios = jefe ? dependencias : dependencias * funcionarios;
				Generador g = (c, n) -> {
					int u = (int) Math.floorMod(c * 7919L + n, (long) usuarios);
					int dep = jefe ? u : u / funcionarios;
					String usuario = jefe ? SiembraPqrsd.jefe(dep) : SiembraPqrsd.funcionario(dep, u % funcionarios);
					return HttpRequest
						.newBuilder(URI.create("http://localhost:" + puerto
								+ ruta[1].replace("{dependencia}", SiembraPqrsd.codigo(dep))))
						.timeout(Duration.ofSeconds(30))
						.header("Authorization", siembra.autorizacion(usuario))
						.GET()
						.build();
				};
				for (int u = 0; u < usuarios; u++) {
					siembra.estado("/api/v1/usuarios/yo",
							jefe ? SiembraPqrsd.jefe(u) : SiembraPqrsd.funcionario(u / funcionarios, u % funcionarios));
				}
				RadicacionCarga.medir(puerto, Math.min(lectores, usuarios), Math.max(2, usuarios / 20), 0, cpu, null,
						200, g);
				resultados.add(RadicacionCarga.medir(puerto, lectores, segundos, calentamiento, cpu,
						ruta[0] + ": GET " + ruta[1], 200, g));
			}
			AppBenchmark.linea("== Resumen (Markdown)");
			AppBenchmark.linea(
					"| consulta | casos | clientes | respuestas/s | p50 / p95 / p99 (ms) | meta p95 < 100 ms | CPU por consulta, servidor Java / PostgreSQL (ms) |");
			AppBenchmark.linea("|---|---|---|---|---|---|---|");
			for (Resultado r : resultados) {
				double p95 = r.latencia().getValueAtPercentile(95) / 1e6;
				AppBenchmark.linea(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %s | %s | %.2f / %.2f |",
						r.nombre(), abiertos, r.clientes(), r.tasa(), PqrsdCarga.percentiles(r),
						r.ok() == 0 ? "sin respuestas" : p95 < 100 ? "cumple" : "NO cumple", r.cpu().servidorMs(r.ok()),
						r.cpu().postgresMs(r.ok())));
			}
		}
	}

	/**
	 * The app's database setting (the server's command line fixes the cluster's), then
	 * every pooled connection is replaced so that all sessions take it.
	 */
	private static void sincronia(JdbcTemplate jdbc, String accion) throws java.sql.SQLException {
		String base = jdbc.queryForObject("SELECT current_database()", String.class);
		// The application role does not own the database: the embedded server's superuser
		// changes its default (the benchmark always runs on the embedded server).
		String url = jdbc.getDataSource().unwrap(com.zaxxer.hikari.HikariDataSource.class).getJdbcUrl();
		try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "postgres", "");
				java.sql.Statement st = c.createStatement()) {
			st.execute("ALTER DATABASE \"" + base + "\" " + accion);
		}
		jdbc.getDataSource()
			.unwrap(com.zaxxer.hikari.HikariDataSource.class)
			.getHikariPoolMXBean()
			.softEvictConnections();
	}

	/** Case {@code i}: dependencia, modality, label and assignee spread evenly. */
	static SiembraPqrsd.Caso caso(long i, int dependencias, int funcionarios) {
		int dep = (int) (i % dependencias);
		String codigo = SiembraPqrsd.codigo(dep);
		String modalidad = MODALIDADES[(int) (i / dependencias % MODALIDADES.length)];
		String etiqueta = ETIQUETAS[(int) (i / 3 % ETIQUETAS.length)];
		String asignado = i % 20 == 19 ? null
				: SiembraPqrsd.funcionario(dep, (int) ((i / dependencias) % funcionarios));
		return new SiembraPqrsd.Caso(PqrsdCarga.json((int) (i % 1000), i, etiqueta, modalidad, codigo), codigo,
				asignado);
	}

	/**
	 * What to measure: {@code [quién, ruta]} where quién is "funcionario" or "jefe" and
	 * {@code {dependencia}} stands for the user's dependencia. The bandeja when it exists
	 * (or the routes given with -Dbench.bandeja.rutas="quién ruta;quién ruta"), else the
	 * first page of the dependencia's cases and the funcionario's tasks.
	 */
	static List<String[]> rutas(SiembraPqrsd siembra, int dependencias, int funcionarios) {
		List<String[]> rutas = new ArrayList<>();
		String propias = System.getProperty("bench.bandeja.rutas");
		if (propias != null && !propias.isBlank()) {
			for (String r : propias.split(";")) {
				String[] p = r.strip().split("\\s+", 2);
				rutas.add(p);
			}
			return rutas;
		}
		String funcionario = SiembraPqrsd.funcionario(0, 0);
		int bandeja = siembra.estado("/api/v1/bandeja?pagina=0&tamano=20", funcionario);
		AppBenchmark.linea("[rutas] GET /api/v1/bandeja respondió " + bandeja + " a un funcionario");
		int tareas = siembra.estado("/api/v1/tareas", funcionario);
		AppBenchmark.linea("[rutas] GET /api/v1/tareas respondió " + tareas + " a un funcionario");
		for (String quien : new String[] { "funcionario", "jefe" }) {
			if (bandeja == 200) {
				// The bandeja as it opens (alcance ENTIDAD: his cases, and a jefe's
				// dependencia; sorted by vencimiento), and filtered by colour.
				rutas.add(new String[] { quien, "/api/v1/bandeja?pagina=0&tamano=20" });
				rutas.add(new String[] { quien, "/api/v1/bandeja?semaforo=ROJO&pagina=0&tamano=20" });
			}
			else {
				rutas.add(new String[] { quien, "/api/v1/pqrsd?dependencia={dependencia}&pagina=0&tamano=20" });
			}
			if (tareas == 200) {
				rutas.add(new String[] { quien, "/api/v1/tareas" });
			}
		}
		return rutas;
	}

	/** How many open cases of each semáforo colour there are today (core computation). */
	private static void colores(ConfigurableApplicationContext app) {
		Plazos plazos = SiembraPqrsd.plazos(app);
		Map<Semaforo.Color, Integer> colores = new EnumMap<>(Semaforo.Color.class);
		Map<String, Integer> estados = new TreeMap<>();
		int sinColor = 0;
		for (Pqrsd c : SiembraPqrsd.casos(app)) {
			estados.merge(c.estado().name(), 1, Integer::sum);
			Semaforo.Color color = plazos.situacionResumida(c, HOY).color();
			if (color == null) {
				sinColor++;
			}
			else {
				colores.merge(color, 1, Integer::sum);
			}
		}
		AppBenchmark.linea("[siembra] semáforo hoy: " + colores + (sinColor > 0 ? ", sin color " + sinColor : "")
				+ "; estados: " + estados);
	}

}
