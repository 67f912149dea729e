package co.pqrsd.server.seguridad;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One real browser-like web session (its own cookie jar, CSRF tokens taken from the
 * pages), without following redirects so that tests see them.
 */
public final class SesionWeb {

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	private final Map<String, String> cabeceras = new LinkedHashMap<>();

	public SesionWeb(int puerto) {
		this.base = "http://localhost:" + puerto;
	}

	/**
	 * Sends this header with every request (e.g. X-Forwarded-For behind a trusted proxy).
	 */
	SesionWeb con(String cabecera, String valor) {
		cabeceras.put(cabecera, valor);
		return this;
	}

	/**
	 * @return the login's redirect target
	 */
	public String ingresar(String usuario, String clave) {
		return enviarFormulario("/login", "/login", Map.of("username", usuario, "password", clave)).headers()
			.firstValue("Location")
			.orElse("");
	}

	public HttpResponse<String> get(String ruta) {
		return enviar(peticion(ruta).GET());
	}

	/** Posts a form with the CSRF token of the page {@code pagina}. */
	HttpResponse<String> enviarFormulario(String pagina, String ruta, Map<String, String> campos) {
		String html = get(pagina).body();
		String csrf = html.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		Map<String, String> todos = new LinkedHashMap<>(campos);
		todos.put("_csrf", csrf);
		return enviarCrudo(ruta, todos);
	}

	/** Posts a form as is (with a token taken before, e.g. from a page seen earlier). */
	HttpResponse<String> enviarCrudo(String ruta, Map<String, String> campos) {
		String cuerpo = campos.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return enviar(peticion(ruta).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(cuerpo)));
	}

	static String csrf(String html) {
		return html.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
	}

	private HttpRequest.Builder peticion(String ruta) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + ruta));
		cabeceras.forEach(b::header);
		return b;
	}

	private HttpResponse<String> enviar(HttpRequest.Builder peticion) {
		try {
			return http.send(peticion.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

}
