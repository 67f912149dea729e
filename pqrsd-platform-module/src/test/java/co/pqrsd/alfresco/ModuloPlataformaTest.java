package co.pqrsd.alfresco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks the module against Alfresco's own content model schema and the runtime rules the
 * schema cannot express.
 * <p>
 * Alfresco's {@code modelSchema.xsd} is not part of this repository. The tests that need
 * it read its location from the system property {@code pqrsd.alfresco.esquema} (set by
 * this module's pom to {@code ${pqrsd.shared.dir}/alfresco/modelSchema.xsd}, i.e.
 * {@code ../shared/alfresco/modelSchema.xsd} beside the clone) and are skipped, with the
 * reason, when the file is absent. Every structural check that needs no external file
 * always runs.
 */
class ModuloPlataformaTest {

	private static final Path RECURSOS = Path.of("src/main/resources/alfresco/module/pqrsd-platform-module");

	private static final Set<String> TIPOS_D = Set.of("any", "encrypted", "text", "mltext", "content", "int", "long",
			"float", "double", "date", "datetime", "boolean", "qname", "noderef", "childassocref", "assocref", "path",
			"category", "locale", "version", "period");

	private static final Set<String> TIPOS_RESTRICCION = Set.of("REGEX", "LIST", "MINMAX", "LENGTH", "REGISTERED");

	/** System property with the location of Alfresco's {@code modelSchema.xsd}. */
	static final String PROPIEDAD_ESQUEMA = "pqrsd.alfresco.esquema";

	static Path esquema() {
		Path xsd = Path.of(System.getProperty(PROPIEDAD_ESQUEMA, "../../shared/alfresco/modelSchema.xsd"));
		assumeTrue(Files.isRegularFile(xsd), () -> "Se omite: no está el esquema de Alfresco en " + xsd.toAbsolutePath()
				+ "; indíquelo con -D" + PROPIEDAD_ESQUEMA + "=/ruta/modelSchema.xsd (o -Dpqrsd.shared.dir=...)");
		return xsd;
	}

	static List<Path> modelos() throws Exception {
		try (Stream<Path> archivos = Files.list(RECURSOS.resolve("model"))) {
			return archivos.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
		}
	}

	static Document leer(Path xml) throws Exception {
		DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
		f.setNamespaceAware(true);
		f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		return f.newDocumentBuilder().parse(xml.toFile());
	}

	@Test
	void cadaModeloEsValidoContraElEsquemaDeAlfresco() throws Exception {
		SchemaFactory fabrica = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		Validator validador = fabrica.newSchema(esquema().toFile()).newValidator();
		assertThat(modelos()).isNotEmpty();
		for (Path modelo : modelos()) {
			validador.validate(new StreamSource(modelo.toFile()));
		}
	}

