package co.pqrsd.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client against the running server, as a script or an integration would
 * call the API.
 */
public final class ClienteApi {

	public static final String ADMIN = "admin";

	public static final String CLAVE_ADMIN = "Clave2026segura";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final String base;

	private final String autorizacion;

	private ClienteApi(String base, String autorizacion) {
		this.base = base;
		this.autorizacion = autorizacion;
	}

	public static ClienteApi como(int puerto, String usuario, String clave) {
		String credenciales = Base64.getEncoder()
			.encodeToString((usuario + ":" + clave).getBytes(StandardCharsets.UTF_8));
		return new ClienteApi("http://localhost:" + puerto, "Basic " + credenciales);
	}

	public static ClienteApi anonimo(int puerto) {
		return new ClienteApi("http://localhost:" + puerto, null);
	}

	public record Respuesta(int estado, String cuerpo, HttpResponse<byte[]> cruda) {

		public JsonNode json() {
			return JSON.readTree(cuerpo);
		}

		public String tipo() {
			return cruda.headers().firstValue("Content-Type").orElse("");
		}

	}

	public Respuesta get(String ruta) {
		return enviar(peticion(ruta).GET());
	}

	public Respuesta post(String ruta, String json) {
		return enviar(peticion(ruta).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	public Respuesta put(String ruta, String json) {
		return enviar(peticion(ruta).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	/** One part of a multipart body; {@code archivo} null for a plain field. */
	public record Parte(String nombre, String archivo, String tipo, byte[] contenido) {

		public static Parte json(String nombre, String json) {
			return new Parte(nombre, null, "application/json", json.getBytes(StandardCharsets.UTF_8));
		}

		public static Parte archivo(String nombre, String archivo, String tipo, byte[] contenido) {
			return new Parte(nombre, archivo, tipo, contenido);
		}

	}

	public Respuesta multipart(String ruta, Parte... partes) {
		String frontera = "----pqrsd" + System.nanoTime();
		java.io.ByteArrayOutputStream cuerpo = new java.io.ByteArrayOutputStream();
		try {
			for (Parte p : partes) {
				cuerpo.write(("--" + frontera + "\r\nContent-Disposition: form-data; name=\"" + p.nombre() + "\""
						+ (p.archivo() == null ? "" : "; filename=\"" + p.archivo() + "\"") + "\r\nContent-Type: "
						+ p.tipo() + "\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
				cuerpo.write(p.contenido());
				cuerpo.write("\r\n".getBytes(StandardCharsets.UTF_8));
			}
			cuerpo.write(("--" + frontera + "--\r\n").getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return enviar(peticion(ruta).header("Content-Type", "multipart/form-data; boundary=" + frontera)
			.POST(HttpRequest.BodyPublishers.ofByteArray(cuerpo.toByteArray())));
	}

	public Respuesta enviar(HttpRequest.Builder peticion) {
		try {
			HttpResponse<byte[]> r = http.send(peticion.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Respuesta(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8), r);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public HttpRequest.Builder peticion(String ruta) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + ruta)).timeout(Duration.ofSeconds(60));
		if (autorizacion != null) {
			b.header("Authorization", autorizacion);
		}
		return b;
	}

	public static String json(Object valor) {
		return JSON.writeValueAsString(valor);
	}

}
