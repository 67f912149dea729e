package co.pqrsd.alfresco;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import co.pqrsd.core.pqrsd.Canal;
import co.pqrsd.core.pqrsd.EstadoPqrsd;
import co.pqrsd.core.pqrsd.Etiqueta;
import co.pqrsd.core.pqrsd.Prioridad;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The PQRSD metadata in the content model: the {@code pqrsd:pqrsd} aspect has the
 * properties issue #9 names, and its lists are exactly the domain's values (so a new
 * state in {@code pqrsd-core} fails here until the model has it too).
 */
class AspectoPqrsdTest {

	private static final Path MODELO = Path
		.of("src/main/resources/alfresco/module/pqrsd-platform-module/model/pqrsd-model.xml");

	private static final Path ETIQUETAS = Path
		.of("src/main/resources/alfresco/module/pqrsd-platform-module/messages/pqrsd-model.properties");

	private static Document modelo;

	private static Element aspecto;

	@BeforeAll
	static void leer() throws Exception {
		modelo = ModuloPlataformaTest.leer(MODELO);
		NodeList aspectos = modelo.getElementsByTagNameNS("*", "aspect");
		for (int i = 0; i < aspectos.getLength(); i++) {
			Element a = (Element) aspectos.item(i);
			if ("pqrsd:pqrsd".equals(a.getAttribute("name"))) {
				aspecto = a;
			}
		}
		assertThat(aspecto).as("aspecto pqrsd:pqrsd").isNotNull();
	}

	/**
	 * @return each property of the aspect: name → {type, mandatory, constraint,
	 * multiple}.
	 */
	private static Map<String, List<String>> propiedades() {
		Map<String, List<String>> r = new LinkedHashMap<>();
		NodeList nodos = aspecto.getElementsByTagNameNS("*", "property");
		for (int i = 0; i < nodos.getLength(); i++) {
			Element p = (Element) nodos.item(i);
			NodeList restriccion = p.getElementsByTagNameNS("*", "constraint");
			r.put(p.getAttribute("name"),
					List.of(texto(p, "type"), texto(p, "mandatory"),
							restriccion.getLength() == 0 ? "" : ((Element) restriccion.item(0)).getAttribute("ref"),
							texto(p, "multiple").isEmpty() ? "false" : texto(p, "multiple")));
		}
		return r;
	}

	private static String texto(Element e, String etiqueta) {
		NodeList n = e.getElementsByTagNameNS("*", etiqueta);
		return n.getLength() == 0 ? "" : n.item(0).getTextContent().strip();
	}

	private static List<String> valores(String restriccion) {
		NodeList nodos = modelo.getElementsByTagNameNS("*", "constraint");
		for (int i = 0; i < nodos.getLength(); i++) {
			Element c = (Element) nodos.item(i);
			if (restriccion.equals(c.getAttribute("name"))) {
				assertThat(c.getAttribute("type")).isEqualTo("LIST");
				List<String> v = new ArrayList<>();
				NodeList valores = c.getElementsByTagNameNS("*", "value");
				for (int j = 0; j < valores.getLength(); j++) {
					v.add(valores.item(j).getTextContent().strip());
				}
				return v;
			}
		}
		throw new AssertionError("No está la restricción " + restriccion);
	}

	private static List<String> nombres(Enum<?>[] valores) {
		return Arrays.stream(valores).map(Enum::name).toList();
	}

	@Test
	void elAspectoTieneLosMetadatosDeLaPqrsdConSusTiposYRestricciones() {
		assertThat(propiedades()).containsExactly( //
				Map.entry("pqrsd:etiqueta", List.of("d:text", "true", "pqrsd:etiquetasPqrsd", "false")),
				Map.entry("pqrsd:modalidad", List.of("d:text", "false", "pqrsd:modalidadesPqrsd", "false")),
				Map.entry("pqrsd:estadoPqrsd", List.of("d:text", "true", "pqrsd:estadosPqrsd", "false")),
				Map.entry("pqrsd:canal", List.of("d:text", "true", "pqrsd:canalesPqrsd", "false")),
				Map.entry("pqrsd:canalRespuesta", List.of("d:text", "false", "pqrsd:canalesPqrsd", "false")),
				Map.entry("pqrsd:recibida", List.of("d:datetime", "true", "", "false")),
				Map.entry("pqrsd:vencimiento", List.of("d:date", "false", "", "false")),
				Map.entry("pqrsd:dependenciaResponsable",
						List.of("d:text", "true", "pqrsd:codigoDependencia", "false")),
				Map.entry("pqrsd:asignadoA", List.of("d:text", "false", "", "false")),
				Map.entry("pqrsd:prioridades", List.of("d:text", "false", "pqrsd:prioridadesPqrsd", "true")),
				Map.entry("pqrsd:denunciaCorrupcion", List.of("d:boolean", "true", "", "false")),
				Map.entry("pqrsd:anonimo", List.of("d:boolean", "true", "", "false")),
				Map.entry("pqrsd:radicadoRespuesta",
						List.of("d:text", "false", "pqrsd:numeroRadicadoFormato", "false")),
				Map.entry("pqrsd:fechaComunicacion", List.of("d:datetime", "false", "", "false")));
		assertThat(texto(aspecto, "mandatory-aspects")).as("una PQRSD está sobre su radicado de entrada")
			.isEqualTo("pqrsd:radicado");
	}

	@Test
	void lasListasSonExactamenteLosValoresDelDominio() {
		assertThat(valores("pqrsd:estadosPqrsd")).hasSize(11).containsExactlyElementsOf(nombres(EstadoPqrsd.values()));
		assertThat(valores("pqrsd:etiquetasPqrsd")).containsExactlyElementsOf(nombres(Etiqueta.values()));
		assertThat(valores("pqrsd:canalesPqrsd")).containsExactlyElementsOf(nombres(Canal.values()));
		assertThat(valores("pqrsd:prioridadesPqrsd")).containsExactlyElementsOf(nombres(Prioridad.values()));
		assertThat(valores("pqrsd:modalidadesPqrsd")).containsExactly("GENERAL", "DOCUMENTOS", "CONSULTA",
				"ENTRE_AUTORIDADES");
	}

	@Test
	void cadaValorDeLasListasTieneSuEtiquetaEnEspanol() throws Exception {
		Properties etiquetas = new Properties();
		try (InputStream in = Files.newInputStream(ETIQUETAS)) {
			etiquetas.load(in);
		}
		for (String lista : List.of("estadosPqrsd", "etiquetasPqrsd", "canalesPqrsd", "prioridadesPqrsd",
				"modalidadesPqrsd")) {
			for (String valor : valores("pqrsd:" + lista)) {
				String clave = "listconstraint.pqrsd_" + lista + "." + valor;
				assertThat(etiquetas.getProperty(clave)).as(clave).isNotBlank();
			}
		}
		assertThat(etiquetas.getProperty("listconstraint.pqrsd_estadosPqrsd.VENCIDA_SILENCIO_POSITIVO"))
			.isEqualTo(EstadoPqrsd.VENCIDA_SILENCIO_POSITIVO.nombre());
		assertThat(etiquetas.getProperty("pqrsd_modelo.property.pqrsd_denunciaCorrupcion.title"))
			.isEqualTo("Denuncia de actos de corrupción");
	}

}
