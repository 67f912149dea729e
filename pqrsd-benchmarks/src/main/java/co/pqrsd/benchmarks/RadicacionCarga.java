package co.pqrsd.benchmarks;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.HdrHistogram.Histogram;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 5's load test, against the real server over HTTP on loopback, with a durable
 * embedded PostgreSQL:
 * <ol>
 * <li>32 clients radicating for 60 s, JSON with a 200 KB PDF attached on every tenth
 * request (multipart);</li>
 * <li>the same, JSON only;</li>
 * <li>the machine's raw PostgreSQL rate of single-row committed inserts with 32 clients,
 * and the ratio.</li>
 * </ol>
 * Every run proves zero gaps and zero duplicates. Run:
 * {@code scripts/benchmark.sh radicacion [segundos]}.
 */
public final class RadicacionCarga {

	private static final int CLIENTES = 32;

	private RadicacionCarga() {
	}

	public static void main(String[] args) throws Exception {
		String[] partes = args.length > 0 ? args[0].trim().split("\\s+") : new String[0];
		int segundos = partes.length > 0 && !partes[0].isBlank() ? Integer.parseInt(partes[0]) : 60;
		String fases = partes.length > 1 ? partes[1] : "techo,mixta,json,cruda";
		try (ConfigurableApplicationContext app = AppBenchmark.iniciar("radicacion", true)) {
			int puerto = ((WebServerApplicationContext) app).getWebServer().getPort();
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			preparar(puerto);
			AppBenchmark.linea("== Radicación: " + Runtime.getRuntime().availableProcessors() + " núcleos, " + CLIENTES
					+ " clientes HTTP en loopback, " + "PostgreSQL fsync="
					+ jdbc.queryForObject("SHOW fsync", String.class) + ", synchronous_commit="
					+ jdbc.queryForObject("SHOW synchronous_commit", String.class));
			if (fases.contains("techo")) {
				techo(puerto, Math.max(10, segundos / 4), "/actuator/health", null);
				techo(puerto, Math.max(10, segundos / 4), "/api/v1/usuarios/yo", "clerk0:Ventanilla2026");
			}
			byte[] pdf = pdf200k();
			double mixta = fases.contains("mixta")
					? carga(puerto, segundos, pdf, "mixta (JSON + PDF de " + pdf.length / 1024 + " KB cada 10)") : 0;
			double json = fases.contains("json") ? carga(puerto, segundos, null, "solo JSON") : 0;
			comprobarNumeracion(jdbc);
			if (fases.contains("cruda")) {
				double cruda = insercionesCrudas(app.getBean(DataSource.class), Math.max(10, segundos / 2));
				AppBenchmark.linea(String.format(java.util.Locale.ROOT,
						"[4] relación radicación solo JSON / inserciones crudas: %.1f %%  [meta: ≥ 50 %%]; mixta: %.1f %%",
						100 * json / cruda, 100 * mixta / cruda));
			}
		}
	}

	static void preparar(int puerto) {
		HttpClient http = HttpClient.newHttpClient();
		String admin = "Basic "
				+ Base64.getEncoder().encodeToString("admin:Benchmark2026pqrsd".getBytes(StandardCharsets.UTF_8));
		for (String[] d : new String[][] { { "100", "Despacho" }, { "120", "Ventanilla" }, { "200", "Gobierno" },
				{ "300", "Hacienda" }, { "400", "Planeación" } }) {
			enviar(http, admin, "/api/v1/dependencias", "{\"codigo\":\"" + d[0] + "\",\"nombre\":\"" + d[1] + "\"}",
					puerto);
		}
		for (int i = 0; i < CLIENTES; i++) {
			enviar(http, admin, "/api/v1/usuarios", "{\"username\":\"clerk" + i + "\",\"nombre\":\"Clerk " + i
					+ "\",\"email\":\"c" + i
					+ "@x.co\",\"password\":\"Ventanilla2026\",\"roles\":[\"RADICADOR\"],\"dependencias\":[\"120\"]}",
					puerto);
		}
	}

