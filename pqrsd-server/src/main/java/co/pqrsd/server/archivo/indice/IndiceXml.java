package co.pqrsd.server.archivo.indice;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import co.pqrsd.core.archivo.expedientes.EntradaIndice;
import co.pqrsd.core.comun.Colombia;
import co.pqrsd.core.comun.ErrorDominio;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The XML of the índice electrónico, following the structure of the AGN–MinTIC guide
 * (adapted from the ENI: IndiceContenido / DocumentoIndizado / FechaIndiceElectronico;
 * domain-rules.md R-EXP-3), and the reading of a signed copy back.
 */
public final class IndiceXml {

	public static final String NS = "urn:co:pqrsd:archivo:indice-electronico:1";

	private IndiceXml() {
	}

	/** What a signed copy says about the índice it signs. */
	public record Copia(String expediente, String huellaIndice, List<String> huellas) {
	}

	public static byte[] escribir(IndiceExpediente indice, Instant fecha) {
		try {
			Document d = fabrica().newDocumentBuilder().newDocument();
			Element raiz = d.createElementNS(NS, "IndiceElectronico");
			raiz.setAttribute("version", "1.0");
			d.appendChild(raiz);
			ExpedienteArchivado c = indice.expediente();
			Element exp = hijo(d, raiz, "Expediente", null);
			hijo(d, exp, "Identificador", c.numero());
			hijo(d, exp, "Nombre", c.nombre());
			hijo(d, exp, "Dependencia", c.dependencia());
			hijo(d, exp, "CodigoClasificacion", c.codigoTrd());
			hijo(d, exp, "Serie", c.serieNombre());
			if (c.subserieNombre() != null) {
				hijo(d, exp, "Subserie", c.subserieNombre());
			}
			hijo(d, exp, "FechaApertura", c.fechaApertura().toString());
			if (c.fechaCierre() != null) {
				hijo(d, exp, "FechaCierre", c.fechaCierre().toString());
			}
			hijo(d, exp, "NumeroDocumentos", String.valueOf(indice.entradas().size()));
			hijo(d, exp, "NumeroPaginas", String.valueOf(indice.totalPaginas()));
			Element contenido = hijo(d, raiz, "IndiceContenido", null);
			for (EntradaIndice e : indice.entradas()) {
				Element doc = hijo(d, contenido, "DocumentoIndizado", null);
				hijo(d, doc, "Identificador", e.documentoId());
				hijo(d, doc, "Nombre", e.nombre());
				hijo(d, doc, "TipologiaDocumental", e.tipologia() == null ? "" : e.tipologia());
				hijo(d, doc, "FechaCreacion", e.fechaCreacion() == null ? "" : e.fechaCreacion().toString());
				hijo(d, doc, "FechaIncorporacion", fecha(e.fechaIncorporacion()));
				hijo(d, doc, "ValorHuella", e.sha256());
				hijo(d, doc, "FuncionResumen", e.funcionResumen());
				hijo(d, doc, "Orden", String.valueOf(e.orden()));
				hijo(d, doc, "PaginaInicio", String.valueOf(e.paginaInicio()));
				hijo(d, doc, "PaginaFin", String.valueOf(e.paginaFin()));
				hijo(d, doc, "Formato", e.formato());
				hijo(d, doc, "Tamano", String.valueOf(e.tamano()));
				hijo(d, doc, "Origen", e.origen().name());
			}
			Element huella = hijo(d, raiz, "HuellaIndice", indice.huella());
			huella.setAttribute("funcionResumen", EntradaIndice.SHA_256);
			hijo(d, raiz, "FechaIndiceElectronico", fecha(fecha));
			Transformer t = TransformerFactory.newInstance().newTransformer();
			t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			t.setOutputProperty(OutputKeys.INDENT, "yes");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			t.transform(new DOMSource(d), new StreamResult(out));
			return out.toByteArray();
		}
		catch (ParserConfigurationException | TransformerException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Reads a copy of the índice (no DTDs, no external entities).
	 * @throws ErrorDominio {@code INDICE_XML_INVALIDO} when it is not one
	 */
	public static Copia leer(byte[] xml) {
		try {
			DocumentBuilder b = fabrica().newDocumentBuilder();
			b.setErrorHandler(null);
			Document d = b.parse(new ByteArrayInputStream(xml));
			Element raiz = d.getDocumentElement();
			if (!"IndiceElectronico".equals(raiz.getLocalName()) || !NS.equals(raiz.getNamespaceURI())) {
				throw invalido();
			}
			String expediente = texto(raiz, "Identificador");
			String huellaIndice = texto(raiz, "HuellaIndice");
			List<String> huellas = new ArrayList<>();
			NodeList valores = raiz.getElementsByTagNameNS(NS, "ValorHuella");
			for (int i = 0; i < valores.getLength(); i++) {
				huellas.add(valores.item(i).getTextContent().strip());
			}
			return new Copia(expediente, huellaIndice, huellas);
		}
		catch (ErrorDominio ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw invalido();
		}
	}

	private static ErrorDominio invalido() {
		return new ErrorDominio("INDICE_XML_INVALIDO", "El archivo no es un índice electrónico en XML de pqrsd.");
	}

	private static String texto(Element raiz, String nombre) {
		NodeList l = raiz.getElementsByTagNameNS(NS, nombre);
		if (l.getLength() == 0) {
			throw invalido();
		}
		return l.item(0).getTextContent().strip();
	}

	private static DocumentBuilderFactory fabrica() throws ParserConfigurationException {
		DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
		f.setNamespaceAware(true);
		f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		f.setXIncludeAware(false);
		f.setExpandEntityReferences(false);
		return f;
	}

	private static Element hijo(Document d, Element padre, String nombre, @Nullable String texto) {
		Element e = d.createElementNS(NS, nombre);
		if (texto != null) {
			e.setTextContent(texto);
		}
		padre.appendChild(e);
		return e;
	}

	/** Instants a person reads are in Colombia's time, with their offset. */
	static String fecha(Instant instante) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instante.atZone(Colombia.ZONA).toOffsetDateTime());
	}

}
