package co.pqrsd.server.archivo.trd;

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
import co.pqrsd.core.archivo.trd.Disposicion;
import co.pqrsd.core.archivo.trd.FilaTrd;
import co.pqrsd.core.archivo.trd.FormatoAgn;
import co.pqrsd.core.archivo.trd.Soporte;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 11's target end to end: {@code POST /api/v1/trd/versiones/{id}/importacion} of a
 * 2 000-row TRD in the AGN layout (20 oficinas productoras, one sheet each, series with
 * subseries, three tipos documentales per row merged over by the code and value cells) on
 * the real server over HTTP: upload, reading with POI, validation, the batched insert and
 * its audit, in one request, into a new draft each time. Target under 5 s. Run with
 * {@code scripts/benchmark.sh trd [importaciones]}.
 */
public final class ImportacionTrdCarga {

	static final int OFICINAS = 20;

	static final int FILAS_POR_OFICINA = 100;

	private static final String FRONTERA = "----pqrsd-benchmark-trd";

	private ImportacionTrdCarga() {
	}

	/** The workbook: 20 sheets of 100 rows (50 series of 2 subseries each). */
	static byte[] xlsx() {
		Disposicion[] disposiciones = { new Disposicion(true, false, false, false),
				new Disposicion(false, true, false, false), new Disposicion(false, false, true, false),
				new Disposicion(true, false, false, true), new Disposicion(false, true, false, true),
				new Disposicion(false, false, true, true) };
		List<FormatoAgn.Hoja> hojas = new ArrayList<>();
		for (int o = 0; o < OFICINAS; o++) {
			String oficina = String.valueOf(950 + o);
			List<FilaTrd> filas = new ArrayList<>();
			for (int i = 0; i < FILAS_POR_OFICINA; i++) {
				String serie = String.format("%02d", i / 2 + 1);
				String sub = String.format("%02d", i % 2 + 1);
				Disposicion d = disposiciones[i % disposiciones.length];
				String proc = d.s() ? "Seleccionar. Muestreo: 5 % de cada año." : "Aplicar la disposición con acta.";
				filas.add(new FilaTrd(oficina, serie, sub, "SERIE " + serie, "Subserie " + serie + "." + sub,
						List.of("Solicitud", "Trámite", "Respuesta"), Soporte.values()[i % 3], 1 + i % 5, 2 + i % 9, d,
						d.s() ? "5 % de cada año." : null, proc, FilaTrd.CIERRE));
			}
			hojas.add(FormatoAgn.hoja("Alcaldía de prueba", "TRD benchmark", oficina, "Oficina " + oficina, filas));
		}
		return TablasTrd.xlsx(hojas);
	}

	public static void main(String[] args) throws Exception {
		int medidas = args.length > 0 ? Integer.parseInt(args[0]) : 5;
		int calentamiento = 2;
		byte[] xlsx = xlsx();
		try (ConfigurableApplicationContext app = AppBenchmark.iniciar("trd", true)) {
			String base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
			String admin = basic("admin:Benchmark2026pqrsd");
			HttpClient http = HttpClient.newHttpClient();
			for (int o = 0; o < OFICINAS; o++) {
				enviar(http, json(base + "/api/v1/dependencias", admin,
						"{\"codigo\":\"" + (950 + o) + "\",\"nombre\":\"Oficina " + (950 + o) + "\"}"), 201);
			}
			enviar(http, json(base + "/api/v1/usuarios", admin,
					"{\"username\":\"trdbench\",\"nombre\":\"Archivista\",\"email\":\"trd@x.co\","
							+ "\"password\":\"TrdBenchmark2026\",\"roles\":[\"ARCHIVISTA\"],\"dependencias\":[\"950\"]}"),
					201);
			String archivista = basic("trdbench:TrdBenchmark2026");
			List<Double> ms = new ArrayList<>();
			for (int i = 0; i < calentamiento + medidas; i++) {
				String creada = enviar(http,
						json(base + "/api/v1/trd/versiones", archivista, "{\"nombre\":\"Benchmark " + i + "\"}"), 201);
				String id = creada.replaceAll("(?s).*\"id\":(\\d+).*", "$1");
				HttpRequest importar = HttpRequest
					.newBuilder(URI.create(base + "/api/v1/trd/versiones/" + id + "/importacion"))
					.header("Authorization", archivista)
					.header("Content-Type", "multipart/form-data; boundary=" + FRONTERA)
					.POST(HttpRequest.BodyPublishers.ofByteArray(multipart(xlsx)))
					.build();
				long t0 = System.nanoTime();
				String cuerpo = enviar(http, importar, 200);
				double t = (System.nanoTime() - t0) / 1e6;
				if (!cuerpo.contains("\"filas\":" + OFICINAS * FILAS_POR_OFICINA)) {
					AppBenchmark
						.linea("[trd] respuesta inesperada: " + cuerpo.substring(0, Math.min(300, cuerpo.length())));
				}
				if (i >= calentamiento) {
					ms.add(t);
				}
			}
			ms.sort(Double::compare);
			double max = ms.get(ms.size() - 1);
			AppBenchmark.linea(String.format(Locale.ROOT,
					"[trd] importación de %d filas (%d hojas, XLSX de %d KB) por POST /api/v1/trd/versiones/{id}/importacion, "
							+ "%d medidas tras %d de calentamiento: p50 %.0f ms, máximo %.0f ms; meta < 5 000 ms: %s",
					OFICINAS * FILAS_POR_OFICINA, OFICINAS, xlsx.length / 1024, medidas, calentamiento,
					ms.get(ms.size() / 2), max, max < 5000 ? "cumple" : "NO CUMPLE"));
		}
	}

	private static String basic(String credenciales) {
		return "Basic " + Base64.getEncoder().encodeToString(credenciales.getBytes(StandardCharsets.UTF_8));
	}

	private static HttpRequest json(String url, String autorizacion, String cuerpo) {
		return HttpRequest.newBuilder(URI.create(url))
			.header("Authorization", autorizacion)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(cuerpo))
			.build();
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
				+ "\r\nContent-Disposition: form-data; name=\"archivo\"; filename=\"trd.xlsx\"\r\n"
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
