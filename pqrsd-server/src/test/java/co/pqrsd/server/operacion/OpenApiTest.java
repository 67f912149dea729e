package co.pqrsd.server.operacion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.PruebaIntegracion;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI description of /api/v1 ({@code /v3/api-docs}) keeps every operation and
 * field pinned in {@code openapi/fijados.txt}, documents problem+json errors with their
 * codes, and is for logged-in users only.
 */
@PruebaIntegracion
class OpenApiTest {

	@LocalServerPort
	int puerto;

	record Fijada(String metodo, String ruta, List<String> campos) {
	}

	static List<Fijada> fijadas() throws IOException {
		List<Fijada> fijadas = new ArrayList<>();
		try (InputStream in = OpenApiTest.class.getResourceAsStream("/openapi/fijados.txt")) {
			for (String linea : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String l = linea.strip();
				if (l.isEmpty() || l.startsWith("#")) {
					continue;
				}
				String[] partes = l.split("\\s+");
				fijadas.add(new Fijada(partes[0].toLowerCase(), partes[1], List.of(partes).subList(2, partes.length)));
			}
		}
		return fijadas;
	}

	@Test
	void laDescripcionTieneCadaOperacionYCampoFijadoConSusErrores() throws IOException {
		var r = ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN).get("/v3/api-docs");
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(200);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/openapi.json"), r.cuerpo());
		JsonNode api = r.json();
		assertThat(api.get("openapi").asString()).startsWith("3.");
		JsonNode rutas = api.get("paths");
		List<String> faltan = new ArrayList<>();
		for (Fijada f : fijadas()) {
			JsonNode operacion = rutas.path(f.ruta()).path(f.metodo());
			if (operacion.isMissingNode()) {
				faltan.add(f.metodo().toUpperCase() + " " + f.ruta());
				continue;
			}
			boolean publica = f.ruta().startsWith("/api/v1/publico/");
			for (String estado : publica ? List.of("400") : List.of("400", "401", "403")) {
				assertThat(operacion.path("responses").path(estado).path("content").has("application/problem+json"))
					.as(f + " " + estado)
					.isTrue();
			}
			if (f.ruta().contains("{")) {
				assertThat(operacion.path("responses").has("404")).as(f + " 404").isTrue();
			}
			if (!f.metodo().equals("get")) {
				assertThat(operacion.path("responses").has("409")).as(f + " 409").isTrue();
			}
			JsonNode esquema = esquemaExito(api, operacion);
			for (String campo : f.campos()) {
				if (esquema == null || !esquema.path("properties").has(campo)) {
					faltan.add(f.metodo().toUpperCase() + " " + f.ruta() + " campo " + campo);
				}
			}
		}
		assertThat(faltan).as("operaciones o campos que faltan en /v3/api-docs").isEmpty();
		// The codes come from docs/errores.md, by module.
		assertThat(rutas.path("/api/v1/radicados/{numero}/anulacion")
			.path("post")
			.path("responses")
			.path("409")
			.path("description")
			.asString()).contains("`");
		assertThat(api.path("components")
			.path("schemas")
			.path(ConfiguracionOpenApi.PROBLEMA)
			.path("properties")
			.has("code")).isTrue();
		// Only our API is described.
		rutas.propertyNames().forEach(ruta -> assertThat(ruta).startsWith("/api/v1/"));
	}

	@Test
	void laDescripcionYSuInterfazSonParaUsuariosConSesion() {
		assertThat(ClienteApi.anonimo(puerto).get("/v3/api-docs").estado()).isEqualTo(401);
		var ui = ClienteApi.anonimo(puerto).get("/swagger-ui/index.html");
		assertThat(ui.estado()).isEqualTo(302);
		assertThat(ui.cruda().headers().firstValue("Location").orElse("")).endsWith("/login");
	}

	/** The schema of the first 2xx JSON response, with a $ref resolved. */
	private static JsonNode esquemaExito(JsonNode api, JsonNode operacion) {
		for (String estado : List.of("200", "201")) {
			JsonNode contenido = operacion.path("responses").path(estado).path("content");
			for (JsonNode tipo : contenido) {
				JsonNode esquema = tipo.path("schema");
				if (esquema.has("items")) {
					esquema = esquema.get("items");
				}
				if (esquema.has("$ref")) {
					String nombre = esquema.get("$ref").asString().substring("#/components/schemas/".length());
					return api.path("components").path("schemas").path(nombre);
				}
				return esquema;
			}
		}
		return null;
	}

}
