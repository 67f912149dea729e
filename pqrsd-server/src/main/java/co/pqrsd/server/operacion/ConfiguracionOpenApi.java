package co.pqrsd.server.operacion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.modulith.ApplicationModule;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI 3 description of {@code /api/v1} ({@code /v3/api-docs}, UI at
 * {@code /swagger-ui/index.html} for logged-in users), generated from the controllers.
 * Every operation also lists its problem+json errors: 400, 401, 403, 404 (paths with a
 * variable), 409 (writes), each with the codes the error catalogue
 * ({@code docs/errores.md}, packed in the JAR) gives for the controller's module and for
 * the common rules.
 */
@Configuration(proxyBeanMethods = false)
class ConfiguracionOpenApi {

	static final String PROBLEMA = "Problema";

	private static final Pattern SECCION = Pattern.compile("^## (.+)$");

	private static final Pattern FILA = Pattern.compile("^\\| `([A-Z0-9_]+)` \\| (\\d{3}) \\|");

	@Bean
	OpenAPI descripcionApi() {
		Schema<Object> problema = new ObjectSchema().description(
				"RFC 9457 (application/problem+json): un `code` estable del catálogo docs/errores.md y un detalle en español")
			.addProperty("type", new StringSchema())
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema())
			.addProperty("detail", new StringSchema())
			.addProperty("instance", new StringSchema())
			.addProperty("code", new StringSchema().description("Código estable del error (docs/errores.md)"))
			.addProperty("errores",
					new ArraySchema()
						.items(new ObjectSchema().addProperty("campo", new StringSchema())
							.addProperty("mensaje", new StringSchema())
							.addProperty("codigo", new StringSchema()))
						.description("Errores de validación, campo por campo"))
			.addProperty("parametros", new ObjectSchema());
		return new OpenAPI()
			.info(new Info().title("pqrsd — API")
				.version("v1")
				.description("Radicación, PQRSD, auditoría, plan anticorrupción, mapa de riesgos y tableros de la "
						+ "alcaldía. Autenticación HTTP Basic con un usuario de pqrsd; cada operación responde según "
						+ "los roles del usuario. Los errores son application/problem+json con un `code` estable.")
				.license(new License().name("Software libre")))
			.components(new Components().addSchemas(PROBLEMA, problema)
				.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}

	@Bean
	OperationCustomizer erroresDeCadaOperacion() {
		Map<String, Map<Integer, TreeSet<String>>> catalogo = leerCatalogo();
		return (operacion, manejador) -> {
			Map<Integer, TreeSet<String>> codigos = codigosDe(catalogo, manejador);
			boolean conVariable = tieneVariable(manejador);
			boolean escribe = escribe(manejador);
			ApiResponses respuestas = operacion.getResponses() == null ? new ApiResponses() : operacion.getResponses();
			agregar(respuestas, 400, "Solicitud inválida", codigos);
			if (publica(manejador)) {
				// The public pages of the citizen channel need no login.
				operacion.setSecurity(List.of());
			}
			else {
				agregar(respuestas, 401, "Autenticación requerida", codigos);
				agregar(respuestas, 403, "Acceso denegado: el rol o la dependencia del usuario no lo permiten",
						codigos);
			}
			if (conVariable) {
				agregar(respuestas, 404, "No encontrado", codigos);
			}
			if (escribe) {
				agregar(respuestas, 409, "Conflicto con el estado actual", codigos);
			}
			operacion.setResponses(respuestas);
			return operacion;
		};
	}

	private static void agregar(ApiResponses respuestas, int estado, String descripcion,
			Map<Integer, TreeSet<String>> codigos) {
		String clave = String.valueOf(estado);
		if (respuestas.containsKey(clave) && respuestas.get(clave).getContent() != null
				&& respuestas.get(clave).getContent().containsKey("application/problem+json")) {
			return;
		}
		TreeSet<String> lista = codigos.getOrDefault(estado, new TreeSet<>());
		String texto = lista.isEmpty() ? descripcion : descripcion + ". Códigos posibles: "
				+ String.join(", ", lista.stream().map(c -> "`" + c + "`").toList());
		Schema<Object> esquema = new Schema<>().$ref("#/components/schemas/" + PROBLEMA);
		respuestas.addApiResponse(clave, new ApiResponse().description(texto)
			.content(new Content().addMediaType("application/problem+json", new MediaType().schema(esquema))));
	}

