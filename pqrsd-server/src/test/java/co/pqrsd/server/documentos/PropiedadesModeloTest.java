package co.pqrsd.server.documentos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What the Alfresco adapter writes and pqrsd-platform-module's content model agree: every
 * property written exists with a compatible type, every aspect and the type exist, and
 * the model has no property that nothing writes (the expediente's and the PQRSD's are
 * written through the documented hooks, {@link AlmacenDocumentos#clasificar}).
 */
class PropiedadesModeloTest {

	private static final String MODELO = "alfresco/module/pqrsd-platform-module/model/pqrsd-model.xml";

	private record Propiedad(String tipo, boolean multiple) {
	}

	private static Document modelo() throws Exception {
		DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
		f.setNamespaceAware(true);
		f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		try (InputStream in = PropiedadesModeloTest.class.getClassLoader().getResourceAsStream(MODELO)) {
			assertThat(in).as("el modelo %s en el classpath (pqrsd-platform-module)", MODELO).isNotNull();
			return f.newDocumentBuilder().parse(in);
		}
	}

	private static Map<String, Propiedad> propiedades(Document d) {
		Map<String, Propiedad> r = new LinkedHashMap<>();
		NodeList lista = d.getElementsByTagNameNS("*", "property");
		for (int i = 0; i < lista.getLength(); i++) {
			Element p = (Element) lista.item(i);
			String tipo = p.getElementsByTagNameNS("*", "type").item(0).getTextContent().trim();
			NodeList multiple = p.getElementsByTagNameNS("*", "multiple");
			r.put(p.getAttribute("name"), new Propiedad(tipo,
					multiple.getLength() > 0 && "true".equals(multiple.item(0).getTextContent().trim())));
		}
		return r;
	}

	private static Set<String> clases(Document d, String etiqueta) {
		Set<String> r = new TreeSet<>();
		NodeList lista = d.getElementsByTagNameNS("*", etiqueta);
		for (int i = 0; i < lista.getLength(); i++) {
			Element e = (Element) lista.item(i);
			if (e.hasAttribute("name")) {
				r.add(e.getAttribute("name"));
			}
		}
		return r;
	}

	/**
	 * @return the model's properties declared {@code <multiple>true}, those Alfresco
	 * takes as a JSON array of values (see {@code NodosAlfresco.actualizar}).
	 */
	static Set<String> multivaluadas() {
		try {
			Set<String> r = new TreeSet<>();
			propiedades(modelo()).forEach((nombre, p) -> {
				if (p.multiple()) {
					r.add(nombre);
				}
			});
			return Set.copyOf(r);
		}
		catch (Exception e) {
			throw new IllegalStateException("No se pudo leer el modelo " + MODELO, e);
		}
	}

	private static final Map<Class<?>, Set<String>> COMPATIBLES = Map.of(String.class, Set.of("d:text", "d:mltext"),
			Integer.class, Set.of("d:int", "d:long"), Long.class, Set.of("d:long"), Instant.class, Set.of("d:datetime"),
			LocalDate.class, Set.of("d:date"), Boolean.class, Set.of("d:boolean"), List.class, Set.of("d:text"));

	@Test
	void todaPropiedadEscritaExisteEnElModeloConUnTipoCompatible() throws Exception {
		Map<String, Propiedad> modelo = propiedades(modelo());
		PropiedadesAlfresco.ESCRITAS.forEach((nombre, java) -> {
			assertThat(modelo).as("el modelo declara %s", nombre).containsKey(nombre);
			Propiedad p = modelo.get(nombre);
			assertThat(COMPATIBLES.get(java)).as("tipo de %s (%s en Java)", nombre, java.getSimpleName())
				.contains(p.tipo());
			assertThat(p.multiple()).as("%s es multivaluada sólo si se escribe una lista", nombre)
				.isEqualTo(java == List.class);
		});
	}

	@Test
	void elModeloNoTienePropiedadesQueNadaEscriba() throws Exception {
		assertThat(propiedades(modelo()).keySet())
			.allSatisfy(n -> assertThat(PropiedadesAlfresco.ESCRITAS).as("alguien escribe %s", n).containsKey(n));
	}

	@Test
	void elTipoYLosAspectosQueSeEscribenExisten() throws Exception {
		Document d = modelo();
		assertThat(clases(d, "type")).contains(NodosAlfresco.TIPO);
		Set<String> aspectos = clases(d, "aspect");
		assertThat(aspectos).contains(ColaAlfresco.ASPECTO_RADICADO, PropiedadesAlfresco.ASPECTO_PQRSD)
			.containsAll(PropiedadesAlfresco.ASPECTOS_EXPEDIENTE);
	}

}
