package co.pqrsd.benchmarks;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import co.pqrsd.server.infraestructura.PqrsdProperties;
import org.HdrHistogram.Histogram;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Radicación under load, against the real server over HTTP on loopback with a durable
 * embedded PostgreSQL. For each client count (16 and 32 by default) it measures, back to
 * back with the same load generator and the same HTTP Basic credentials (one clerk per
 * client):
 * <ol>
 * <li>{@code GET /api/v1/usuarios/yo}, the cheapest authenticated endpoint (security
 * filter chain, one query, a small JSON answer);</li>
 * <li>{@code POST /api/v1/radicados} with JSON only;</li>
 * <li>the ratio of the two throughputs.</li>
 * </ol>
 * Each measurement prints throughput, p50/p95/p99 latency and the CPU spent per request
 * by the server's threads and by PostgreSQL (CPU per request depends much less on other
 * load on the machine than throughput does). At the end: zero gaps and zero duplicates in
 * every counter scope, and exactly one stored radicado per 201 answer. Optional phases:
 * {@code mixta} (JSON with a 200 KB PDF on every tenth request) and {@code sql}
 * (PostgreSQL's time per statement, from pg_stat_statements). Bounded: each measurement
 * stops after its seconds or after {@link #MAXIMO} requests, whichever comes first; every
 * request times out after 30 s. Run:
 * {@code scripts/benchmark.sh radicacion [segundos] [clientes] [fases]}.
 */
public final class RadicacionCarga {

	/** Upper bound of requests per measurement (warm-up included). */
	static final long MAXIMO = 2_000_000;

	static final String CLAVE = "Ventanilla2026";

	private static final String[] DEPENDENCIAS = { "100", "200", "300", "400" };

	/** Every 201 answer, to compare with the rows stored. */
	private static final AtomicLong CREADOS = new AtomicLong();

	private RadicacionCarga() {
	}

	public static void main(String[] args) throws Exception {
		String[] partes = args.length > 0 ? args[0].trim().split("\\s+") : new String[0];
		int segundos = partes.length > 0 && !partes[0].isBlank() ? Integer.parseInt(partes[0]) : 30;
		List<Integer> clientes = Arrays.stream((partes.length > 1 ? partes[1] : "16,32").split(","))
			.map(String::strip)
			.map(Integer::parseInt)
			.toList();
		String fases = partes.length > 2 ? partes[2] : "";
		int calentamiento = Math.max(1, Math.min(5, segundos / 2));
		// The JIT needs tens of seconds of both paths before a measurement means
		// anything.
		int calentamientoInicial = Math.max(2, Math.min(30, 2 * segundos));
		int maximoClientes = clientes.stream().mapToInt(Integer::intValue).max().orElse(32);
		try (EstadisticasSql sql = fases.contains("sql") ? EstadisticasSql.iniciar() : null;
				ConfigurableApplicationContext app = AppBenchmark.iniciar("radicacion", true,
						sql == null ? new String[0] : sql.argumentos())) {
			int puerto = ((WebServerApplicationContext) app).getWebServer().getPort();
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			// The embedded cluster lives in <datos-dir>/postgres; with the sql phase, in
			// its own directory.
			Cpu cpu = new Cpu(
					sql == null ? app.getBean(PqrsdProperties.class).datosDir().resolve("postgres") : sql.directorio());
			preparar(puerto, maximoClientes);
			AppBenchmark.linea(String.format(Locale.ROOT,
					"== Radicación: %d núcleos; PostgreSQL fsync=%s, synchronous_commit=%s; calentamiento inicial de %d s "
							+ "(ambas rutas); %d s por medición tras %d s de calentamiento; generador java.net.http (HTTP/1.1, keep-alive) en la misma JVM, loopback; "
							+ "un usuario RADICADOR por cliente con HTTP Basic",
					Runtime.getRuntime().availableProcessors(), jdbc.queryForObject("SHOW fsync", String.class),
					jdbc.queryForObject("SHOW synchronous_commit", String.class), calentamientoInicial, segundos,
					calentamiento));
			Generador yo = (c, i) -> peticion(puerto, "/api/v1/usuarios/yo", c).GET().build();
			Generador radicar = (c, i) -> peticion(puerto, "/api/v1/radicados", c)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json(c, i)))
				.build();
			medir(puerto, maximoClientes, calentamientoInicial / 2, 0, cpu, null, 200, yo);
			medir(puerto, maximoClientes, calentamientoInicial / 2, 0, cpu, null, 201, radicar);
			if (sql != null) {
				sql.reiniciar(jdbc);
			}
			List<Resultado[]> filas = new ArrayList<>();
			for (int n : clientes) {
				Resultado y = medir(puerto, n, segundos, calentamiento, cpu, "GET /api/v1/usuarios/yo", 200, yo);
				Resultado r = medir(puerto, n, segundos, calentamiento, cpu, "POST /api/v1/radicados (JSON)", 201,
						radicar);
				AppBenchmark.linea(String.format(Locale.ROOT,
						"[%d clientes] relación radicación JSON / GET yo: %.1f %% (%.1f / %.1f solicitudes/s)", n,
						100 * r.tasa() / y.tasa(), r.tasa(), y.tasa()));
				filas.add(new Resultado[] { y, r });
			}
			if (fases.contains("mixta")) {
				byte[] pdf = pdf200k();
				medir(puerto, maximoClientes, segundos, calentamiento, cpu,
						"POST /api/v1/radicados (JSON + PDF de " + pdf.length / 1024 + " KB cada 10)", 201,
						(c, i) -> i % 10 == 0 ? multipart(puerto, c, json(c, i), pdf)
								: peticion(puerto, "/api/v1/radicados", c).header("Content-Type", "application/json")
									.POST(HttpRequest.BodyPublishers.ofString(json(c, i)))
									.build());
			}
			boolean bien = comprobarNumeracion(jdbc);
			resumen(filas);
			if (sql != null) {
				sql.imprimir(jdbc);
			}
			if (!bien) {
				System.exit(1);
			}
		}
	}

	static void preparar(int puerto, int clientes) {
		HttpClient http = HttpClient.newHttpClient();
		String admin = "Basic "
				+ Base64.getEncoder().encodeToString("admin:Benchmark2026pqrsd".getBytes(StandardCharsets.UTF_8));
		for (String[] d : new String[][] { { "100", "Despacho" }, { "120", "Ventanilla" }, { "200", "Gobierno" },
				{ "300", "Hacienda" }, { "400", "Planeación" } }) {
			crear(http, admin, puerto, "/api/v1/dependencias",
					"{\"codigo\":\"" + d[0] + "\",\"nombre\":\"" + d[1] + "\"}");
		}
		for (int i = 0; i < clientes; i++) {
			crear(http, admin, puerto, "/api/v1/usuarios",
					"{\"username\":\"clerk" + i + "\",\"nombre\":\"Clerk " + i + "\",\"email\":\"c" + i
							+ "@x.co\",\"password\":\"" + CLAVE
							+ "\",\"roles\":[\"RADICADOR\"],\"dependencias\":[\"120\"]}");
		}
	}

	static void crear(HttpClient http, String admin, int puerto, String ruta, String cuerpo) {
		try {
			HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + puerto + ruta))
				.header("Authorization", admin)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(cuerpo))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (r.statusCode() != 201 && r.statusCode() != 200) {
				throw new IllegalStateException(ruta + " respondió " + r.statusCode() + ": " + r.body());
			}
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** The request of client {@code cliente}, number {@code n} of that client. */
	interface Generador {

		HttpRequest peticion(int cliente, long n);

	}

	record Resultado(String nombre, int clientes, int segundos, long ok, Map<Integer, Long> otros, Histogram latencia,
			Cpu.Gasto cpu) {

		double tasa() {
			return ok / (double) segundos;
		}

	}

	/**
	 * {@code clientes} threads, each with its own HTTP client and its own clerk, send
	 * requests back to back; the first {@code calentamiento} seconds are not counted.
	 * @param nombre null for a warm-up: nothing is printed
	 */
	static Resultado medir(int puerto, int clientes, int segundos, int calentamiento, Cpu cpu, @Nullable String nombre,
			int esperado, Generador generador) throws Exception {
		Medicion m = new Medicion();
		AtomicLong ok = new AtomicLong();
		AtomicLong emitidas = new AtomicLong();
		Map<Integer, AtomicLong> otros = new ConcurrentHashMap<>();
		long inicio = System.nanoTime();
		long medicion = inicio + Duration.ofSeconds(calentamiento).toNanos();
		long fin = medicion + Duration.ofSeconds(segundos).toNanos();
		CountDownLatch listos = new CountDownLatch(clientes);
		// CPU is read at the window's two ends, while every client thread is alive.
		Cpu.Instantanea[] cortes = new Cpu.Instantanea[2];
		Thread medidor = new Thread(() -> {
			dormirHasta(medicion);
			cortes[0] = cpu.tomar();
			dormirHasta(fin);
			cortes[1] = cpu.tomar();
		}, "medidor");
		medidor.start();
		for (int c = 0; c < clientes; c++) {
			int cliente = c;
			Thread t = new Thread(() -> {
				HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
				long n = 0;
				while (System.nanoTime() < fin && emitidas.incrementAndGet() <= MAXIMO) {
					n++;
					HttpRequest peticion = generador.peticion(cliente, n);
					long t0 = System.nanoTime();
					int estado;
					try {
						HttpResponse<Void> r = http.send(peticion, HttpResponse.BodyHandlers.discarding());
						estado = r.statusCode();
					}
					catch (InterruptedException e) {
						Thread.currentThread().interrupt();
						break;
					}
					catch (Exception e) {
						estado = -1;
					}
					long t1 = System.nanoTime();
					// A creation: 201 from the API, 302 (to the receipt) from the public
					// form.
					if (estado == 201 || (estado == 302 && esperado == 302)) {
						CREADOS.incrementAndGet();
					}
					if (t0 >= medicion && t1 <= fin) {
						if (estado == esperado) {
							ok.incrementAndGet();
							m.anotar(t1 - t0);
						}
						else {
							otros.computeIfAbsent(estado, k -> new AtomicLong()).incrementAndGet();
						}
					}
				}
				listos.countDown();
			}, "cliente-" + c);
			t.start();
		}
		listos.await();
		medidor.join();
		Cpu.Gasto gasto = cortes[1].menos(cortes[0]);
		Histogram h = m.cerrar();
		Map<Integer, Long> errores = new TreeMap<>();
		otros.forEach((k, v) -> errores.put(k, v.get()));
		Resultado r = new Resultado(nombre == null ? "calentamiento" : nombre, clientes, segundos, ok.get(), errores, h,
				gasto);
		if (nombre == null) {
			return r;
		}
		Fases.anotar(nombre + ", " + clientes + " clientes", medicion, fin);
		AppBenchmark.linea(String.format(Locale.ROOT,
				"[%d clientes] %s: %d s, %d respuestas %d (%.1f/s), otras respuestas %s%s; latencia %s; "
						+ "CPU por solicitud (ms): servidor, hilos de solicitud %.2f; servidor, otros hilos %.2f; "
						+ "PostgreSQL %.2f; GC, JIT y resto de la JVM %.2f; generador de carga %.2f; "
						+ "memoria asignada por los hilos de solicitud %.0f KB",
				clientes, nombre, segundos, ok.get(), esperado, r.tasa(), errores.isEmpty() ? "0" : errores.toString(),
				emitidas.get() > MAXIMO ? " (se alcanzó el máximo de " + MAXIMO + " solicitudes)" : "",
				Medicion.resumen(h), gasto.servidorMs(ok.get()), gasto.otrosMs(ok.get()), gasto.postgresMs(ok.get()),
				gasto.jvmRestoMs(ok.get()), gasto.generadorMs(ok.get()), gasto.servidorKb(ok.get())));
		return r;
	}

	private static void dormirHasta(long nanos) {
		long falta;
		while ((falta = nanos - System.nanoTime()) > 0) {
			try {
				Thread.sleep(Math.max(1, falta / 1_000_000));
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	static HttpRequest.Builder peticion(int puerto, String ruta, int cliente) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + puerto + ruta))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString(("clerk" + cliente + ":" + CLAVE).getBytes(StandardCharsets.UTF_8)));
	}

	/** A distinct sender and subject on every request, so no duplicate warning. */
	static String json(int cliente, long n) {
		return "{\"tipo\":\"ENTRADA\",\"asunto\":\"Solicitud " + cliente + "-" + n
				+ " sobre servicios públicos del barrio\",\"dependencia\":\"" + DEPENDENCIAS[(int) (n % 4)]
				+ "\",\"medio\":\"PRESENCIAL\",\"folios\":2,\"remitente\":{\"tipoDocumento\":\"CC\",\"numeroDocumento\":\""
				+ (10_000_000L + cliente * 1_000_000L + n) + "\",\"nombre\":\"Ciudadano " + cliente + "-" + n + "\"}}";
	}

	private static HttpRequest multipart(int puerto, int cliente, String json, byte[] pdf) {
		String frontera = "----bench" + System.nanoTime();
		ByteArrayOutputStream cuerpo = new ByteArrayOutputStream();
		cuerpo.writeBytes(("--" + frontera
				+ "\r\nContent-Disposition: form-data; name=\"radicado\"\r\nContent-Type: application/json\r\n\r\n"
				+ json + "\r\n--" + frontera
				+ "\r\nContent-Disposition: form-data; name=\"principal\"; filename=\"peticion.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		cuerpo.writeBytes(pdf);
		cuerpo.writeBytes(("\r\n--" + frontera + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return peticion(puerto, "/api/v1/radicados", cliente)
			.header("Content-Type", "multipart/form-data; boundary=" + frontera)
			.POST(HttpRequest.BodyPublishers.ofByteArray(cuerpo.toByteArray()))
			.build();
	}

	/**
	 * Zero gaps and zero duplicates: every counter scope holds exactly 1..n; and one
	 * stored radicado per 201 answer, none lost and none extra.
	 */
	static boolean comprobarNumeracion(JdbcTemplate jdbc) {
		List<Map<String, Object>> alcances = jdbc.queryForList(
				"""
						SELECT alcance, count(*) AS n, count(DISTINCT consecutivo) AS distintos, min(consecutivo) AS minimo, max(consecutivo) AS maximo,
						       count(DISTINCT numero) AS numeros FROM radicado GROUP BY alcance ORDER BY alcance""");
		boolean bien = true;
		long filas = 0;
		for (Map<String, Object> a : alcances) {
			long n = ((Number) a.get("n")).longValue();
			filas += n;
			bien &= n == ((Number) a.get("distintos")).longValue() && n == ((Number) a.get("numeros")).longValue()
					&& ((Number) a.get("minimo")).longValue() == 1 && ((Number) a.get("maximo")).longValue() == n;
			AppBenchmark.linea("[numeración] alcance " + a.get("alcance") + ": " + n + " radicados, consecutivos "
					+ a.get("minimo") + ".." + a.get("maximo") + ", distintos " + a.get("distintos"));
		}
		boolean cuadra = filas == CREADOS.get();
		AppBenchmark.linea("[numeración] " + (bien ? "CERO huecos y CERO duplicados" : "¡HUECOS O DUPLICADOS!") + "; "
				+ filas + " radicados guardados y " + CREADOS.get()
				+ " respuestas de creación (201; 302 del formulario)" + (cuadra ? " (cuadran)" : " (¡NO CUADRAN!)"));
		return bien && cuadra;
	}

	/** The figures of this run as a Markdown table, ready for docs/rendimiento.md. */
	static void resumen(List<Resultado[]> filas) {
		AppBenchmark.linea("== Resumen (Markdown)");
		AppBenchmark.linea(
				"| clientes | GET yo/s | yo p50 / p95 / p99 (ms) | radicados/s (JSON) | radicación p50 / p95 / p99 (ms) "
						+ "| relación | CPU por radicado: servidor Java / PostgreSQL (ms) |");
		AppBenchmark.linea("|---|---|---|---|---|---|---|");
		for (Resultado[] f : filas) {
			Resultado yo = f[0];
			Resultado json = f[1];
			AppBenchmark.linea(String.format(Locale.ROOT, "| %d | %.1f | %s | %.1f | %s | %.1f %% | %.2f / %.2f |",
					yo.clientes(), yo.tasa(), percentiles(yo.latencia()), json.tasa(), percentiles(json.latencia()),
					100 * json.tasa() / yo.tasa(), json.cpu().servidorMs(json.ok()), json.cpu().postgresMs(json.ok())));
		}
	}

	private static String percentiles(Histogram h) {
		return String.format(Locale.ROOT, "%.1f / %.1f / %.1f", h.getValueAtPercentile(50) / 1e6,
				h.getValueAtPercentile(95) / 1e6, h.getValueAtPercentile(99) / 1e6);
	}

	/** A real PDF of about 200 KB: text pages plus an uncompressed image. */
	static byte[] pdf200k() throws Exception {
		try (PDDocument doc = new PDDocument()) {
			for (int p = 0; p < 3; p++) {
				PDPage pagina = new PDPage();
				doc.addPage(pagina);
				try (PDPageContentStream c = new PDPageContentStream(doc, pagina)) {
					c.beginText();
					c.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
					c.newLineAtOffset(50, 740);
					for (int l = 0; l < 40; l++) {
						c.showText("Derecho de peticion sobre el servicio de acueducto y alcantarillado, linea " + l);
						c.newLineAtOffset(0, -16);
					}
					c.endText();
				}
			}
			java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(260, 260,
					java.awt.image.BufferedImage.TYPE_INT_RGB);
			java.util.Random azar = new java.util.Random(5);
			for (int x = 0; x < 260; x++) {
				for (int y = 0; y < 260; y++) {
					img.setRGB(x, y, azar.nextInt());
				}
			}
			try (PDPageContentStream c = new PDPageContentStream(doc, doc.getPage(0),
					PDPageContentStream.AppendMode.APPEND, false)) {
				c.drawImage(org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(doc, img), 50, 50,
						200, 200);
			}
			ByteArrayOutputStream salida = new ByteArrayOutputStream();
			doc.save(salida);
			return salida.toByteArray();
		}
	}

}
