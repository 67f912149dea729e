package co.pqrsd.alfresco;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ModuloShareTest {

	@Test
	void laConfiguracionDeShareEsXmlBienFormadoConSuRaiz() throws Exception {
		DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
		f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		Document doc = f.newDocumentBuilder()
			.parse(Path.of("src/main/resources/META-INF/share-config-custom.xml").toFile());
		assertThat(doc.getDocumentElement().getTagName()).isEqualTo("alfresco-config");
		Element config = (Element) doc.getElementsByTagName("config").item(0);
		assertThat(config.getAttribute("condition")).isEqualTo("pqrsd");
		assertThat(doc.getElementsByTagName("url").item(0).getTextContent()).startsWith("http");
	}

}
