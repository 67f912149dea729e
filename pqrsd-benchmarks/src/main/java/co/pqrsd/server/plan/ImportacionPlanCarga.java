package co.pqrsd.server.plan;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import co.pqrsd.benchmarks.AppBenchmark;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 10's target end to end: {@code POST /api/v1/planes/{vigencia}/importacion} of a
 * 500-activity XLSX (header repeated every 25 rows, the component merged down) on the
 * real server over HTTP: upload, reading with POI, the core import, the insert and its
 * audit, in one request. Each measured import goes to a new plan of its own vigencia. Run
 * with {@code scripts/benchmark.sh plan [importaciones]}.
 */
public final class ImportacionPlanCarga {

	private static final String FRONTERA = "----pqrsd-benchmark-plan";

	private ImportacionPlanCarga() {
	}

	public static void main(String[] args) throws Exception {
		int medidas = args.length > 0 ? Integer.parseInt(args[0]) : 10;
		int calentamiento = 5;
		ImportacionPlanBenchmark generador = new ImportacionPlanBenchmark();
		generador.preparar();
		byte[] xlsx = generador.xlsx();
		try (ConfigurableApplicationContext app = AppBenchmark.iniciar("plan", true)) {
			int puerto = ((WebServerApplicationContext) app).getWebServer().getPort();
			String admin = "Basic "
					+ Base64.getEncoder().encodeToString("admin:Benchmark2026pqrsd".getBytes(StandardCharsets.UTF_8));
			HttpClient http = HttpClient.newHttpClient();
			List<Double> ms = new ArrayList<>();
			for (int i = 0; i < calentamiento + medidas; i++) {
				int vigencia = 2030 + i;
				enviar(http,
						HttpRequest.newBuilder(URI.create("http://localhost:" + puerto + "/api/v1/planes"))
							.header("Authorization", admin)
							.header("Content-Type", "application/json")
							.POST(HttpRequest.BodyPublishers
								.ofString("{\"vigencia\":" + vigencia + ",\"plantilla\":\"PAAC_V2\"}"))
							.build(),
						201);
				HttpRequest importar = HttpRequest
					.newBuilder(
							URI.create("http://localhost:" + puerto + "/api/v1/planes/" + vigencia + "/importacion"))
					.header("Authorization", admin)
					.header("Content-Type", "multipart/form-data; boundary=" + FRONTERA)
					.POST(HttpRequest.BodyPublishers.ofByteArray(multipart(xlsx)))
					.build();
				long t0 = System.nanoTime();
				String cuerpo = enviar(http, importar, 200);
				double t = (System.nanoTime() - t0) / 1e6;
				if (!cuerpo.contains("\"actividades\":" + ImportacionPlanBenchmark.ACTIVIDADES)
						&& !cuerpo.contains("\"importadas\":" + ImportacionPlanBenchmark.ACTIVIDADES)) {
					AppBenchmark
						.linea("[plan] respuesta inesperada: " + cuerpo.substring(0, Math.min(300, cuerpo.length())));
				}
				if (i >= calentamiento) {
					ms.add(t);
				}
			}
			ms.sort(Double::compare);
			double max = ms.get(ms.size() - 1);
			AppBenchmark.linea(String.format(Locale.ROOT,
					"[plan] importación de %d actividades (XLSX, %d KB) por POST /api/v1/planes/{vigencia}/importacion, "
							+ "%d medidas tras %d de calentamiento: p50 %.0f ms, máximo %.0f ms; meta < 2 000 ms: %s",
					ImportacionPlanBenchmark.ACTIVIDADES, xlsx.length / 1024, medidas, calentamiento,
					ms.get(ms.size() / 2), max, max < 2000 ? "cumple" : "NO CUMPLE"));
		}
	}

	private static String enviar(HttpClient http, HttpRequest r, int esperado) throws Exception {
		HttpResponse<String> respuesta = http.send(r, HttpResponse.BodyHandlers.ofString());
		if (respuesta.statusCode() != esperado) {
			throw new IllegalStateException(r.uri() + " → " + respuesta.statusCode() + ": " + respuesta.body());
		}
		return respuesta.body();
	}

	private static byte[] multipart(byte[] xlsx) {
		byte[] cabecera = ("--" + FRONTERA
				+ "\r\nContent-Disposition: form-data; name=\"archivo\"; filename=\"plan.xlsx\"\r\n"
				+ "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] cierre = ("\r\n--" + FRONTERA + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] todo = new byte[cabecera.length + xlsx.length + cierre.length];
		System.arraycopy(cabecera, 0, todo, 0, cabecera.length);
		System.arraycopy(xlsx, 0, todo, cabecera.length, xlsx.length);
		System.arraycopy(cierre, 0, todo, cabecera.length + xlsx.length, cierre.length);
		return todo;
	}

}
