package co.pqrsd.server.comun;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.PruebaIntegracion;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The JSON limit counts the bytes actually read: a body sent with Transfer-Encoding:
 * chunked (no Content-Length) is cut at the limit with 413, never held whole in memory.
 */
@PruebaIntegracion
class CuerpoFragmentadoTest {

	private static final int CINCUENTA_MB = 50 * 1024 * 1024;

	@LocalServerPort
	int puerto;

	ClienteApi admin() {
		return ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
	}

	@Test
	void unJsonFragmentadoDe50MbDa413YElServidorSigueRespondiendo() throws Exception {
		var r = admin().enviar(admin().peticion("/api/v1/dependencias")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> jsonEnorme(CINCUENTA_MB))));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(413);
		assertThat(r.tipo()).startsWith("application/problem+json");
		assertThat(r.json().get("code").asString()).isEqualTo("CUERPO_DEMASIADO_GRANDE");
		assertThat(admin().get("/api/v1/dependencias").estado()).isEqualTo(200);
	}

	@Test
	void variosJsonFragmentadosEnParaleloNoLlenanElHeap() throws Exception {
		MemoryPoolMXBean vieja = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(p -> p.getType() == MemoryType.HEAP)
			.filter(p -> p.getName().contains("Old") || p.getName().contains("Tenured"))
			.findFirst()
			.orElseThrow();
		System.gc();
		long antes = vieja.getUsage().getUsed();
		vieja.resetPeakUsage();
		ExecutorService hilos = Executors.newFixedThreadPool(8);
		try {
			List<Future<Integer>> estados = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				estados.add(
						hilos.submit(() -> admin()
							.enviar(admin().peticion("/api/v1/dependencias")
								.header("Content-Type", "application/json")
								.POST(HttpRequest.BodyPublishers.ofInputStream(() -> jsonEnorme(CINCUENTA_MB))))
							.estado()));
			}
			for (Future<Integer> e : estados) {
				assertThat(e.get(120, TimeUnit.SECONDS)).isEqualTo(413);
			}
		}
		finally {
			hilos.shutdownNow();
		}
		assertThat(vieja.getPeakUsage().getUsed() - antes).as("crecimiento del heap (bytes)").isLessThan(200L << 20);
		long inicio = System.nanoTime();
		assertThat(ClienteApi.anonimo(puerto).get("/readyz").estado()).isEqualTo(200);
		assertThat((System.nanoTime() - inicio) / 1_000_000).isLessThan(5_000);
	}

	@Test
	void laParteDeDatosDeUnMultipartObedeceElLimiteDelJson() {
		byte[] datos = ("{\"asunto\":\"" + "a".repeat(2 << 20) + "\"}").getBytes(StandardCharsets.UTF_8);
		var r = admin().multipart("/api/v1/radicados",
				ClienteApi.Parte.archivo("radicado", "radicado.json", "application/json", datos));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(413);
		assertThat(r.json().get("code").asString()).isEqualTo("CUERPO_DEMASIADO_GRANDE");
	}

	@Test
	void unMultipartFragmentadoMayorQueSuLimiteDa413() {
		String frontera = "----limite";
		byte[] inicio = ("--" + frontera + "\r\nContent-Disposition: form-data; name=\"principal\"; filename=\"a.pdf\""
				+ "\r\nContent-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII);
		byte[] fin = ("\r\n--" + frontera + "--\r\n").getBytes(StandardCharsets.US_ASCII);
		var r = admin().enviar(admin().peticion("/api/v1/radicados")
			.header("Content-Type", "multipart/form-data; boundary=" + frontera)
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.SequenceInputStream(
					java.util.Collections.enumeration(List.of(new java.io.ByteArrayInputStream(inicio),
							relleno(55 * 1024 * 1024), new java.io.ByteArrayInputStream(fin)))))));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(413);
		assertThat(r.json().get("code").asString()).isEqualTo("CUERPO_DEMASIADO_GRANDE");
		assertThat(admin().get("/api/v1/dependencias").estado()).isEqualTo(200);
	}

	private static InputStream relleno(int tamano) {
		return new InputStream() {

			private int posicion;

			@Override
			public int read() {
				return posicion++ < tamano ? 'a' : -1;
			}

			@Override
			public int read(byte[] b, int desde, int cuantos) {
				if (posicion >= tamano) {
					return -1;
				}
				int n = Math.min(cuantos, tamano - posicion);
				java.util.Arrays.fill(b, desde, desde + n, (byte) 'a');
				posicion += n;
				return n;
			}

		};
	}

	/**
	 * {"codigo":"999","nombre":"aaaa…"} of about {@code tamano} bytes, made as it is
	 * read.
	 */
	private static InputStream jsonEnorme(int tamano) {
		byte[] inicio = "{\"codigo\":\"999\",\"nombre\":\"".getBytes(StandardCharsets.US_ASCII);
		byte[] fin = "\"}".getBytes(StandardCharsets.US_ASCII);
		return new InputStream() {

			private long posicion;

			@Override
			public int read() {
				long total = inicio.length + (long) tamano + fin.length;
				if (posicion >= total) {
					return -1;
				}
				long p = posicion++;
				if (p < inicio.length) {
					return inicio[(int) p];
				}
				if (p < inicio.length + (long) tamano) {
					return 'a';
				}
				return fin[(int) (p - inicio.length - tamano)];
			}

			@Override
			public int read(byte[] b, int desde, int cuantos) {
				int n = 0;
				while (n < cuantos) {
					int c = read();
					if (c < 0) {
						return n == 0 ? -1 : n;
					}
					b[desde + n++] = (byte) c;
				}
				return n;
			}

		};
	}

}