	@Test
	void unModeloQueRompeElEsquemaEsRechazado() throws Exception {
		Validator validador = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
			.newSchema(esquema().toFile())
			.newValidator();
		Path malo = Files.createTempFile("modelo-malo", ".xml");
		Files.writeString(malo,
				"<model name=\"x:y\" xmlns=\"http://www.alfresco.org/model/dictionary/1.0\"><types/></model>");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> validador.validate(new StreamSource(malo.toFile())))
			.isInstanceOf(org.xml.sax.SAXException.class);
	}

	@Test
	void cumpleLasReglasQueElEsquemaNoVerifica() throws Exception {
		for (Path modelo : modelos()) {
			Document doc = leer(modelo);
			Set<String> prefijos = new HashSet<>();
			for (String etiqueta : List.of("import", "namespace")) {
				NodeList nodos = doc.getElementsByTagNameNS("*", etiqueta);
				for (int i = 0; i < nodos.getLength(); i++) {
					prefijos.add(((Element) nodos.item(i)).getAttribute("prefix"));
				}
			}
			for (String nombre : nombres(doc, "type", "aspect", "property", "constraint", "association",
					"child-association")) {
				assertThat(prefijos).as("prefijo declarado de %s", nombre)
					.contains(nombre.substring(0, nombre.indexOf(':')));
			}
			for (String tipo : textos(doc, "type")) {
				if (tipo.startsWith("d:")) {
					assertThat(TIPOS_D).as("tipo de dato %s", tipo).contains(tipo.substring(2));
				}
			}
			NodeList restricciones = doc.getElementsByTagNameNS("*", "constraint");
			for (int i = 0; i < restricciones.getLength(); i++) {
				Element r = (Element) restricciones.item(i);
				if (r.hasAttribute("type")) {
					assertThat(TIPOS_RESTRICCION).contains(r.getAttribute("type"));
				}
			}
			assertThat(doc.getElementsByTagNameNS("*", "encrypted").getLength())
				.as("<encrypted> no lo acepta el enlace JiBX")
				.isZero();
			NodeList obligatorios = doc.getElementsByTagNameNS("*", "mandatory");
			for (int i = 0; i < obligatorios.getLength(); i++) {
				assertThat(obligatorios.item(i).getTextContent().strip()).isIn("true", "false");
			}
		}
	}

	@Test
	void cadaModeloEsXmlBienFormadoEnElEspacioDeNombresDeAlfresco() throws Exception {
		assertThat(modelos()).isNotEmpty();
		for (Path modelo : modelos()) {
			Element raiz = leer(modelo).getDocumentElement();
			assertThat(raiz.getLocalName()).as("raíz de %s", modelo).isEqualTo("model");
			assertThat(raiz.getNamespaceURI()).as("espacio de nombres de %s", modelo)
				.isEqualTo("http://www.alfresco.org/model/dictionary/1.0");
			assertThat(raiz.getAttribute("name")).as("nombre del modelo").matches("[a-z]+:[A-Za-z]+");
		}
	}

	@Test
	void todaPropiedadTieneTipoYTodaRestriccionEstaDeclaradaYEnUso() throws Exception {
		for (Path modelo : modelos()) {
			Document doc = leer(modelo);
			NodeList propiedades = doc.getElementsByTagNameNS("*", "property");
			assertThat(propiedades.getLength()).isPositive();
			for (int i = 0; i < propiedades.getLength(); i++) {
				Element p = (Element) propiedades.item(i);
				if (sobrescrita(p)) {
					continue;
				}
				NodeList tipos = p.getElementsByTagNameNS("*", "type");
				assertThat(tipos.getLength()).as("tipo de la propiedad %s", p.getAttribute("name")).isEqualTo(1);
				assertThat(tipos.item(0).getTextContent().strip()).as("tipo de %s", p.getAttribute("name"))
					.startsWith("d:");
			}
			Set<String> declaradas = new HashSet<>();
			Set<String> referidas = new HashSet<>();
			NodeList restricciones = doc.getElementsByTagNameNS("*", "constraint");
			for (int i = 0; i < restricciones.getLength(); i++) {
				Element r = (Element) restricciones.item(i);
				if (r.hasAttribute("name")) {
					declaradas.add(r.getAttribute("name"));
				}
				if (r.hasAttribute("ref")) {
					referidas.add(r.getAttribute("ref"));
				}
			}
			assertThat(declaradas).as("restricciones declaradas en %s", modelo).containsAll(referidas);
			assertThat(referidas).as("restricciones usadas en %s", modelo).containsAll(declaradas);
		}
	}

	@Test
	void todaClaseYPropiedadTieneEtiquetaEnEspanol() throws Exception {
		Properties etiquetas = new Properties();
		try (InputStream in = Files.newInputStream(RECURSOS.resolve("messages/pqrsd-model.properties"))) {
			etiquetas.load(in);
		}
		for (Path modelo : modelos()) {
			Document doc = leer(modelo);
			String modeloNombre = doc.getDocumentElement().getAttribute("name").replace(':', '_');
			for (String clase : List.of("type", "aspect", "property")) {
				for (String nombre : nombres(doc, clase)) {
					String clave = modeloNombre + "." + clase + "." + nombre.replace(':', '_') + ".title";
					assertThat(etiquetas.getProperty(clave)).as(clave).isNotBlank();
				}
			}
		}
		assertThat(etiquetas.getProperty("pqrsd_modelo.property.pqrsd_fechaRadicacion.title"))
			.isEqualTo("Fecha y hora de radicación");
	}

	@Test
	void elModuloDeclaraSusPropiedadesYArrancaElModelo() throws Exception {
		Properties modulo = new Properties();
		try (InputStream in = Files.newInputStream(RECURSOS.resolve("module.properties"))) {
			modulo.load(in);
		}
		for (String clave : List.of("module.id", "module.version", "module.title", "module.description")) {
			assertThat(modulo.getProperty(clave)).as(clave).isNotBlank();
		}
		assertThat(modulo.getProperty("module.id")).matches("[\\w.-]+").isEqualTo("pqrsd-platform-module");
		assertThat(modulo.getProperty("module.version")).matches("\\d+(\\.\\d+)*");

		Document contexto = leer(RECURSOS.resolve("module-context.xml"));
		assertThat(((Element) contexto.getElementsByTagNameNS("*", "import").item(0)).getAttribute("resource"))
			.isEqualTo("classpath:alfresco/module/pqrsd-platform-module/context/bootstrap-context.xml");
		Document arranque = leer(RECURSOS.resolve("context/bootstrap-context.xml"));
		Element bean = (Element) arranque.getElementsByTagNameNS("*", "bean").item(0);
		assertThat(bean.getAttribute("parent")).isEqualTo("dictionaryModelBootstrap");
		assertThat(bean.getAttribute("depends-on")).isEqualTo("dictionaryBootstrap");
		List<String> valores = new ArrayList<>();
		NodeList nodos = bean.getElementsByTagNameNS("*", "value");
		for (int i = 0; i < nodos.getLength(); i++) {
			valores.add(nodos.item(i).getTextContent().strip());
		}
		assertThat(valores).contains("alfresco/module/pqrsd-platform-module/model/pqrsd-model.xml",
				"alfresco/module/pqrsd-platform-module/messages/pqrsd-model");
		for (String v : valores) {
			Path recurso = Path.of("src/main/resources").resolve(v.endsWith(".xml") ? v : v + ".properties");
			assertThat(recurso).as("recurso referenciado por el arranque").exists();
		}
	}

	/**
	 * A property in {@code <overrides>} only changes an inherited one (no type, no
	 * label).
	 */
	private static boolean sobrescrita(Element e) {
		return e.getParentNode() != null && "overrides".equals(e.getParentNode().getLocalName());
	}

	private static List<String> nombres(Document doc, String... etiquetas) {
		List<String> nombres = new ArrayList<>();
		for (String etiqueta : etiquetas) {
			NodeList nodos = doc.getElementsByTagNameNS("*", etiqueta);
			for (int i = 0; i < nodos.getLength(); i++) {
				Element e = (Element) nodos.item(i);
				if (e.hasAttribute("name") && !sobrescrita(e)) {
					nombres.add(e.getAttribute("name"));
				}
			}
		}
		return nombres;
	}

	private static List<String> textos(Document doc, String etiqueta) {
		List<String> textos = new ArrayList<>();
		NodeList nodos = doc.getElementsByTagNameNS("*", etiqueta);
		for (int i = 0; i < nodos.getLength(); i++) {
			if (nodos.item(i).getChildNodes().getLength() == 1) {
				textos.add(nodos.item(i).getTextContent().strip());
			}
		}
		return textos;
	}

}