	private static boolean tieneVariable(HandlerMethod manejador) {
		RequestMappingInfoLike info = RequestMappingInfoLike.de(manejador);
		return info.rutas().stream().anyMatch(r -> r.contains("{"));
	}

	private static boolean publica(HandlerMethod manejador) {
		return RequestMappingInfoLike.de(manejador).rutas().stream().allMatch(r -> r.startsWith("/api/v1/publico/"));
	}

	private static boolean escribe(HandlerMethod manejador) {
		RequestMappingInfoLike info = RequestMappingInfoLike.de(manejador);
		return info.metodos().isEmpty() || info.metodos().stream().anyMatch(m -> m != RequestMethod.GET);
	}

	/** Paths and methods of a handler, from its class and method mappings. */
	private record RequestMappingInfoLike(List<String> rutas, List<RequestMethod> metodos) {

		static RequestMappingInfoLike de(HandlerMethod manejador) {
			var metodo = AnnotatedElementUtils.findMergedAnnotation(manejador.getMethod(),
					org.springframework.web.bind.annotation.RequestMapping.class);
			var clase = AnnotatedElementUtils.findMergedAnnotation(manejador.getBeanType(),
					org.springframework.web.bind.annotation.RequestMapping.class);
			List<String> rutas = new ArrayList<>();
			List<String> bases = clase == null || clase.path().length == 0 ? List.of("") : List.of(clase.path());
			List<String> propias = metodo == null || metodo.path().length == 0 ? List.of("") : List.of(metodo.path());
			for (String b : bases) {
				for (String p : propias) {
					rutas.add(b + p);
				}
			}
			return new RequestMappingInfoLike(rutas, metodo == null ? List.of() : List.of(metodo.method()));
		}

	}

	/** Codes of the controller's module and of the common sections, by HTTP status. */
	private static Map<Integer, TreeSet<String>> codigosDe(Map<String, Map<Integer, TreeSet<String>>> catalogo,
			HandlerMethod manejador) {
		Package paquete = manejador.getBeanType().getPackage();
		ApplicationModule modulo = paquete == null ? null : paquete.getAnnotation(ApplicationModule.class);
		String nombre = modulo == null ? "" : modulo.displayName();
		Map<Integer, TreeSet<String>> codigos = new TreeMap<>();
		catalogo.forEach((seccion, porEstado) -> {
			if ((!nombre.isEmpty() && seccion.startsWith(nombre)) || seccion.startsWith("Común")) {
				porEstado
					.forEach((estado, lista) -> codigos.computeIfAbsent(estado, e -> new TreeSet<>()).addAll(lista));
			}
		});
		return codigos;
	}

	/** Section title → HTTP status → codes, from {@code docs/errores.md}. */
	static Map<String, Map<Integer, TreeSet<String>>> leerCatalogo() {
		Map<String, Map<Integer, TreeSet<String>>> catalogo = new LinkedHashMap<>();
		try (InputStream in = ConfiguracionOpenApi.class.getResourceAsStream("/catalogo/errores.md")) {
			if (in == null) {
				return catalogo;
			}
			String seccion = "";
			for (String linea : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				Matcher s = SECCION.matcher(linea);
				if (s.matches()) {
					seccion = s.group(1).strip();
					continue;
				}
				Matcher f = FILA.matcher(linea);
				if (f.find()) {
					catalogo.computeIfAbsent(seccion, k -> new TreeMap<>())
						.computeIfAbsent(Integer.parseInt(f.group(2)), k -> new TreeSet<>())
						.add(f.group(1));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return catalogo;
	}

}