	static double carga(int puerto, int segundos, byte[] pdf, String nombre) throws Exception {
		Medicion m = new Medicion();
		AtomicLong ok = new AtomicLong();
		AtomicLong errores = new AtomicLong();
		long calentamiento = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		long fin = calentamiento + Duration.ofSeconds(segundos).toNanos();
		CountDownLatch listos = new CountDownLatch(CLIENTES);
		String[] dependencias = { "100", "200", "300", "400" };
		for (int c = 0; c < CLIENTES; c++) {
			int cliente = c;
			Thread t = new Thread(() -> {
				HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
				String auth = "Basic " + Base64.getEncoder()
					.encodeToString(("clerk" + cliente + ":Ventanilla2026").getBytes(StandardCharsets.UTF_8));
				long n = 0;
				while (System.nanoTime() < fin) {
					n++;
					String json = "{\"tipo\":\"ENTRADA\",\"asunto\":\"Solicitud " + cliente + "-" + n
							+ " sobre servicios públicos del barrio\"," + "\"dependencia\":\""
							+ dependencias[(int) (n % 4)] + "\",\"medio\":\"PRESENCIAL\",\"folios\":2,"
							+ "\"remitente\":{\"tipoDocumento\":\"CC\",\"numeroDocumento\":\""
							+ (10_000_000 + cliente * 100_000 + n) + "\",\"nombre\":\"Ciudadano " + cliente + "-" + n
							+ "\"}}";
					long t0 = System.nanoTime();
					int estado = pdf != null && n % 10 == 0 ? multipart(http, auth, puerto, json, pdf)
							: enviar(http, auth, "/api/v1/radicados", json, puerto);
					long t1 = System.nanoTime();
					if (t0 > calentamiento) {
						if (estado == 201) {
							ok.incrementAndGet();
							m.anotar(t1 - t0);
						}
						else {
							errores.incrementAndGet();
						}
					}
				}
				listos.countDown();
			});
			t.start();
		}
		listos.await();
		Histogram h = m.cerrar();
		double tasa = ok.get() / (double) segundos;
		AppBenchmark.linea(String.format(java.util.Locale.ROOT,
				"[%s] %d s: %d radicados (%.1f radicados/s), %d errores; latencia %s", nombre, segundos, ok.get(), tasa,
				errores.get(), Medicion.resumen(h)));
		return tasa;
	}

