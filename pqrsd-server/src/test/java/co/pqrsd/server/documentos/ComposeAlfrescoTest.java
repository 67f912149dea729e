package co.pqrsd.server.documentos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * docker/compose.yaml (Docker cannot run here): the services an Alfresco site needs, with
 * pinned images, their ports and volumes, the module JARs mounted where Alfresco loads
 * them and named as the build produces them, and pqrsd configured for Alfresco and the
 * Share trust.
 */
class ComposeAlfrescoTest {

	private static final Path RAIZ = Path.of("..").toAbsolutePath().normalize();

	@SuppressWarnings("unchecked")
	private static Map<String, Object> compose() throws Exception {
		try (InputStream in = Files.newInputStream(RAIZ.resolve("docker/compose.yaml"))) {
			return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> servicio(Map<String, Object> compose, String nombre) {
		Map<String, Object> servicios = (Map<String, Object>) compose.get("services");
		assertThat(servicios).as("servicios").containsKey(nombre);
		return (Map<String, Object>) servicios.get(nombre);
	}

	@SuppressWarnings("unchecked")
	private static List<String> lista(Map<String, Object> servicio, String clave) {
		return (List<String>) servicio.getOrDefault(clave, List.of());
	}

	/** The JAR name a module's build produces ({@code finalName} in its pom). */
	private static String jar(String modulo) throws Exception {
		DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
		f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		Document pom = f.newDocumentBuilder().parse(RAIZ.resolve(modulo).resolve("pom.xml").toFile());
		return pom.getElementsByTagName("finalName").item(0).getTextContent().trim() + ".jar";
	}

	@Test
	void levantaAlfrescoShareBusquedaPostgresActivemqYPqrsdConImagenesFijas() throws Exception {
		Map<String, Object> c = compose();
		Map<String, String> imagenes = Map.of("alfresco", "alfresco/alfresco-content-repository-community:", "share",
				"alfresco/alfresco-share:", "solr6", "alfresco/alfresco-search-services:", "postgres", "postgres:",
				"activemq", "alfresco/alfresco-activemq:", "transform-core-aio",
				"alfresco/alfresco-transform-core-aio:", "pqrsd", "eclipse-temurin:17");
		imagenes.forEach((s, imagen) -> {
			String i = (String) servicio(c, s).get("image");
			assertThat(i).as(s).startsWith(imagen).doesNotEndWith(":latest");
		});
		assertThat(lista(servicio(c, "alfresco"), "ports")).contains("8080:8080");
		assertThat(lista(servicio(c, "share"), "ports")).contains("8180:8080");
		assertThat(lista(servicio(c, "pqrsd"), "ports")).contains("8090:8080");
		assertThat(lista(servicio(c, "solr6"), "ports")).contains("8083:8983");
		@SuppressWarnings("unchecked")
		Map<String, Object> volumenes = (Map<String, Object>) c.get("volumes");
		assertThat(volumenes).containsKeys("alfresco-datos", "postgres-datos", "solr-datos", "pqrsd-datos");
		assertThat(lista(servicio(c, "alfresco"), "volumes")).contains("alfresco-datos:/usr/local/tomcat/alf_data");
		assertThat(lista(servicio(c, "pqrsd"), "volumes")).contains("pqrsd-datos:/var/lib/pqrsd");
		assertThat(lista(servicio(c, "postgres"), "volumes")).contains("postgres-datos:/var/lib/postgresql/data");
	}

	@Test
	void montaLosJarQueProduceLaCompilacionDondeAlfrescoLosCarga() throws Exception {
		Map<String, Object> c = compose();
		String plataforma = jar("pqrsd-platform-module");
		String share = jar("pqrsd-share-module");
		assertThat(lista(servicio(c, "alfresco"), "volumes")).contains("../pqrsd-platform-module/target/" + plataforma
				+ ":/usr/local/tomcat/modules/platform/" + plataforma + ":ro");
		assertThat(lista(servicio(c, "share"), "volumes"))
			.contains("../pqrsd-share-module/target/" + share + ":/usr/local/tomcat/modules/share/" + share + ":ro");
		assertThat(lista(servicio(c, "pqrsd"), "volumes"))
			.contains("../pqrsd-server/target/pqrsd-server-exec.jar:/opt/pqrsd/pqrsd-server-exec.jar:ro");
		for (String v : List.of("./share/share-config-custom.xml", "./postgres/01-pqrsd.sql")) {
			assertThat(RAIZ.resolve("docker").resolve(v)).as(v).isRegularFile();
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void pqrsdGuardaEnAlfrescoYConfiaEnShareConElMismoSecreto() throws Exception {
		Map<String, Object> pqrsd = servicio(compose(), "pqrsd");
		Map<String, Object> entorno = (Map<String, Object>) pqrsd.get("environment");
		assertThat(entorno).containsEntry("PQRSD_DOCUMENTOS_ALMACEN", "alfresco")
			.containsEntry("CONTENT_SERVICE_URL", "http://alfresco:8080")
			.containsKeys("CONTENT_SERVICE_SECURITY_BASICAUTH_USERNAME", "CONTENT_SERVICE_SECURITY_BASICAUTH_PASSWORD",
					"PQRSD_DB_URL");
		String secreto = (String) entorno.get("PQRSD_SHARE_SECRETO");
		assertThat(secreto).hasSizeGreaterThanOrEqualTo(32);
		assertThat(Files.readString(RAIZ.resolve("docker/share/share-config-custom.xml")))
			.contains("<password>" + secreto + "</password>")
			.contains("<endpoint-url>http://pqrsd:8080</endpoint-url>");
		assertThat(entorno.get("PQRSD_SHARE_ORIGEN")).isEqualTo(entorno.get("PQRSD_SEGURIDAD_ORIGENESMARCO"));
	}

}
