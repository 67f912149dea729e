package co.pqrsd.server.documentos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.ClienteApi.Parte;
import co.pqrsd.server.PruebaIntegracion;
import co.pqrsd.server.comun.Conflicto;
import co.pqrsd.server.radicacion.Ventanilla;
import com.atlassian.oai.validator.wiremock.OpenApiValidationListener;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The Alfresco adapter against a local stand-in of Alfresco's REST API whose every
 * request and response is validated against Alfresco's Swagger definition
 * ({@link AlfrescoSimulado}). Skipped when the definitions ({@code shared/alfresco}) are
 * absent.
 */
class AlfrescoContratoTest extends PruebaConAlfresco {

	static final String RUTA = PruebaConAlfresco.RUTA;

	@LocalServerPort
	int puerto;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AlmacenDocumentos almacen;

	@Autowired
	MeterRegistry metricas;

	@Autowired
	ColaAlfresco cola;

	ClienteApi ventanilla;

	@BeforeEach
	void preparar() {
		Ventanilla.preparar(puerto);
		ventanilla = Ventanilla.como(puerto, "radicador1");
		alfresco().levantar();
		alfresco().reiniciarValidacion();
	}

	@AfterEach
	void cadaPeticionRespetaLaDefinicion() {
		alfresco().levantar();
		alfresco().validar();
	}

	private record Radicado(String numero, long documento, String sha256) {
	}

	private Radicado radicar(String asunto, byte[] pdf) throws Exception {
		var r = ventanilla.multipart("/api/v1/radicados",
				Parte.json("radicado", Ventanilla.entrada(asunto, "200", "52525252")),
				Parte.archivo("principal", "peticion.pdf", "application/pdf", pdf));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
		JsonNode j = r.json();
		JsonNode d = j.get("documentos").get(0);
		assertThat(d.get("sha256").asString())
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
		return new Radicado(j.get("numero").asString(), d.get("id").asLong(), d.get("sha256").asString());
	}

	private static void esperar(String que, BooleanSupplier condicion) throws InterruptedException {
		long limite = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (!condicion.getAsBoolean()) {
			assertThat(System.nanoTime()).as("esperando: " + que).isLessThan(limite);
			Thread.sleep(50);
		}
	}

	private AlfrescoSimulado.Nodo nodo(Radicado r) {
		AlfrescoSimulado.Nodo n = alfresco()
			.porRuta(RUTA + "/Radicados/" + r.numero() + "/" + r.documento() + "-peticion.pdf");
		assertThat(n).as("nodo del documento %s de %s", r.documento(), r.numero()).isNotNull();
		return n;
	}

	@Test
	void unaRadicacionConPdfGuardaUnNodoConLosAspectosYPropiedadesPqrsdYSeLeeVerificado() throws Exception {
		byte[] pdf = Ventanilla.pdf("Solicitud de copia del contrato de alumbrado publico");
		Radicado r = radicar("Petición de copia del contrato de alumbrado", pdf);
		esperar("almacenado en Alfresco", () -> almacen.pendientesAlfresco(r.numero()) == 0);

		AlfrescoSimulado.Nodo n = nodo(r);
		assertThat(n.tipo).isEqualTo("pqrsd:documento");
		assertThat(n.aspectos).contains("pqrsd:radicado");
		assertThat(n.propiedades).containsEntry("pqrsd:numeroRadicado", r.numero())
			.containsEntry("pqrsd:tipoRadicado", "ENTRADA")
			.containsEntry("pqrsd:dependencia", "200")
			.containsEntry("pqrsd:medio", "PRESENCIAL")
			.containsEntry("pqrsd:radicador", "radicador1")
			.containsEntry("pqrsd:estadoRadicado", "VIGENTE")
			.containsEntry("pqrsd:hash", r.sha256())
			.containsEntry("pqrsd:rol", "PRINCIPAL")
			.containsEntry("pqrsd:tipoDetectado", "application/pdf")
			.containsEntry("pqrsd:anexos", "Copia de la cédula")
			.containsKey("pqrsd:fechaRadicacion");
		assertThat(n.contenido).isEqualTo(pdf);
		// Every property written is in the content model with a compatible type (see
		// PropiedadesModeloTest).
		assertThat(PropiedadesAlfresco.ESCRITAS.keySet()).containsAll(n.propiedades.keySet());

		// The embedded copy is released: the download comes from Alfresco, verified.
		var descarga = ventanilla
			.enviar(ventanilla.peticion("/api/v1/radicados/" + r.numero() + "/documentos/" + r.documento()).GET());
		assertThat(descarga.estado()).isEqualTo(200);
		assertThat(descarga.cruda().body()).isEqualTo(pdf);
		assertThat(almacen.existe(r.sha256())).isTrue();
		assertThat(almacen.verificar(r.sha256())).isTrue();

		// Bytes changed inside Alfresco are never served.
		n.contenido = "alterado".getBytes(StandardCharsets.UTF_8);
		assertThat(almacen.verificar(r.sha256())).isFalse();
		assertThatThrownBy(() -> almacen.abrir(r.sha256())).isInstanceOfSatisfying(Conflicto.class,
				e -> assertThat(e.codigo()).isEqualTo("DOCUMENTO_ALTERADO"));
		n.contenido = pdf;
	}

