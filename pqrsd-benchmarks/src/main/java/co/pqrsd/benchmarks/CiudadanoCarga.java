package co.pqrsd.benchmarks;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.pqrsd.benchmarks.RadicacionCarga.Generador;
import co.pqrsd.benchmarks.RadicacionCarga.Resultado;
import co.pqrsd.server.infraestructura.PqrsdProperties;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue #12: 50 citizens (default) submit the public PQRSD form at the same time, as a
 * browser does: each opens the form once (its session and CSRF token), then posts it back
 * to back (plain POST, the server validates, radicates the ENTRADA and the case in
 * RADICADA state, stores the code's hash and redirects to the receipt). Target: p95 under
 * 500 ms. The server runs behind a trusted reverse proxy, as a municipality's public
 * portal does, and every filing comes from its own address (X-Forwarded-For) and e-mail,
 * so the rate limits are checked and counted as in production, with their defaults. Run:
 * {@code scripts/benchmark.sh ciudadano [segundos] [ciudadanos]}.
 */
public final class CiudadanoCarga {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private CiudadanoCarga() {
	}

	public static void main(String[] args) throws Exception {
		String[] partes = args.length > 0 ? args[0].trim().split("\\s+") : new String[0];
		int segundos = partes.length > 0 && !partes[0].isBlank() ? Integer.parseInt(partes[0]) : 30;
		int ciudadanos = partes.length > 1 ? Integer.parseInt(partes[1]) : 50;
		int calentamiento = Math.max(1, Math.min(5, segundos / 2));
		try (ConfigurableApplicationContext app = AppBenchmark.iniciar("ciudadano", true,
				"--pqrsd.auditoria.proxies-confiables=127.0.0.1,0:0:0:0:0:0:0:1")) {
			int puerto = ((WebServerApplicationContext) app).getWebServer().getPort();
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			Cpu cpu = new Cpu(app.getBean(PqrsdProperties.class).datosDir().resolve("postgres"));
			String[][] sesiones = new String[ciudadanos][];
			for (int c = 0; c < ciudadanos; c++) {
				sesiones[c] = sesion(puerto);
			}
			AppBenchmark.linea(String.format(Locale.ROOT,
					"== Formulario público de PQRSD: %d núcleos; PostgreSQL fsync=%s, synchronous_commit=%s; %d "
							+ "ciudadanos concurrentes, cada uno con su sesión y su token CSRF; %d s tras %d s de "
							+ "calentamiento; meta p95 < 500 ms",
					Runtime.getRuntime().availableProcessors(), jdbc.queryForObject("SHOW fsync", String.class),
					jdbc.queryForObject("SHOW synchronous_commit", String.class), ciudadanos, segundos, calentamiento));
			// One number per filing for the whole run (warm-up included): its own
			// citizen,
			// address and e-mail.
			AtomicLong secuencia = new AtomicLong();
			Generador formulario = (c, i) -> solicitud(puerto, sesiones[c], c, secuencia.getAndIncrement());
			RadicacionCarga.medir(puerto, ciudadanos, Math.max(2, segundos / 3), 0, cpu, null, 302, formulario);
			long antes = casos(jdbc);
			Resultado r = RadicacionCarga.medir(puerto, ciudadanos, segundos, calentamiento, cpu,
					"POST /ciudadano/pqrsd (formulario público)", 302, formulario);
			double p95 = r.latencia().getValueAtPercentile(95) / 1e6;
			long radicadas = jdbc.queryForObject("SELECT count(*) FROM pqrsd_caso WHERE estado = 'RADICADA'",
					Long.class);
			long codigos = jdbc.queryForObject("SELECT count(*) FROM ciudadano_pin", Long.class);
			AppBenchmark.linea(String.format(Locale.ROOT,
					"[ciudadano] %d PQRSD radicadas en total (%d en la ventana y su calentamiento), %d códigos de "
							+ "consulta; p50 / p95 / p99: %s ms; meta p95 < 500 ms: %s",
					radicadas, casos(jdbc) - antes, codigos, PqrsdCarga.percentiles(r),
					p95 < 500 ? "CUMPLE" : "NO CUMPLE"));
			// Prints the numbering check (gaps, duplicates); its count of 201 answers
			// does not
			// apply to a form answered 302, so only the stored cases and codes are
			// compared.
			RadicacionCarga.comprobarNumeracion(jdbc);
			boolean bien = radicadas == codigos;
			if (!bien) {
				System.exit(1);
			}
		}
	}

	private static HttpRequest solicitud(int puerto, String[] sesion, int c, long n) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + puerto + "/ciudadano/pqrsd"))
			.timeout(Duration.ofSeconds(30))
			.header("Cookie", sesion[0])
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Forwarded-For", direccion(c, n))
			.POST(HttpRequest.BodyPublishers.ofString(cuerpo(sesion[1], c, n)))
			.build();
	}

	/** Opens the form as a browser: the session cookie and the CSRF token. */
	static String[] sesion(int puerto) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> r = http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + puerto + "/ciudadano/pqrsd")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher m = CSRF.matcher(r.body());
		if (r.statusCode() != 200 || !m.find()) {
			throw new IllegalStateException("No se pudo abrir el formulario: " + r.statusCode());
		}
		String cookie = r.headers()
			.allValues("Set-Cookie")
			.stream()
			.map(v -> v.split(";", 2)[0])
			.reduce((a, b) -> a + "; " + b)
			.orElseThrow();
		return new String[] { cookie, m.group(1) };
	}

	/** A distinct address for each filing (10.c.x.y), as citizens at their homes. */
	static String direccion(int ciudadano, long n) {
		return "10." + (ciudadano % 250) + "." + (n / 250 % 250) + "." + (n % 250 + 1);
	}

	/** A distinct citizen and subject on every request; every tenth one anonymous. */
	static String cuerpo(String token, int ciudadano, long n) {
		StringBuilder sb = new StringBuilder();
		campo(sb, "_csrf", token);
		campo(sb, "etiqueta", n % 3 == 0 ? "QUEJA" : "");
		campo(sb, "asunto", "Solicitud " + ciudadano + "-" + n + " sobre el alumbrado del barrio");
		campo(sb, "descripcion", "Las luminarias de la calle " + (n % 97) + " llevan una semana apagadas.");
		if (n % 10 != 0) {
			campo(sb, "nombre", "Ciudadana " + ciudadano + "-" + n);
			campo(sb, "correo", "c" + ciudadano + "-" + n + "@correo.co");
			campo(sb, "canalRespuesta", "CORREO_ELECTRONICO");
			campo(sb, "autorizaDatos", "true");
		}
		else {
			campo(sb, "anonimo", "true");
		}
		campo(sb, "sitioWeb", "");
		return sb.toString();
	}

	private static void campo(StringBuilder sb, String nombre, String valor) {
		if (!sb.isEmpty()) {
			sb.append('&');
		}
		sb.append(nombre).append('=').append(URLEncoder.encode(valor, StandardCharsets.UTF_8));
	}

	private static long casos(JdbcTemplate jdbc) {
		Long n = jdbc.queryForObject("SELECT count(*) FROM pqrsd_caso", Long.class);
		return n == null ? 0 : n;
	}

}
