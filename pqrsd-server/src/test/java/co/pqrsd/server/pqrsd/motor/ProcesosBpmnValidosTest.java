package co.pqrsd.server.pqrsd.motor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Every process file is valid BPMN 2.0 with Activiti's extensions, against the schemas
 * Activiti 5.23's {@code activiti-bpmn-converter} ships: the BPMN 2.0 XSD plus the
 * {@code activiti:} extension XSD, so that a misspelt {@code activiti:} attribute fails
 * too (the BPMN schema lets foreign attributes through and checks them when their schema
 * is known).
 */
class ProcesosBpmnValidosTest {

	private static final String XSD = "org/activiti/impl/bpmn/parser/";

	@Test
	void cadaProcesoEsBpmnValidoConLasExtensionesDeActiviti() throws Exception {
		Resource[] procesos = new PathMatchingResourcePatternResolver()
			.getResources("classpath*:/procesos/*.bpmn20.xml");
		assertThat(procesos).extracting(Resource::getFilename).contains("pqrsd.bpmn20.xml");
		Schema esquema = esquema();
		for (Resource proceso : procesos) {
			assertThat(errores(esquema, proceso)).as(proceso.getFilename()).isEmpty();
		}
	}

	@Test
	void elEsquemaRechazaUnAtributoActivitiConValorInvalido() throws Exception {
		String malo = """
				<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
				  xmlns:activiti="http://activiti.org/bpmn" targetNamespace="https://pqrsd.co/procesos">
				  <process id="p" isExecutable="true">
				    <userTask id="t" activiti:candidateGroups="JEFE_X" activiti:async="quizas"/>
				  </process>
				</definitions>""";
		List<String> errores = new ArrayList<>();
		Validator validador = esquema().newValidator();
		validador.setErrorHandler(recolector(errores));
		validador.validate(new StreamSource(new java.io.StringReader(malo)));
		// and a BPMN element the standard does not have
		validador.validate(
				new StreamSource(new java.io.StringReader(malo.replace("<userTask id=\"t\"", "<tareaUsuario id=\"t\"")
					.replace("activiti:async=\"quizas\"", ""))));
		assertThat(errores).anySatisfy(e -> assertThat(e).contains("activiti:async").contains("quizas"))
			.anySatisfy(e -> assertThat(e).contains("tareaUsuario"))
			.allSatisfy(e -> assertThat(e).containsAnyOf("quizas", "tareaUsuario"));
	}

	private static Schema esquema() throws Exception {
		SchemaFactory fabrica = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		fabrica.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file");
		fabrica.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		return fabrica
			.newSchema(new Source[] { fuente(XSD + "BPMN20.xsd"), fuente(XSD + "activiti-bpmn-extensions-5.18.xsd") });
	}

	private static Source fuente(String recurso) {
		URL url = ProcesosBpmnValidosTest.class.getClassLoader().getResource(recurso);
		assertThat(url).as(recurso).isNotNull();
		return new StreamSource(url.toExternalForm());
	}

	private static List<String> errores(Schema esquema, Resource proceso) throws Exception {
		List<String> errores = new ArrayList<>();
		Validator validador = esquema.newValidator();
		validador.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		validador.setErrorHandler(recolector(errores));
		try (InputStream in = proceso.getInputStream()) {
			validador.validate(new StreamSource(in, proceso.getURL().toExternalForm()));
		}
		return errores;
	}

	private static ErrorHandler recolector(List<String> errores) {
		return new ErrorHandler() {
			@Override
			public void warning(SAXParseException e) {
				errores.add("aviso " + e.getLineNumber() + ": " + e.getMessage());
			}

			@Override
			public void error(SAXParseException e) {
				errores.add(e.getLineNumber() + ": " + e.getMessage());
			}

			@Override
			public void fatalError(SAXParseException e) {
				errores.add(e.getLineNumber() + ": " + e.getMessage());
			}
		};
	}

}
