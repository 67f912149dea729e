package co.pqrsd.alfresco;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The four Share dashlets follow Share's web script conventions (descriptor, controller,
 * FreeMarker template, Spanish and English labels; samples in
 * {@code shared/alfresco/samples/share/}), name the server's dashlet views that exist,
 * and every template renders as Share renders it.
 */
class DashletsShareTest {

	static final Path DASHLETS = Path.of("src/main/resources/alfresco/web-extension/site-webscripts/co/pqrsd/dashlets");

	/** Share dashlet → the pqrsd server's view it frames (/tableros/dashlets/{n}). */
	static final Map<String, String> VISTAS = Map.of("pqrsd-bandeja", "pqrsd-etiquetas", "pqrsd-plan", "avance-plan",
			"pqrsd-riesgos", "mapa-calor", "pqrsd-semaforo", "pqrsd-semaforo");

	private static final Set<String> FAMILIAS = Set.of("dashlet", "user-dashlet", "site-dashlet");

	private static List<Path> descriptores() throws IOException {
		try (Stream<Path> s = Files.list(DASHLETS)) {
			return s.filter(p -> p.getFileName().toString().endsWith(".get.desc.xml")).sorted().toList();
		}
	}

	private static String id(Path descriptor) {
		return descriptor.getFileName().toString().replace(".get.desc.xml", "");
	}

	private static Properties etiquetas(String archivo) throws IOException {
		Properties p = new Properties();
		try (InputStream in = Files.newInputStream(DASHLETS.resolve(archivo))) {
			p.load(in);
		}
		return p;
	}

	@Test
	void cadaDashletTieneDescriptorControladorPlantillaYEtiquetasEnEspanolEIngles() throws Exception {
		assertThat(descriptores()).extracting(DashletsShareTest::id)
			.containsExactlyInAnyOrderElementsOf(VISTAS.keySet());
		for (Path d : descriptores()) {
			String id = id(d);
			DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
			f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			Document doc = f.newDocumentBuilder().parse(d.toFile());
			assertThat(doc.getDocumentElement().getTagName()).isEqualTo("webscript");
			assertThat(texto(doc, "shortname")).as(id).isNotBlank();
			assertThat(doc.getElementsByTagName("url").getLength()).as(id).isPositive();
			assertThat(texto(doc, "url")).isEqualTo("/components/dashlets/" + id);
			NodeList familias = doc.getElementsByTagName("family");
			assertThat(familias.getLength()).as(id).isPositive();
			for (int i = 0; i < familias.getLength(); i++) {
				assertThat(FAMILIAS).contains(familias.item(i).getTextContent().trim());
			}
			for (String archivo : List.of(".get.js", ".get.html.ftl", ".get.properties", ".get_es.properties",
					".get_en.properties")) {
				assertThat(DASHLETS.resolve(id + archivo)).as(id + archivo).isRegularFile();
			}
			Properties es = etiquetas(id + ".get_es.properties");
			Properties en = etiquetas(id + ".get_en.properties");
			assertThat(en.keySet()).as("mismas claves en inglés: " + id).isEqualTo(es.keySet());
			assertThat(etiquetas(id + ".get.properties")).isEqualTo(es);
			assertThat(es.getProperty("header.titulo")).isNotEqualTo(en.getProperty("header.titulo"));
		}
	}

	@Test
	void cadaControladorPideLaVistaDelServidorQueLeCorresponde() throws Exception {
		Pattern llamada = Pattern.compile("pqrsdDashlet\\(\"([a-z-]+)\"\\)");
		for (Path d : descriptores()) {
			String js = Files.readString(DASHLETS.resolve(id(d) + ".get.js"), StandardCharsets.UTF_8);
			Matcher m = llamada.matcher(js);
			assertThat(m.find()).as(id(d)).isTrue();
			assertThat(m.group(1)).isEqualTo(VISTAS.get(id(d)));
			assertThat(js).contains(
					"<import resource=\"classpath:alfresco/web-extension/site-webscripts/co/pqrsd/dashlets/pqrsd-dashlet.lib.js\">");
		}
		String lib = Files.readString(DASHLETS.resolve("pqrsd-dashlet.lib.js"), StandardCharsets.UTF_8);
		// The secret stays in Share's endpoint configuration; the page only gets a ficha.
		assertThat(lib).contains("remote.connect(\"pqrsd\")")
			.contains("/confianza/share/ficha")
			.doesNotContain("password");
	}

