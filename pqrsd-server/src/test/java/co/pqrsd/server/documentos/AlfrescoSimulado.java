package co.pqrsd.server.documentos;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.wiremock.OpenApiValidationListener;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestWrapper;
import com.github.tomakehurst.wiremock.http.Body;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local stand-in for Alfresco's REST API v1 (the node calls the adapter makes), on
 * WireMock, with every request and every response checked against Alfresco's own Swagger
 * definition ({@code shared/alfresco/openapi/alfresco-core.yaml}) by
 * swagger-request-validator. It keeps nodes in memory: folders (created by
 * {@code relativePath} or explicitly, each a node with its id), properties, aspects,
 * content and a version count; a node can be moved to another folder. "Down" answers 503
 * with Alfresco's error body (the definition's {@code default} response).
 * <p>
 * One documented deviation from the definition is accepted, narrowly: in a node update
 * ({@code PUT /nodes/{id}}) a property that is multi-valued in pqrsd's content model may
 * be a JSON array of strings, which is what Alfresco itself takes for such a property
 * (its {@code NodesImpl.mapToNodeProperties} keeps the parsed list; see
 * {@code NodosAlfresco.actualizar}) although the definition declares every value a
 * string. An array anywhere else, or holding anything but strings, still fails the
 * validation. Like Alfresco, a multi-valued property given a single string keeps it as
 * one value.
 */
final class AlfrescoSimulado implements AutoCloseable {

	static final String BASE = "/alfresco/api/-default-/public/alfresco/versions/1";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The properties of pqrsd's content model declared {@code <multiple>true}. */
	static final Set<String> MULTIVALUADAS = PropiedadesModeloTest.multivaluadas();

	private static final Pattern ACTUALIZACION = Pattern.compile(Pattern.quote(BASE) + "/nodes/[^/?]+");

	/** A node of the simulated repository. */
	static final class Nodo {

		final String id;

		volatile String ruta;

		final String nombre;

		final String tipo;

		final Set<String> aspectos = new LinkedHashSet<>();

		final Map<String, Object> propiedades = new LinkedHashMap<>();

		volatile byte[] contenido = new byte[0];

		volatile int versiones;

		Nodo(String id, String ruta, String nombre, String tipo) {
			this.id = id;
			this.ruta = ruta;
			this.nombre = nombre;
			this.tipo = tipo;
		}

	}

	private final Map<String, Nodo> porId = new ConcurrentHashMap<>();

	private final Map<String, Nodo> porRuta = new ConcurrentHashMap<>();

	/** The folders, by full path and by id (not counted among {@link #nodos()}). */
	private final Map<String, Nodo> carpetas = new ConcurrentHashMap<>();

	private final Map<String, Nodo> carpetasPorId = new ConcurrentHashMap<>();

	/** Every folder creation asked for explicitly, by full path. */
	private final Map<String, AtomicInteger> carpetasCreadas = new ConcurrentHashMap<>();

	/** Every move received: node id and the full path of the target folder. */
	private final List<String[]> movimientos = new java.util.concurrent.CopyOnWriteArrayList<>();

	private final AtomicInteger secuencia = new AtomicInteger();

	private final AtomicInteger peticiones = new AtomicInteger();

	private volatile boolean caido;

	/** Every node creation asked for, by full path (a second one is a duplicate). */
	private final Map<String, AtomicInteger> creaciones = new ConcurrentHashMap<>();

	/** The SHA-256 of every content upload received, by node id, in order. */
	private final Map<String, List<String>> subidas = new ConcurrentHashMap<>();

	private final AtomicInteger totalSubidas = new AtomicInteger();

	private volatile long retrasoMs;

	private volatile int subidaDetenida;

	private volatile @Nullable CountDownLatch trasSubida;

	private final WireMockServer servidor;

	private final Validador validador;

	/**
	 * @return the definition, or null when the shared reference material is absent.
	 */
	static @Nullable Path definicion() {
		Path p = Path.of(System.getProperty("pqrsd.shared.dir", "../../shared"), "alfresco", "openapi",
				"alfresco-core.yaml");
		return Files.isRegularFile(p) ? p : null;
	}