	/**
	 * The machine's HTTP ceiling: 32 clients on a trivial endpoint, the most any endpoint
	 * of this server could do here.
	 */
	static void techo(int puerto, int segundos, String ruta, String credenciales) throws Exception {
		Medicion m = new Medicion();
		AtomicLong ok = new AtomicLong();
		long fin = System.nanoTime() + Duration.ofSeconds(segundos).toNanos();
		CountDownLatch listos = new CountDownLatch(CLIENTES);
		for (int c = 0; c < CLIENTES; c++) {
			new Thread(() -> {
				HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
				HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + puerto + ruta));
				if (credenciales != null) {
					b.header("Authorization", "Basic "
							+ Base64.getEncoder().encodeToString(credenciales.getBytes(StandardCharsets.UTF_8)));
				}
				HttpRequest peticion = b.build();
				while (System.nanoTime() < fin) {
					long t0 = System.nanoTime();
					try {
						if (http.send(peticion, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
							ok.incrementAndGet();
							m.anotar(System.nanoTime() - t0);
						}
					}
					catch (Exception e) {
						// Counted as not answered.
					}
				}
				listos.countDown();
			}).start();
		}
		listos.await();
		AppBenchmark.linea(String.format(java.util.Locale.ROOT,
				"[0] techo HTTP, GET %s, %d clientes, %d s: %.1f respuestas/s; latencia %s", ruta, CLIENTES, segundos,
				ok.get() / (double) segundos, Medicion.resumen(m.cerrar())));
	}

	/** Zero gaps and zero duplicates: every counter scope holds exactly 1..n. */
	static void comprobarNumeracion(JdbcTemplate jdbc) {
		List<Map<String, Object>> alcances = jdbc.queryForList(
				"""
						SELECT alcance, count(*) AS n, count(DISTINCT consecutivo) AS distintos, min(consecutivo) AS minimo, max(consecutivo) AS maximo,
						       count(DISTINCT numero) AS numeros FROM radicado GROUP BY alcance""");
		boolean bien = true;
		for (Map<String, Object> a : alcances) {
			long n = ((Number) a.get("n")).longValue();
			bien &= n == ((Number) a.get("distintos")).longValue() && n == ((Number) a.get("numeros")).longValue()
					&& ((Number) a.get("minimo")).longValue() == 1 && ((Number) a.get("maximo")).longValue() == n;
			AppBenchmark.linea("[3] alcance " + a.get("alcance") + ": " + n + " radicados, consecutivos "
					+ a.get("minimo") + ".." + a.get("maximo") + ", distintos " + a.get("distintos"));
		}
		AppBenchmark.linea("[3] numeración: " + (bien ? "CERO huecos y CERO duplicados" : "¡HUECOS O DUPLICADOS!"));
	}

	static double insercionesCrudas(DataSource datos, int segundos) throws Exception {
		try (Connection c = datos.getConnection()) {
			c.createStatement()
				.execute(
						"CREATE TABLE IF NOT EXISTS bench_cruda (id bigserial PRIMARY KEY, dato text NOT NULL, creado timestamptz NOT NULL DEFAULT now())");
		}
		AtomicLong filas = new AtomicLong();
		long fin = System.nanoTime() + Duration.ofSeconds(segundos).toNanos();
		CountDownLatch listos = new CountDownLatch(CLIENTES);
		for (int i = 0; i < CLIENTES; i++) {
			new Thread(() -> {
				try (Connection c = datos.getConnection();
						PreparedStatement ps = c.prepareStatement("INSERT INTO bench_cruda (dato) VALUES (?)")) {
					c.setAutoCommit(true);
					while (System.nanoTime() < fin) {
						ps.setString(1, "fila de prueba");
						ps.executeUpdate();
						filas.incrementAndGet();
					}
				}
				catch (Exception e) {
					AppBenchmark.linea("error en inserción cruda: " + e.getMessage());
				}
				listos.countDown();
			}).start();
		}
		listos.await();
		double tasa = filas.get() / (double) segundos;
		AppBenchmark.linea(String.format(java.util.Locale.ROOT,
				"[inserciones crudas] %d clientes JDBC, una fila por transacción confirmada, %d s: %.1f filas/s",
				CLIENTES, segundos, tasa));
		return tasa;
	}

	private static int enviar(HttpClient http, String auth, String ruta, String json, int puerto) {
		try {
			return http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + puerto + ruta))
					.header("Authorization", auth)
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(json))
					.build(), HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (Exception e) {
			return -1;
		}
	}

	private static int multipart(HttpClient http, String auth, int puerto, String json, byte[] pdf) {
		String frontera = "----bench" + System.nanoTime();
		ByteArrayOutputStream cuerpo = new ByteArrayOutputStream();
		cuerpo.writeBytes(("--" + frontera
				+ "\r\nContent-Disposition: form-data; name=\"radicado\"\r\nContent-Type: application/json\r\n\r\n"
				+ json + "\r\n--" + frontera
				+ "\r\nContent-Disposition: form-data; name=\"principal\"; filename=\"peticion.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		cuerpo.writeBytes(pdf);
		cuerpo.writeBytes(("\r\n--" + frontera + "--\r\n").getBytes(StandardCharsets.UTF_8));
		try {
			return http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + puerto + "/api/v1/radicados"))
					.header("Authorization", auth)
					.header("Content-Type", "multipart/form-data; boundary=" + frontera)
					.POST(HttpRequest.BodyPublishers.ofByteArray(cuerpo.toByteArray()))
					.build(), HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (Exception e) {
			return -1;
		}
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