	private static Configuration freemarker() throws IOException {
		Configuration c = new Configuration(Configuration.VERSION_2_3_34);
		c.setDirectoryForTemplateLoading(DASHLETS.toFile());
		c.setDefaultEncoding("UTF-8");
		// Surf's own directives, as Share applies them: the markup sections in order, the
		// unique id div around the dashlet.
		TemplateDirectiveModel cuerpo = (entorno, parametros, variables, contenido) -> {
			if (contenido != null) {
				contenido.render(entorno.getOut());
			}
		};
		c.setSharedVariable("markup", cuerpo);
		TemplateDirectiveModel div = (entorno, parametros, variables, contenido) -> {
			Writer w = entorno.getOut();
			w.write("<div id=\"prueba-dashlet\">");
			if (contenido != null) {
				contenido.render(w);
			}
			w.write("</div>");
		};
		c.setSharedVariable("uniqueIdDiv", div);
		return c;
	}

	private static String renderizar(String id, String idioma, Map<String, Object> modelo) throws Exception {
		Properties etiquetas = etiquetas(id + ".get_" + idioma + ".properties");
		Map<String, Object> m = new HashMap<>(modelo);
		m.put("msg", (TemplateMethodModelEx) argumentos -> {
			String clave = String.valueOf(argumentos.get(0));
			String valor = etiquetas.getProperty(clave);
			if (valor == null) {
				throw new TemplateModelException("Falta la etiqueta " + clave + " de " + id);
			}
			return valor;
		});
		Template t = freemarker().getTemplate(id + ".get.html.ftl");
		StringWriter salida = new StringWriter();
		t.process(m, salida);
		return salida.toString();
	}

	@Test
	void cadaPlantillaSeRenderizaConLaVistaEnmarcadaOConElMotivoDeSuAusencia() throws Exception {
		for (Path d : descriptores()) {
			String id = id(d);
			String src = "http://pqrsd.alcaldia.test/tableros/dashlets/" + VISTAS.get(id) + "?ficha=a&b=<x>";
			for (String idioma : List.of("es", "en")) {
				String html = renderizar(id, idioma,
						Map.of("src", src, "servidor", "http://pqrsd.alcaldia.test", "dashlet", VISTAS.get(id)));
				assertThat(html)
					.contains("<iframe src=\"http://pqrsd.alcaldia.test/tableros/dashlets/" + VISTAS.get(id)
							+ "?ficha=a&amp;b=&lt;x&gt;\"")
					.contains(etiquetas(id + ".get_" + idioma + ".properties").getProperty("header.titulo"))
					.contains("<div id=\"prueba-dashlet\">");
			}
			String sinUsuario = renderizar(id, "es",
					Map.of("error", "error.sinUsuario", "servidor", "http://pqrsd.alcaldia.test"));
			assertThat(sinUsuario).doesNotContain("<iframe")
				.contains("no existe en pqrsd")
				.contains("href=\"http://pqrsd.alcaldia.test\"");
		}
	}

	@Test
	void shareLlegaAPqrsdPorUnExtremoConIdentidadDeclaradaYElModuloSeDeclara() throws Exception {
		DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
		f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		Document doc = f.newDocumentBuilder()
			.parse(Path.of("src/main/resources/META-INF/share-config-custom.xml").toFile());
		NodeList extremos = doc.getElementsByTagName("endpoint");
		Set<String> ids = new TreeSet<>();
		for (int i = 0; i < extremos.getLength(); i++) {
			org.w3c.dom.Element e = (org.w3c.dom.Element) extremos.item(i);
			ids.add(e.getElementsByTagName("id").item(0).getTextContent());
			assertThat(e.getElementsByTagName("identity").item(0).getTextContent()).isEqualTo("declared");
			assertThat(e.getElementsByTagName("connector-id").item(0).getTextContent()).isEqualTo("http");
		}
		assertThat(ids).containsExactly("pqrsd");
		Properties modulo = new Properties();
		try (InputStream in = Files
			.newInputStream(Path.of("src/main/resources/alfresco/module/pqrsd-share-module/module.properties"))) {
			modulo.load(in);
		}
		assertThat(modulo.getProperty("module.id")).matches("[\\w.-]+").isEqualTo("pqrsd-share-module");
		for (String clave : List.of("module.version", "module.title", "module.description")) {
			assertThat(modulo.getProperty(clave)).as(clave).isNotBlank();
		}
	}

	private static String texto(Document doc, String etiqueta) {
		return doc.getElementsByTagName(etiqueta).item(0).getTextContent().trim();
	}

}