	AlfrescoSimulado(Path definicion) {
		// Swagger 2.0 and JSON Schema allow additional properties unless a schema says
		// otherwise; the validator forbids them by default, which would reject every
		// custom property in Alfresco's free-form "properties" objects. Everything else
		// is
		// checked at the definition's own strictness.
		this.validador = new Validador(OpenApiInteractionValidator
			.createForSpecificationUrl(definicion.toUri().toString())
			.withLevelResolver(LevelResolver.create()
				.withLevel("validation.request.body.schema.additionalProperties", ValidationReport.Level.IGNORE)
				.withLevel("validation.response.body.schema.additionalProperties", ValidationReport.Level.IGNORE)
				.build())
			.build());
		this.servidor = new WireMockServer(
				WireMockConfiguration.options().dynamicPort().extensions(new Repositorio()).disableRequestJournal());
		servidor.addMockServiceRequestListener(validador);
		servidor.start();
		servidor.stubFor(any(urlPathMatching("/.*")).willReturn(aResponse().withStatus(500)));
	}

	String url() {
		return "http://localhost:" + servidor.port();
	}

	void caer() {
		caido = true;
	}

	void levantar() {
		caido = false;
	}

	Collection<Nodo> nodos() {
		return List.copyOf(porId.values());
	}

	@Nullable Nodo porRuta(String ruta) {
		return porRuta.get(ruta);
	}

	/** The folder at that full path, if it exists. */
	@Nullable Nodo carpeta(String ruta) {
		return carpetas.get(ruta);
	}

	/** The documents directly in the folder at that full path. */
	List<Nodo> en(String carpeta) {
		return porId.values().stream().filter(n -> n.ruta.equals(carpeta + "/" + n.nombre)).toList();
	}

	/**
	 * @return how many explicit folder creations were asked for each full path.
	 */
	Map<String, Integer> carpetasCreadas() {
		Map<String, Integer> c = new LinkedHashMap<>();
		carpetasCreadas.forEach((k, v) -> c.put(k, v.get()));
		return c;
	}

	/**
	 * @return the moves received: node id, full path of the target folder.
	 */
	List<String[]> movimientos() {
		return List.copyOf(movimientos);
	}

	/** The folder at {@code ruta}, with its parents, created when missing. */
	private Nodo asegurarCarpeta(String ruta) {
		synchronized (porRuta) {
			Nodo c = carpetas.get(ruta);
			if (c != null) {
				return c;
			}
			int barra = ruta.lastIndexOf('/');
			if (barra > 0) {
				asegurarCarpeta(ruta.substring(0, barra));
			}
			c = new Nodo("carpeta-" + secuencia.incrementAndGet(), ruta, ruta.substring(barra + 1), "cm:folder");
			carpetas.put(ruta, c);
			carpetasPorId.put(c.id, c);
			return c;
		}
	}

	private @Nullable String padre(String ruta) {
		int barra = ruta.lastIndexOf('/');
		if (barra <= 0) {
			return null;
		}
		Nodo c = carpetas.get(ruta.substring(0, barra));
		return c == null ? null : c.id;
	}

	/** A node put straight into the repository (what a previous run left there). */
	Nodo sembrar(String carpeta, String nombre, byte[] contenido, Map<String, Object> propiedades) {
		Nodo n = new Nodo("nodo-" + secuencia.incrementAndGet(), carpeta + "/" + nombre, nombre, NodosAlfresco.TIPO);
		n.aspectos.add("pqrsd:radicado");
		n.propiedades.putAll(propiedades);
		n.contenido = contenido;
		n.versiones = 1;
		asegurarCarpeta(carpeta);
		porId.put(n.id, n);
		porRuta.put(n.ruta, n);
		return n;
	}

	int peticiones() {
		return peticiones.get();
	}

	/** A slow Alfresco: every answer waits this long. */
	void retrasar(Duration retraso) {
		retrasoMs = retraso.toMillis();
	}

	/**
	 * Counts {@code senal} down once the {@code numero}-th content upload is applied and
	 * holds that answer a few seconds: the client is between the upload and its next
	 * call.
	 */
	void detenerTrasSubida(int numero, CountDownLatch senal) {
		subidaDetenida = numero;
		trasSubida = senal;
	}

