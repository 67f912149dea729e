package co.pqrsd.server.radicacion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.ClienteApi.Parte;
import co.pqrsd.server.PruebaIntegracion;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Hostile uploads through the real API: decompression bombs, a PDF without pages, a PDF
 * full of JavaScript.
 */
@PruebaIntegracion
class DocumentosHostilesTest extends PruebaVentanilla {

	@Test
	void unPdfSinPaginasNoSeEstampaYRespondeUnProblemaClaro() throws Exception {
		byte[] vacio;
		try (PDDocument doc = new PDDocument()) {
			vacio = guardar(doc);
		}
		var r = ventanilla.multipart("/api/v1/radicados",
				Parte.json("radicado", Ventanilla.entrada("PDF sin páginas", "200", "72727272")),
				Parte.archivo("principal", "vacio.pdf", "application/pdf", vacio));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
		String numero = r.json().get("numero").asString();
		long id = r.json().get("documentos").get(0).get("id").asLong();
		var estampado = ventanilla.get("/api/v1/radicados/" + numero + "/documentos/" + id + "/estampado.pdf");
		assertThat(estampado.estado()).as(estampado.cuerpo()).isEqualTo(400);
		assertThat(estampado.tipo()).startsWith("application/problem+json");
		assertThat(estampado.json().get("code").asString()).isEqualTo("DOCUMENTO_SIN_PAGINAS");
	}

	@Test
	void elPdfEstampadoNoConservaJavaScriptAccionesNiArchivosIncrustados() throws Exception {
		byte[] hostil = pdfConJavaScript();
		var r = ventanilla.multipart("/api/v1/radicados",
				Parte.json("radicado", Ventanilla.entrada("PDF con JavaScript", "200", "73737373")),
				Parte.archivo("principal", "activo.pdf", "application/pdf", hostil));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
		String numero = r.json().get("numero").asString();
		long id = r.json().get("documentos").get(0).get("id").asLong();
		// The test's own PDF does carry the active content.
		assertThat(nombresActivos(hostil)).contains("OpenAction", "JavaScript", "AA", "EmbeddedFiles", "A");

		var estampado = ventanilla.get("/api/v1/radicados/" + numero + "/documentos/" + id + "/estampado.pdf");
		assertThat(estampado.estado()).as(estampado.cuerpo()).isEqualTo(200);
		byte[] pdf = estampado.cruda().body();
		assertThat(nombresActivos(pdf)).isEmpty();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(doc.getDocumentCatalog().getOpenAction()).isNull();
			assertThat(doc.getDocumentCatalog().getNames()).satisfiesAnyOf(n -> assertThat(n).isNull(),
					n -> assertThat(n.getJavaScript()).isNull());
			assertThat(new PDFTextStripper().getText(doc)).contains("Documento con acciones").contains(numero);
		}
		// Uploaded files are always downloads, never shown inline.
		var descarga = ventanilla.get("/api/v1/radicados/" + numero + "/documentos/" + id);
		assertThat(descarga.cruda().headers().firstValue("Content-Disposition"))
			.hasValueSatisfying(v -> assertThat(v).startsWith("attachment;").contains("filename=\"activo.pdf\""));
		assertThat(descarga.cruda().headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
	}

