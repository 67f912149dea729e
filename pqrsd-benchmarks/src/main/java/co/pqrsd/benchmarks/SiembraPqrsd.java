package co.pqrsd.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.pqrsd.core.pqrsd.NormasPqrsd;
import co.pqrsd.core.pqrsd.Plazos;
import co.pqrsd.core.pqrsd.Pqrsd;
import co.pqrsd.server.terminos.TerminosEntidad;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open PQRSD cases seeded through the real API, as the ventanilla and the jefes would
 * open and assign them: {@code POST /api/v1/pqrsd} by one clerk per client, then
 * {@code POST /api/v1/pqrsd/{radicado}/asignacion} by the jefe of the case's dependencia.
 * Everything the server stores for a case (radicado, the core aggregate as jsonb, its
 * facts, the audit trail, and the engine's process instance and timers once they exist)
 * is therefore exactly what production stores. Users: {@code dependencias} dependencias
 * (codes 501, 502, ...), each with a jefe ({@code jefe501}, FUNCIONARIO and
 * JEFE_DEPENDENCIA) and {@code funcionarios} funcionarios ({@code f501-0}, ...), one
 * RADICADOR per client at the ventanilla (120) and one CONTROL_INTERNO user.
 */
final class SiembraPqrsd {

	static final String CLAVE = "Bandeja2026pqrsd";

	static final String VENTANILLA = "120";

	private static final Pattern RADICADO = Pattern.compile("\"radicado\"\\s*:\\s*\"([^\"]+)\"");

	/** A case to open: its body and who to assign it to (null: left in reparto). */
	record Caso(String json, String dependencia, @Nullable String asignarA) {
	}

	private final int puerto;

	private final int dependencias;

	private final int funcionarios;

	private final int clientes;

	private final Map<String, String> autorizaciones = new ConcurrentHashMap<>();

	SiembraPqrsd(int puerto, int dependencias, int funcionarios, int clientes) {
		this.puerto = puerto;
		this.dependencias = dependencias;
		this.funcionarios = funcionarios;
		this.clientes = clientes;
	}

	int dependencias() {
		return dependencias;
	}

	int funcionariosPorDependencia() {
		return funcionarios;
	}

	static String codigo(int dependencia) {
		return Integer.toString(501 + dependencia);
	}

	static String jefe(int dependencia) {
		return "jefe" + codigo(dependencia);
	}

	static String funcionario(int dependencia, int k) {
		return "f" + codigo(dependencia) + "-" + k;
	}

	static String radicador(int cliente) {
		return "siembra" + cliente;
	}

	/** HTTP Basic for a user of the seed (all share one password). */
	String autorizacion(String usuario) {
		return autorizaciones.computeIfAbsent(usuario,
				u -> "Basic " + Base64.getEncoder().encodeToString((u + ":" + CLAVE).getBytes(StandardCharsets.UTF_8)));
	}

	/** Creates the dependencias and users (as admin, through the API). */
	void preparar() {
		HttpClient http = HttpClient.newHttpClient();
		String admin = "Basic "
				+ Base64.getEncoder().encodeToString("admin:Benchmark2026pqrsd".getBytes(StandardCharsets.UTF_8));
		RadicacionCarga.crear(http, admin, puerto, "/api/v1/dependencias",
				"{\"codigo\":\"" + VENTANILLA + "\",\"nombre\":\"Ventanilla única\"}");
		RadicacionCarga.crear(http, admin, puerto, "/api/v1/dependencias",
				"{\"codigo\":\"130\",\"nombre\":\"Oficina de Control Interno\"}");
		for (int d = 0; d < dependencias; d++) {
			RadicacionCarga.crear(http, admin, puerto, "/api/v1/dependencias",
					"{\"codigo\":\"" + codigo(d) + "\",\"nombre\":\"Secretaría " + codigo(d) + "\"}");
		}
		usuario(http, admin, "control", "[\"CONTROL_INTERNO\"]", "130");
		for (int c = 0; c < clientes; c++) {
			usuario(http, admin, radicador(c), "[\"RADICADOR\"]", VENTANILLA);
		}
		for (int d = 0; d < dependencias; d++) {
			usuario(http, admin, jefe(d), "[\"FUNCIONARIO\",\"JEFE_DEPENDENCIA\"]", codigo(d));
			for (int k = 0; k < funcionarios; k++) {
				usuario(http, admin, funcionario(d, k), "[\"FUNCIONARIO\"]", codigo(d));
			}
		}
	}

	private void usuario(HttpClient http, String admin, String username, String roles, String dependencia) {
		RadicacionCarga.crear(http, admin, puerto, "/api/v1/usuarios",
				"{\"username\":\"" + username + "\",\"nombre\":\"Usuario " + username + "\",\"email\":\"" + username
						+ "@bench.pqrsd.co\",\"password\":\"" + CLAVE + "\",\"roles\":" + roles
						+ ",\"dependencias\":[\"" + dependencia + "\"]}");
	}

	/**
	 * Opens cases {@code desde} (inclusive) to {@code hasta} (exclusive) with all the
	 * clients at once; each client opens a case and assigns it before the next.
	 * @return the cases opened
	 */
	long sembrar(long desde, long hasta, LongFunction<Caso> plan) throws InterruptedException {
		AtomicLong siguiente = new AtomicLong(desde);
		AtomicLong abiertos = new AtomicLong();
		Map<Integer, AtomicLong> fallos = new ConcurrentHashMap<>();
		AtomicInteger mostrados = new AtomicInteger();
		List<Thread> hilos = new ArrayList<>();
		for (int c = 0; c < clientes; c++) {
			int cliente = c;
			Thread t = new Thread(() -> {
				HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
				long i;
				while ((i = siguiente.getAndIncrement()) < hasta) {
					Caso caso = plan.apply(i);
					HttpResponse<String> r = enviar(http, "/api/v1/pqrsd", radicador(cliente), caso.json());
					if (r == null || r.statusCode() != 201) {
						fallo(fallos, mostrados, r);
						continue;
					}
					abiertos.incrementAndGet();
					if (caso.asignarA() == null) {
						continue;
					}
					Matcher m = RADICADO.matcher(r.body());
					if (!m.find()) {
						fallo(fallos, mostrados, r);
						continue;
					}
					String jefe = "jefe" + caso.dependencia();
					HttpResponse<String> a = enviar(http, "/api/v1/pqrsd/" + m.group(1) + "/asignacion", jefe,
							"{\"usuario\":\"" + caso.asignarA() + "\"}");
					if (a == null || a.statusCode() != 200) {
						fallo(fallos, mostrados, a);
					}
				}
			}, "siembra-" + c);
			hilos.add(t);
			t.start();
		}
		for (Thread t : hilos) {
			t.join();
		}
		if (!fallos.isEmpty()) {
			Map<Integer, Long> resumen = new TreeMap<>();
			fallos.forEach((k, v) -> resumen.put(k, v.get()));
			AppBenchmark.linea("[siembra] respuestas inesperadas por código: " + resumen);
		}
		return abiertos.get();
	}

	private static void fallo(Map<Integer, AtomicLong> fallos, AtomicInteger mostrados,
			@Nullable HttpResponse<String> r) {
		int estado = r == null ? -1 : r.statusCode();
		fallos.computeIfAbsent(estado, k -> new AtomicLong()).incrementAndGet();
		if (r != null && mostrados.incrementAndGet() <= 3) {
			AppBenchmark.linea("[siembra] " + r.request().uri().getPath() + " respondió " + estado + ": " + r.body());
		}
	}

	private @Nullable HttpResponse<String> enviar(HttpClient http, String ruta, String usuario, String cuerpo) {
		try {
			return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + puerto + ruta))
				.timeout(Duration.ofSeconds(60))
				.header("Authorization", autorizacion(usuario))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(cuerpo))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (java.io.IOException e) {
			return null;
		}
	}

	/** GET as {@code usuario}: the status code. */
	int estado(String ruta, String usuario) {
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + puerto + ruta))
					.timeout(Duration.ofSeconds(60))
					.header("Authorization", autorizacion(usuario))
					.GET()
					.build(), HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return -1;
		}
		catch (java.io.IOException e) {
			return -1;
		}
	}

	/** The entity's deadlines as the server computes them now. */
	static Plazos plazos(ConfigurableApplicationContext app) {
		TerminosEntidad t = app.getBean(TerminosEntidad.class);
		return new Plazos(t.motor(), t.semaforo(), NormasPqrsd.legales());
	}

	/** Every stored case, read back as the core aggregate (as the server reads it). */
	static List<Pqrsd> casos(ConfigurableApplicationContext app) {
		JsonMapper json = app.getBean(JsonMapper.class);
		return app.getBean(JdbcTemplate.class)
			.query("SELECT caso::text FROM pqrsd_caso", (rs, i) -> json.readValue(rs.getString(1), Pqrsd.class));
	}

	/** The {@code n} business days up to {@code hasta} (included), oldest first. */
	static List<LocalDate> diasHabiles(ConfigurableApplicationContext app, LocalDate hasta, int n) {
		var calendario = app.getBean(TerminosEntidad.class).calendario();
		List<LocalDate> dias = new ArrayList<>();
		for (LocalDate d = hasta; dias.size() < n; d = d.minusDays(1)) {
			if (calendario.esHabil(d)) {
				dias.add(0, d);
			}
		}
		return dias;
	}

}