	/**
	 * @return how many node creations were asked for each full path.
	 */
	Map<String, Integer> creaciones() {
		Map<String, Integer> c = new LinkedHashMap<>();
		creaciones.forEach((k, v) -> c.put(k, v.get()));
		return c;
	}

	/**
	 * @return the SHA-256 of every upload each node received, in order.
	 */
	Map<String, List<String>> subidas() {
		Map<String, List<String>> c = new LinkedHashMap<>();
		subidas.forEach((k, v) -> {
			synchronized (v) {
				c.put(k, List.copyOf(v));
			}
		});
		return c;
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Fails if any request or response so far broke Alfresco's definition. */
	void validar() {
		validador.assertValidationPassed();
	}

	void reiniciarValidacion() {
		validador.reset();
	}

	@Override
	public void close() {
		servidor.stop();
	}

	/**
	 * The definition's validator, shown a node update's arrays of strings for
	 * multi-valued properties as the single string the definition declares (the one
	 * deviation accepted: see the class comment); every other request as it came.
	 */
	private static final class Validador extends OpenApiValidationListener {

		Validador(OpenApiInteractionValidator validador) {
			super(validador);
		}

		@Override
		public void requestReceived(Request peticion, Response respuesta) {
			super.requestReceived(comoLaDefinicion(peticion), respuesta);
		}

		@SuppressWarnings("unchecked")
		private static Request comoLaDefinicion(Request peticion) {
			if (!peticion.getMethod().getName().equals("PUT")
					|| !ACTUALIZACION.matcher(peticion.getUrl().split("\\?")[0]).matches()) {
				return peticion;
			}
			Map<String, Object> cuerpo;
			try {
				cuerpo = JSON.readValue(peticion.getBodyAsString(), Map.class);
			}
			catch (RuntimeException e) {
				return peticion;
			}
			if (!(cuerpo.get("properties") instanceof Map<?, ?> propiedades)) {
				return peticion;
			}
			Map<String, Object> vistas = new LinkedHashMap<>((Map<String, Object>) propiedades);
			boolean cambio = false;
			for (var p : vistas.entrySet()) {
				if (p.getValue() instanceof List<?> valores && MULTIVALUADAS.contains(p.getKey())
						&& valores.stream().allMatch(String.class::isInstance)) {
					p.setValue(String.join(",", valores.stream().map(String.class::cast).toList()));
					cambio = true;
				}
			}
			if (!cambio) {
				return peticion;
			}
			cuerpo.put("properties", vistas);
			byte[] vista = JSON.writeValueAsBytes(cuerpo);
			return RequestWrapper.create().transformBody(b -> new Body(vista)).wrap(peticion);
		}

	}

	/**
	 * A property's value as Alfresco keeps it: a multi-valued property holds a list (a
	 * single string is one value).
	 */
	private static @Nullable Object comoAlfresco(String propiedad, @Nullable Object valor) {
		if (valor != null && MULTIVALUADAS.contains(propiedad) && !(valor instanceof List<?>)) {
			return List.of(valor);
		}
		return valor;
	}

	private final class Repositorio implements ResponseTransformerV2 {

		private static final Pattern NODO = Pattern
			.compile(Pattern.quote(BASE) + "/nodes/([^/]+)(/children|/content|/move)?");

		@Override
		public String getName() {
			return "alfresco-simulado";
		}

		@Override
		public Response transform(Response respuesta, ServeEvent evento) {
			peticiones.incrementAndGet();
			Request r = evento.getRequest();
			if (caido) {
				return error(503, "Servicio no disponible");
			}
			dormir(retrasoMs);
			String ruta = r.getUrl().split("\\?")[0];
			Matcher m = NODO.matcher(ruta);
			if (!m.matches()) {
				return error(404, "Ruta desconocida " + ruta);
			}
			String id = m.group(1);
			String sub = m.group(2) == null ? "" : m.group(2);
			String metodo = r.getMethod().getName();
			return switch (metodo + " " + sub) {
				case "GET " -> buscar(id, parametro(r, "relativePath"));
				case "POST /children" -> crear(id, r);
				case "POST /move" -> mover(id, r);
				case "PUT /content" -> subir(id, r);
				case "PUT " -> actualizar(id, r);
				case "GET /content" -> descargar(id);
				case "DELETE " -> eliminar(id);
				default -> error(405, metodo + " " + ruta);
			};
		}

		private static void dormir(long ms) {
			if (ms <= 0) {
				return;
			}
			try {
				Thread.sleep(ms);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}

		private Response buscar(String id, @Nullable String relativa) {
			Nodo n = relativa == null ? (porId.containsKey(id) ? porId.get(id) : carpetasPorId.get(id))
					: porRuta.containsKey(relativa) ? porRuta.get(relativa) : carpetas.get(relativa);
			return n == null ? error(404, "No existe " + (relativa == null ? id : relativa)) : entrada(200, n);
		}

		@SuppressWarnings("unchecked")
		private Response crear(String padre, Request r) {
			if (!padre.equals("-root-")) {
				return error(404, "Padre desconocido " + padre);
			}
			Map<String, Object> cuerpo = JSON.readValue(r.getBodyAsString(), Map.class);
			String carpeta = String.valueOf(cuerpo.getOrDefault("relativePath", ""));
			String nombre = (String) cuerpo.get("name");
			String completa = carpeta.isEmpty() ? nombre : carpeta + "/" + nombre;
			if ("cm:folder".equals(cuerpo.get("nodeType"))) {
				carpetasCreadas.computeIfAbsent(completa, k -> new AtomicInteger()).incrementAndGet();
				synchronized (porRuta) {
					if (carpetas.containsKey(completa) || porRuta.containsKey(completa)) {
						return error(409, "Ya existe " + completa);
					}
					return entrada(201, asegurarCarpeta(completa));
				}
			}
			creaciones.computeIfAbsent(completa, k -> new AtomicInteger()).incrementAndGet();
			synchronized (porRuta) {
				if (porRuta.containsKey(completa) || carpetas.containsKey(completa)) {
					return error(409, "Ya existe " + completa);
				}
				if (!carpeta.isEmpty()) {
					asegurarCarpeta(carpeta);
				}
				Nodo n = new Nodo("nodo-" + secuencia.incrementAndGet(), completa, nombre,
						(String) cuerpo.get("nodeType"));
				if (cuerpo.get("aspectNames") instanceof List<?> a) {
					a.forEach(x -> n.aspectos.add((String) x));
				}
				n.aspectos.add("cm:versionable");
				if (cuerpo.get("properties") instanceof Map<?, ?> p) {
					((Map<String, Object>) p).forEach((k, v) -> n.propiedades.put(k, comoAlfresco(k, v)));
				}
				porId.put(n.id, n);
				porRuta.put(completa, n);
				return entrada(201, n);
			}
		}

		@SuppressWarnings("unchecked")
		private Response mover(String id, Request r) {
			Map<String, Object> cuerpo = JSON.readValue(r.getBodyAsString(), Map.class);
			Nodo destino = carpetasPorId.get(String.valueOf(cuerpo.get("targetParentId")));
			synchronized (porRuta) {
				Nodo n = porId.get(id);
				if (n == null || destino == null) {
					return error(404, "No existe " + (n == null ? id : cuerpo.get("targetParentId")));
				}
				String nueva = destino.ruta + "/" + n.nombre;
				if (porRuta.containsKey(nueva) && porRuta.get(nueva) != n) {
					return error(409, "Ya existe " + nueva);
				}
				movimientos.add(new String[] { id, destino.ruta });
				porRuta.remove(n.ruta);
				n.ruta = nueva;
				porRuta.put(nueva, n);
				return entrada(200, n);
			}
		}

		private Response subir(String id, Request r) {
			Nodo n = porId.get(id);
			if (n == null) {
				return error(404, "No existe " + id);
			}
			n.contenido = r.getBody();
			n.versiones++;
			List<String> delNodo = subidas.computeIfAbsent(id, k -> new ArrayList<>());
			synchronized (delNodo) {
				delNodo.add(sha256(n.contenido));
			}
			int numero = totalSubidas.incrementAndGet();
			CountDownLatch senal = trasSubida;
			if (senal != null && numero == subidaDetenida) {
				senal.countDown();
				dormir(5000);
			}
			return entrada(200, n);
		}

		@SuppressWarnings("unchecked")
		private Response actualizar(String id, Request r) {
			Nodo n = porId.get(id);
			if (n == null) {
				return error(404, "No existe " + id);
			}
			Map<String, Object> cuerpo = JSON.readValue(r.getBodyAsString(), Map.class);
			if (cuerpo.get("aspectNames") instanceof List<?> a) {
				n.aspectos.clear();
				a.forEach(x -> n.aspectos.add((String) x));
			}
			if (cuerpo.get("properties") instanceof Map<?, ?> p) {
				((Map<String, Object>) p).forEach((k, v) -> n.propiedades.put(k, comoAlfresco(k, v)));
			}
			return entrada(200, n);
		}

		private Response descargar(String id) {
			Nodo n = porId.get(id);
			if (n == null) {
				return error(404, "No existe " + id);
			}
			return Response.response()
				.status(200)
				.headers(new HttpHeaders(new HttpHeader("Content-Type", "application/octet-stream")))
				.body(n.contenido)
				.build();
		}

		private Response eliminar(String id) {
			Nodo n = porId.remove(id);
			if (n == null) {
				return error(404, "No existe " + id);
			}
			porRuta.remove(n.ruta);
			return Response.response().status(204).build();
		}

		private Response entrada(int estado, Nodo n) {
			Map<String, Object> usuario = Map.of("id", "admin", "displayName", "Administrator");
			Map<String, Object> nodo = new LinkedHashMap<>();
			nodo.put("id", n.id);
			nodo.put("name", n.nombre);
			nodo.put("nodeType", n.tipo);
			boolean carpeta = "cm:folder".equals(n.tipo);
			nodo.put("isFolder", carpeta);
			nodo.put("isFile", !carpeta);
			nodo.put("modifiedAt", "2026-03-10T15:00:00.000Z");
			nodo.put("modifiedByUser", usuario);
			nodo.put("createdAt", "2026-03-10T15:00:00.000Z");
			nodo.put("createdByUser", usuario);
			String padre = padre(n.ruta);
			nodo.put("parentId", padre == null ? "-root-" : padre);
			nodo.put("aspectNames", new ArrayList<>(n.aspectos));
			Map<String, Object> props = new LinkedHashMap<>(n.propiedades);
			if (carpeta) {
				nodo.put("properties", props);
				return json(estado, Map.of("entry", nodo));
			}
			props.put("cm:versionLabel", (n.versiones == 0 ? 1 : n.versiones) + ".0");
			nodo.put("properties", props);
			nodo.put("content", Map.of("mimeType", "application/octet-stream", "mimeTypeName", "Binary", "sizeInBytes",
					n.contenido.length, "encoding", "UTF-8"));
			return json(estado, Map.of("entry", nodo));
		}

		private Response error(int estado, String resumen) {
			if (estado == 404 || estado == 409) {
				// The definition declares these answers without a body.
				return Response.response().status(estado).build();
			}
			return json(estado, Map.of("error", Map.of("errorKey", "framework.exception.ApiDefault", "statusCode",
					estado, "briefSummary", resumen, "stackTrace",
					"For security reasons the stack trace is no longer displayed, but the property is kept for previous versions",
					"descriptionURL", "https://api-explorer.alfresco.com")));
		}

		private Response json(int estado, Object cuerpo) {
			return Response.response()
				.status(estado)
				.headers(new HttpHeaders(new HttpHeader("Content-Type", "application/json;charset=UTF-8")))
				.body(JSON.writeValueAsBytes(cuerpo))
				.build();
		}

		private static @Nullable String parametro(Request r, String nombre) {
			String url = r.getUrl();
			int q = url.indexOf('?');
			if (q < 0) {
				return null;
			}
			for (String par : url.substring(q + 1).split("&")) {
				int igual = par.indexOf('=');
				if (igual > 0 && par.substring(0, igual).equals(nombre)) {
					return URLDecoder.decode(par.substring(igual + 1), StandardCharsets.UTF_8);
				}
			}
			return null;
		}

	}

}