	@Test
	void conAlfrescoCaidoElRadicadoSeGuardaSuContenidoQuedaEnColaYSeAlmacenaAlVolver() throws Exception {
		alfresco().caer();
		byte[] pdf = Ventanilla.pdf("Queja por ruido en el parque principal");
		Radicado r = radicar("Queja por ruido nocturno", pdf);
		assertThat(almacen.pendientesAlfresco(r.numero())).isEqualTo(1);
		esperar("un intento fallido",
				() -> jdbc.queryForObject(
						"SELECT count(*) FROM documento_alfresco WHERE radicado = ? AND ultimo_error IS NOT NULL",
						Integer.class, r.numero()) > 0);
		assertThat(metricas.get("pqrsd.alfresco.cola").gauge().value()).isGreaterThanOrEqualTo(1);
		// The content stays readable from the embedded store meanwhile.
		try (InputStream in = almacen.abrir(r.sha256())) {
			assertThat(in.readAllBytes()).isEqualTo(pdf);
		}
		// The administrator's screen lists the row with its error.
		assertThat(cola.listar(ColaDocumentosController.MAXIMO)).anySatisfy(f -> {
			assertThat(f.radicado()).isEqualTo(r.numero());
			assertThat(f.almacenadoEn()).isNull();
			assertThat(f.ultimoError()).contains("503");
		});

		alfresco().levantar();
		esperar("la cola se vacía", () -> almacen.pendientesAlfresco(r.numero()) == 0);
		assertThat(nodo(r).contenido).isEqualTo(pdf);
		assertThat(
				alfresco().nodos().stream().filter(x -> r.numero().equals(x.propiedades.get("pqrsd:numeroRadicado"))))
			.hasSize(1);
	}

