package co.pqrsd.server.documentos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.ClienteApi.Parte;
import co.pqrsd.server.PqrsdApplication;
import co.pqrsd.server.radicacion.Ventanilla;
import org.alfresco.search.handler.SearchApi;
import org.alfresco.search.model.RequestQuery;
import org.alfresco.search.model.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.MountableFile;

/**
 * The Alfresco adapter against a real Alfresco Community (repository with
 * pqrsd-platform-module, PostgreSQL, Search Services), as in docker/compose.yaml: create,
 * read, version, metadata and search. Needs Docker and the built module JAR; skipped
 * cleanly where there is no Docker (as on the development machines).
 */
@Testcontainers(disabledWithoutDocker = true)
class AlfrescoRealTest {

	static final Network RED = Network.newNetwork();

	@Container
	static final GenericContainer<?> POSTGRES = new GenericContainer<>("postgres:16.6").withNetwork(RED)
		.withNetworkAliases("postgres")
		.withEnv("POSTGRES_USER", "alfresco")
		.withEnv("POSTGRES_PASSWORD", "alfresco")
		.withEnv("POSTGRES_DB", "alfresco")
		.waitingFor(Wait.forLogMessage(".*ready to accept connections.*", 2));

	@Container
	static final GenericContainer<?> SOLR = new GenericContainer<>("alfresco/alfresco-search-services:2.0.16")
		.withNetwork(RED)
		.withNetworkAliases("solr6")
		.withEnv("SOLR_ALFRESCO_HOST", "alfresco")
		.withEnv("SOLR_ALFRESCO_PORT", "8080")
		.withEnv("SOLR_SOLR_HOST", "solr6")
		.withEnv("SOLR_SOLR_PORT", "8983")
		.withEnv("SOLR_CREATE_ALFRESCO_DEFAULTS", "alfresco,archive")
		.withEnv("ALFRESCO_SECURE_COMMS", "secret")
		.withEnv("JAVA_TOOL_OPTIONS", "-Dalfresco.secureComms.secret=secreto-prueba");

	@Container
	static final GenericContainer<?> ALFRESCO = new GenericContainer<>(
			"alfresco/alfresco-content-repository-community:25.2.0")
		.withNetwork(RED)
		.withNetworkAliases("alfresco")
		.dependsOn(POSTGRES, SOLR)
		.withCopyFileToContainer(
				MountableFile.forHostPath(Path.of("../pqrsd-platform-module/target/pqrsd-platform-module.jar")),
				"/usr/local/tomcat/modules/platform/pqrsd-platform-module.jar")
		.withEnv("JAVA_OPTS",
				String.join(" ", "-Ddb.driver=org.postgresql.Driver", "-Ddb.username=alfresco",
						"-Ddb.password=alfresco", "-Ddb.url=jdbc:postgresql://postgres:5432/alfresco",
						"-Dsolr.host=solr6", "-Dsolr.port=8983", "-Dsolr.secureComms=secret",
						"-Dsolr.sharedSecret=secreto-prueba", "-Dsolr.base.url=/solr", "-Dindex.subsystem.name=solr6",
						"-Dmessaging.subsystem.autoStart=false", "-Dtransform.service.enabled=false",
						"-Dlocal.transform.service.enabled=false", "-Dcsrf.filter.enabled=false"))
		.withExposedPorts(8080)
		.waitingFor(Wait.forHttp("/alfresco/api/-default-/public/alfresco/versions/1/probes/-ready-")
			.forStatusCode(200)
			.withStartupTimeout(Duration.ofMinutes(8)));

	@TempDir
	Path datos;