	@Test
	void laDescargaLlevaUnNombreSeguroSegunRfc6266() {
		String nombre = "Petición año;copia (1).pdf";
		var r = ventanilla.multipart("/api/v1/radicados",
				Parte.json("radicado", Ventanilla.entrada("Nombre para descargar", "200", "76767676")),
				Parte.archivo("principal", nombre, "application/pdf", Ventanilla.pdf("hola")));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
		String numero = r.json().get("numero").asString();
		long id = r.json().get("documentos").get(0).get("id").asLong();
		var descarga = ventanilla.get("/api/v1/radicados/" + numero + "/documentos/" + id);
		assertThat(descarga.estado()).isEqualTo(200);
		String disposicion = descarga.cruda().headers().firstValue("Content-Disposition").orElseThrow();
		assertThat(disposicion).startsWith("attachment; filename=\"")
			.doesNotContain("inline")
			.contains("filename*=UTF-8''");
		String respaldo = disposicion.substring(disposicion.indexOf('"') + 1, disposicion.indexOf('"', 22));
		assertThat(respaldo).matches("[ -~&&[^\"\\\\;%/]]+");
		String exacto = disposicion.substring(disposicion.indexOf("UTF-8''") + 7);
		String guardado = r.json().get("documentos").get(0).get("nombre").asString();
		assertThat(java.net.URLDecoder.decode(exacto, StandardCharsets.UTF_8)).isEqualTo(guardado);
		assertThat(descarga.cruda().headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
	}

	/** A one-page PDF whose content stream inflates to {@code tamano} bytes of spaces. */
	static byte[] bombaPdf(long tamano) throws IOException {
		return bombaPdf(tamano, " ");
	}

	/**
	 * A PDF whose content stream inflates to {@code tamano} bytes of text-showing
	 * operators: extraction hits the character limit whatever the machine's speed.
	 */
	static byte[] bombaPdfConTexto(long tamano) throws IOException {
		return bombaPdf(tamano, "(Texto de relleno) Tj ");
	}

	private static byte[] bombaPdf(long tamano, String relleno) throws IOException {
		ByteArrayOutputStream flujo = new ByteArrayOutputStream();
		try (OutputStream z = new DeflaterOutputStream(flujo, new Deflater(Deflater.BEST_COMPRESSION), 1 << 16)) {
			z.write("BT /F1 12 Tf 72 700 Td (Inicio) Tj ".getBytes(StandardCharsets.US_ASCII));
			repetir(z, relleno, tamano);
			z.write(" (Fin) Tj ET".getBytes(StandardCharsets.US_ASCII));
		}
		byte[] datos = flujo.toByteArray();
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		List<Integer> posiciones = new ArrayList<>();
		String[] objetos = { "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
						+ "/Resources << /Font << /F1 5 0 R >> >> >>",
				null, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>" };
		pdf.write("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1));
		for (int i = 0; i < objetos.length; i++) {
			posiciones.add(pdf.size());
			pdf.write(((i + 1) + " 0 obj\n").getBytes(StandardCharsets.US_ASCII));
			if (objetos[i] == null) {
				pdf.write(("<< /Length " + datos.length + " /Filter /FlateDecode >>\nstream\n")
					.getBytes(StandardCharsets.US_ASCII));
				pdf.write(datos);
				pdf.write("\nendstream".getBytes(StandardCharsets.US_ASCII));
			}
			else {
				pdf.write(objetos[i].getBytes(StandardCharsets.US_ASCII));
			}
			pdf.write("\nendobj\n".getBytes(StandardCharsets.US_ASCII));
		}
		int xref = pdf.size();
		StringBuilder tabla = new StringBuilder("xref\n0 " + (objetos.length + 1) + "\n0000000000 65535 f \n");
		for (int p : posiciones) {
			tabla.append(String.format("%010d 00000 n \n", p));
		}
		tabla.append("trailer\n<< /Size " + (objetos.length + 1) + " /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
		pdf.write(tabla.toString().getBytes(StandardCharsets.US_ASCII));
		return pdf.toByteArray();
	}

	/** A .docx whose word/document.xml inflates to {@code tamano} bytes. */
	static byte[] bombaDocx(long tamano) throws IOException {
		ByteArrayOutputStream docx = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(docx)) {
			zip.setLevel(Deflater.BEST_COMPRESSION);
			entrada(zip, "[Content_Types].xml",
					"""
							<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
							<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
							<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
							<Default Extension="xml" ContentType="application/xml"/>
							<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
							</Types>""");
			entrada(zip, "_rels/.rels",
					"""
							<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
							<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
							<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
							</Relationships>""");
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
					+ "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
					+ "<w:body><w:p><w:r><w:t xml:space=\"preserve\">Inicio")
				.getBytes(StandardCharsets.UTF_8));
			repetir(zip, " ", tamano);
			zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return docx.toByteArray();
	}

	private static void entrada(ZipOutputStream zip, String nombre, String contenido) throws IOException {
		zip.putNextEntry(new ZipEntry(nombre));
		zip.write(contenido.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	private static void repetir(OutputStream out, String relleno, long tamano) throws IOException {
		byte[] unidad = relleno.getBytes(StandardCharsets.US_ASCII);
		byte[] bloque = new byte[(1 << 20) / unidad.length * unidad.length];
		for (int i = 0; i < bloque.length; i += unidad.length) {
			System.arraycopy(unidad, 0, bloque, i, unidad.length);
		}
		for (long escritos = 0; escritos < tamano; escritos += bloque.length) {
			out.write(bloque, 0, (int) Math.min(bloque.length, tamano - escritos));
		}
	}

	/**
	 * A PDF with JavaScript on open, on the page, in the name tree, in a link, and a
	 * file.
	 */
	static byte[] pdfConJavaScript() throws IOException {
		try (PDDocument doc = new PDDocument()) {
			PDPage pagina = new PDPage(PDRectangle.A4);
			doc.addPage(pagina);
			try (var c = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, pagina)) {
				c.beginText();
				c.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
						org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
				c.newLineAtOffset(72, 500);
				c.showText("Documento con acciones");
				c.endText();
			}
			doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('abierto');"));
			PDPageAdditionalActions aa = new PDPageAdditionalActions();
			aa.setO(new PDActionJavaScript("app.alert('pagina');"));
			pagina.setActions(aa);
			PDAnnotationLink enlace = new PDAnnotationLink();
			enlace.setRectangle(new PDRectangle(72, 72, 100, 20));
			PDActionLaunch lanzar = new PDActionLaunch();
			lanzar.setFile(new PDComplexFileSpecification());
			enlace.setAction(lanzar);
			pagina.getAnnotations().add(enlace);
			PDDocumentNameDictionary nombres = new PDDocumentNameDictionary(doc.getDocumentCatalog());
			PDJavascriptNameTreeNode js = new PDJavascriptNameTreeNode();
			js.setNames(java.util.Map.of("inicio", new PDActionJavaScript("app.alert('nombres');")));
			nombres.setJavascript(js);
			PDComplexFileSpecification archivo = new PDComplexFileSpecification();
			archivo.setFile("virus.exe");
			archivo.setEmbeddedFile(new PDEmbeddedFile(doc,
					new java.io.ByteArrayInputStream("MZ".getBytes(StandardCharsets.US_ASCII))));
			PDEmbeddedFilesNameTreeNode incrustados = new PDEmbeddedFilesNameTreeNode();
			incrustados.setNames(java.util.Map.of("virus.exe", archivo));
			nombres.setEmbeddedFiles(incrustados);
			doc.getDocumentCatalog().setNames(nombres);
			return guardar(doc);
		}
	}

	/** Every active-content key or action type found in any object of the PDF. */
	static Set<String> nombresActivos(byte[] pdf) throws IOException {
		Set<String> activos = new java.util.TreeSet<>();
		List<COSName> claves = List.of(COSName.OPEN_ACTION, COSName.AA, COSName.A, COSName.JS, COSName.JAVA_SCRIPT,
				COSName.EMBEDDED_FILES, COSName.EF, COSName.getPDFName("XFA"));
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			Set<COSBase> vistos = Collections.newSetFromMap(new IdentityHashMap<>());
			Deque<COSBase> pendientes = new ArrayDeque<>();
			pendientes.push(doc.getDocument().getTrailer());
			doc.getDocument()
				.getXrefTable()
				.keySet()
				.forEach(k -> pendientes.push(doc.getDocument().getObjectFromPool(k)));
			while (!pendientes.isEmpty()) {
				COSBase b = pendientes.pop();
				if (b instanceof COSObject o) {
					b = o.getObject();
				}
				if (b == null || !vistos.add(b)) {
					continue;
				}
				if (b instanceof COSDictionary d) {
					for (COSName clave : claves) {
						if (d.containsKey(clave)) {
							activos.add(clave.getName());
						}
					}
					String s = d.getNameAsString(COSName.S);
					if (s != null && List.of("JavaScript", "Launch", "SubmitForm", "ImportData").contains(s)) {
						activos.add(s);
					}
					d.getValues().forEach(pendientes::push);
				}
				else if (b instanceof COSArray a) {
					a.forEach(pendientes::push);
				}
			}
		}
		return activos;
	}

	private static byte[] guardar(PDDocument doc) throws IOException {
		ByteArrayOutputStream salida = new ByteArrayOutputStream();
		doc.save(salida);
		return salida.toByteArray();
	}

}