	@Test
	void unNodoGuardadoAntesDeUnaCaidaNoSeDuplica() throws Exception {
		alfresco().caer();
		byte[] pdf = Ventanilla.pdf("Reclamo por cobro del impuesto predial");
		Radicado r = radicar("Reclamo por cobro del predial", pdf);
		// As if a server had stored the node and been killed before committing the mark:
		// the node is in Alfresco with the content and its hash, the row still pending.
		String carpeta = RUTA + "/Radicados/" + r.numero();
		alfresco().sembrar(carpeta, r.documento() + "-peticion.pdf", pdf,
				java.util.Map.of("pqrsd:numeroRadicado", r.numero(), "pqrsd:hash", r.sha256()));
		int antes = alfresco().nodos().size();
		alfresco().levantar();
		esperar("almacenado", () -> almacen.pendientesAlfresco(r.numero()) == 0);
		assertThat(alfresco().nodos()).hasSize(antes);
		assertThat(nodo(r).versiones).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT nodo_id FROM documento_alfresco WHERE radicado = ?", String.class,
				r.numero()))
			.isEqualTo(nodo(r).id);
	}

	@Test
	void elGanchoDelArchivoClasificaLosNodosDelRadicado() throws Exception {
		Radicado r = radicar("Solicitud de licencia de construcción", Ventanilla.pdf("Licencia de construccion"));
		esperar("almacenado", () -> almacen.pendientesAlfresco(r.numero()) == 0);
		almacen.clasificar(r.numero(), new AlmacenDocumentos.Expediente("2026-200-01-02-0001", "200", "01", "02",
				"200-01-02", "PUBLICA", "ABIERTO", LocalDate.of(2026, 3, 10), null, 2, 8, "CT", null, null));
		esperar("clasificado",
				() -> jdbc.queryForObject(
						"SELECT count(*) FROM documento_alfresco WHERE radicado = ? AND almacenado_en IS NULL",
						Integer.class, r.numero()) == 0);
		// The node moved to the expediente's folder.
		AlfrescoSimulado.Nodo n = alfresco()
			.porRuta(RUTA + "/expedientes/2026-200-01-02-0001/" + r.documento() + "-peticion.pdf");
		assertThat(n).isNotNull();
		assertThat(n.aspectos).contains("pqrsd:radicado", "pqrsd:expediente", "pqrsd:clasificacion", "pqrsd:retencion");
		assertThat(n.propiedades).containsEntry("pqrsd:numeroExpediente", "2026-200-01-02-0001")
			.containsEntry("pqrsd:codigoTrd", "200-01-02")
			.containsEntry("pqrsd:retencionGestion", "2")
			.containsEntry("pqrsd:disposicion", "CT");
		assertThat(List.copyOf(n.aspectos)).doesNotHaveDuplicates();
	}

	/** A node update sent straight to the stand-in, as any client could. */
	private static int actualizar(String nodo, String cuerpo) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(alfresco().url() + AlfrescoSimulado.BASE + "/nodes/" + nodo))
				.header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofString(cuerpo))
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	@Test
	void elSimuladoSoloAdmiteListasEnLasPropiedadesMultivaluadasDelModelo() throws Exception {
		assertThat(AlfrescoSimulado.MULTIVALUADAS).contains("pqrsd:prioridades").doesNotContain("pqrsd:asunto");
		AlfrescoSimulado.Nodo n = alfresco().sembrar(RUTA + "/contrato", "listas.pdf", new byte[] { 1 }, Map.of());
		// What Alfresco takes for a multi-valued property (NodosAlfresco.actualizar): an
		// array of strings, each value kept on its own.
		assertThat(actualizar(n.id, "{\"properties\":{\"pqrsd:prioridades\":[\"PERIODISTA\",\"PELIGRO_INMINENTE\"]}}"))
			.isEqualTo(200);
		alfresco().validar();
		assertThat(n.propiedades.get("pqrsd:prioridades")).isEqualTo(List.of("PERIODISTA", "PELIGRO_INMINENTE"));
		// A single string is one value, as in Alfresco (a LIST constraint would refuse
		// it).
		actualizar(n.id, "{\"properties\":{\"pqrsd:prioridades\":\"PERIODISTA,PELIGRO_INMINENTE\"}}");
		alfresco().validar();
		assertThat(n.propiedades.get("pqrsd:prioridades")).isEqualTo(List.of("PERIODISTA,PELIGRO_INMINENTE"));
		// Anywhere else an array still breaks the definition: a single-valued property,
		// an array of anything but strings.
		for (String cuerpo : List.of("{\"properties\":{\"pqrsd:asunto\":[\"a\",\"b\"]}}",
				"{\"properties\":{\"pqrsd:prioridades\":[1,2]}}")) {
			alfresco().reiniciarValidacion();
			actualizar(n.id, cuerpo);
			assertThatThrownBy(() -> alfresco().validar()).as(cuerpo)
				.isInstanceOf(OpenApiValidationListener.OpenApiValidationException.class);
		}
		alfresco().reiniciarValidacion();
	}

}