	@Test
	void creaLeeVersionaEscribeMetadatosYEncuentraUnDocumentoEnAlfrescoReal() throws Exception {
		String url = "http://" + ALFRESCO.getHost() + ":" + ALFRESCO.getMappedPort(8080);
		try (ConfigurableApplicationContext app = SpringApplication.run(PqrsdApplication.class,
				"--spring.profiles.active=test", "--server.port=0", "--pqrsd.datos-dir=" + datos, "--pqrsd.db.puerto=0",
				"--pqrsd.db.durable=false", "--pqrsd.documentos.almacen=alfresco", "--content.service.url=" + url,
				"--content.service.security.basicAuth.username=admin",
				"--content.service.security.basicAuth.password=admin", "--pqrsd.documentos.alfresco.sondeo=500ms")) {
			int puerto = ((WebServerApplicationContext) app).getWebServer().getPort();
			Ventanilla.preparar(puerto);
			ClienteApi ventanilla = Ventanilla.como(puerto, "radicador1");
			byte[] pdf = Ventanilla.pdf("Peticion guardada en Alfresco real");
			String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
			var r = ventanilla.multipart("/api/v1/radicados",
					Parte.json("radicado", Ventanilla.entrada("Petición en Alfresco real", "200", "71717171")),
					Parte.archivo("principal", "peticion.pdf", "application/pdf", pdf));
			assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
			String numero = r.json().get("numero").asString();
			long id = r.json().get("documentos").get(0).get("id").asLong();
			AlmacenDocumentos almacen = app.getBean(AlmacenDocumentos.class);
			long limite = System.nanoTime() + Duration.ofMinutes(2).toNanos();
			while (almacen.pendientesAlfresco(numero) > 0 && System.nanoTime() < limite) {
				Thread.sleep(500);
			}
			assertThat(almacen.pendientesAlfresco(numero)).isZero();

			// Read (verified) and metadata.
			try (InputStream in = almacen.abrir(sha)) {
				assertThat(in.readAllBytes()).isEqualTo(pdf);
			}
			NodosAlfresco nodos = app.getBean(NodosAlfresco.class);
			NodosAlfresco.Nodo nodo = nodos.buscar("Radicados/" + numero + "/" + id + "-peticion.pdf").orElseThrow();
			assertThat(nodo.aspectos()).contains("pqrsd:radicado");
			assertThat(nodo.propiedad("pqrsd:numeroRadicado")).isEqualTo(numero);
			assertThat(nodo.propiedad("pqrsd:hash")).isEqualTo(sha);

			// Version.
			NodosAlfresco.Nodo v2 = nodos.subir(nodo.id(), "segunda versión".getBytes(), true, "prueba");
			assertThat(String.valueOf(v2.propiedad("cm:versionLabel")))
				.isNotEqualTo(String.valueOf(nodo.propiedad("cm:versionLabel")));

			// Search (once Solr has indexed it).
			SearchApi busqueda = app.getBean(SearchApi.class);
			RequestQuery q = new RequestQuery();
			q.setLanguage(RequestQuery.LanguageEnum.AFTS);
			q.setQuery("=pqrsd:numeroRadicado:\"" + numero + "\"");
			SearchRequest s = new SearchRequest();
			s.setQuery(q);
			List<String> encontrados = List.of();
			limite = System.nanoTime() + Duration.ofMinutes(2).toNanos();
			while (encontrados.isEmpty() && System.nanoTime() < limite) {
				encontrados = busqueda.search(s)
					.getBody()
					.getList()
					.getEntries()
					.stream()
					.map(e -> e.getEntry().getId())
					.toList();
				Thread.sleep(1000);
			}
			assertThat(encontrados).contains(nodo.id());

			// PQRSD and expediente metadata (issue #13): the aspects the model declares
			// are
			// accepted by a real repository, and the node moves to the expediente's
			// folder.
			almacen.clasificar(numero,
					new AlmacenDocumentos.Pqrsd("PETICION", "GENERAL", "RADICADA", "PRESENCIAL", null,
							java.time.Instant.parse("2026-03-10T15:00:00Z"), java.time.LocalDate.of(2026, 3, 31), "200",
							null, List.of(), false, false, null, null));
			String expediente = "2026-200-01-02-0001";
			almacen.clasificar(numero, new AlmacenDocumentos.Expediente(expediente, "200", "01", "02", "200.01.02",
					"PUBLICA", "ABIERTO", java.time.LocalDate.of(2026, 3, 10), null, 2, 8, "CT", null, null));
			limite = System.nanoTime() + Duration.ofMinutes(2).toNanos();
			String ruta = "expedientes/" + expediente + "/" + id + "-peticion.pdf";
			while (nodos.buscar(ruta).isEmpty() && System.nanoTime() < limite) {
				Thread.sleep(500);
			}
			NodosAlfresco.Nodo movido = nodos.buscar(ruta).orElseThrow();
			assertThat(movido.id()).isEqualTo(nodo.id());
			assertThat(movido.aspectos()).contains("pqrsd:radicado", "pqrsd:pqrsd", "pqrsd:expediente",
					"pqrsd:clasificacion", "pqrsd:retencion");
			assertThat(movido.propiedad("pqrsd:numeroExpediente")).isEqualTo(expediente);
			assertThat(nodos.buscar("Radicados/" + numero + "/" + id + "-peticion.pdf")).isEmpty();
		}
	}

}
