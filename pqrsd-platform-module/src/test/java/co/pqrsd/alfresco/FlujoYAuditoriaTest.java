package co.pqrsd.alfresco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The PQRSD workflow packaged for Alfresco's Activiti and the pqrsd audit application:
 * the BPMN is valid against Activiti 5.23's schemas (Alfresco's engine), every form key
 * names a type of the task model deriving from {@code bpm:startTask} (start) or
 * {@code bpm:workflowTask} (user tasks), the deployer bean registers both, and the audit
 * application is valid against {@code alfresco-audit-3.2.xsd} (skipped without
 * {@code shared/alfresco}) using only registered extractors and generators.
 */
class FlujoYAuditoriaTest {

	private static final Path RECURSOS = Path.of("src/main/resources/alfresco/module/pqrsd-platform-module");

	private static final Path BPMN = RECURSOS.resolve("workflow/pqrsd.bpmn20.xml");

	/**
	 * The bpm: types a task form may derive from
	 * (shared/alfresco/samples/workflow/bpmModel.xml).
	 */
	private static final Map<String, String> BPM = Map.of("bpm:startTask", "bpm:workflowTask",
			"bpm:activitiOutcomeTask", "bpm:workflowTask", "bpm:workflowTask", "bpm:task", "bpm:task", "cm:content");

	private static List<String> errores(Schema esquema, Path xml) throws Exception {
		List<String> errores = new ArrayList<>();
		Validator v = esquema.newValidator();
		v.setErrorHandler(new ErrorHandler() {
			@Override
			public void warning(SAXParseException e) {
				errores.add(e.getMessage());
			}

			@Override
			public void error(SAXParseException e) {
				errores.add(e.getLineNumber() + ": " + e.getMessage());
			}

			@Override
			public void fatalError(SAXParseException e) {
				errores.add(e.getLineNumber() + ": " + e.getMessage());
			}
		});
		v.validate(new StreamSource(xml.toFile()));
		return errores;
	}

	private static Source fuente(String recurso) {
		URL url = FlujoYAuditoriaTest.class.getClassLoader().getResource(recurso);
		assertThat(url).as(recurso).isNotNull();
		return new StreamSource(url.toExternalForm());
	}

	@Test
	void elFlujoEsBpmnValidoParaActivitiDeAlfresco() throws Exception {
		SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file");
		Schema esquema = f.newSchema(new Source[] { fuente("org/activiti/impl/bpmn/parser/BPMN20.xsd"),
				fuente("org/activiti/impl/bpmn/parser/activiti-bpmn-extensions-5.18.xsd") });
		assertThat(errores(esquema, BPMN)).isEmpty();
	}

	@Test
	void cadaFormularioEsUnTipoDelModeloDeTareasConElPadreQueAlfrescoExige() throws Exception {
		Document flujo = ModuloPlataformaTest.leer(BPMN);
		Document modelo = ModuloPlataformaTest.leer(RECURSOS.resolve("model/pqrsd-workflow-model.xml"));
		Map<String, String> padres = new HashMap<>(BPM);
		NodeList tipos = modelo.getElementsByTagNameNS("*", "type");
		for (int i = 0; i < tipos.getLength(); i++) {
			Element t = (Element) tipos.item(i);
			if (!t.hasAttribute("name")) {
				continue;
			}
			padres.put(t.getAttribute("name"), t.getElementsByTagNameNS("*", "parent").item(0).getTextContent().trim());
		}
		Element inicio = (Element) flujo.getElementsByTagNameNS("*", "startEvent").item(0);
		assertThat(cadena(padres, inicio.getAttributeNS("http://activiti.org/bpmn", "formKey")))
			.contains("bpm:startTask");
		NodeList tareas = flujo.getElementsByTagNameNS("*", "userTask");
		assertThat(tareas.getLength()).isEqualTo(4);
		for (int i = 0; i < tareas.getLength(); i++) {
			Element t = (Element) tareas.item(i);
			String formulario = t.getAttributeNS("http://activiti.org/bpmn", "formKey");
			assertThat(padres).as("tipo %s de la tarea %s", formulario, t.getAttribute("id")).containsKey(formulario);
			assertThat(cadena(padres, formulario)).as(formulario)
				.contains("bpm:workflowTask")
				.doesNotContain("bpm:startTask");
		}
	}

	private static List<String> cadena(Map<String, String> padres, String tipo) {
		List<String> c = new ArrayList<>();
		for (String t = tipo; t != null && c.size() < 10; t = padres.get(t)) {
			c.add(t);
		}
		return c;
	}

	@Test
	void elArranqueDespliegaElFlujoConSuModeloYEtiquetas() throws Exception {
		Document arranque = ModuloPlataformaTest.leer(RECURSOS.resolve("context/bootstrap-context.xml"));
		NodeList beans = arranque.getElementsByTagNameNS("*", "bean");
		Element desplegador = null;
		for (int i = 0; i < beans.getLength(); i++) {
			if ("workflowDeployer".equals(((Element) beans.item(i)).getAttribute("parent"))) {
				desplegador = (Element) beans.item(i);
			}
		}
		assertThat(desplegador).as("bean parent=workflowDeployer").isNotNull();
		List<String> textos = new ArrayList<>();
		NodeList nodos = desplegador.getElementsByTagNameNS("*", "*");
		for (int i = 0; i < nodos.getLength(); i++) {
			if (nodos.item(i).getChildNodes().getLength() == 1) {
				textos.add(nodos.item(i).getTextContent().trim());
			}
		}
		assertThat(textos).contains("activiti", "alfresco/module/pqrsd-platform-module/workflow/pqrsd.bpmn20.xml",
				"alfresco/module/pqrsd-platform-module/model/pqrsd-workflow-model.xml");
		for (String t : textos) {
			if (t.startsWith("alfresco/module/")) {
				Path r = Path.of("src/main/resources").resolve(t.endsWith(".xml") ? t : t + ".properties");
				assertThat(r).as(t).exists();
			}
		}
	}

	@Test
	void laAplicacionDeAuditoriaEsValidaYUsaSoloExtractoresRegistrados() throws Exception {
		Path audit = RECURSOS.resolve("audit/pqrsd-audit.xml");
		Document d = ModuloPlataformaTest.leer(audit);
		Set<String> registrados = Set.of("auditModel.extractor.simpleValue", "auditModel.extractor.nullValue",
				"auditModel.extractor.nodeName", "auditModel.extractor.nodeType", "auditModel.generator.user",
				"auditModel.generator.personFullName", "auditModel.generator.time");
		for (String etiqueta : List.of("DataExtractor", "DataGenerator")) {
			NodeList l = d.getElementsByTagNameNS("*", etiqueta);
			for (int i = 0; i < l.getLength(); i++) {
				assertThat(registrados).contains(((Element) l.item(i)).getAttribute("registeredName"));
			}
		}
		Element app = (Element) d.getElementsByTagNameNS("*", "Application").item(0);
		assertThat(app.getAttribute("key")).isEqualTo("pqrsd");
		assertThat(Files.readString(RECURSOS.resolve("alfresco-global.properties")))
			.contains("audit.pqrsd.enabled=true");

		Path xsd = Path.of(System.getProperty("pqrsd.shared.dir", "../../shared"), "alfresco",
				"alfresco-audit-3.2.xsd");
		assumeTrue(Files.isRegularFile(xsd),
				() -> "Se omite la validación contra el esquema: no está " + xsd.toAbsolutePath());
		SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		assertThat(errores(f.newSchema(xsd.toFile()), audit)).isEmpty();
	}

}
