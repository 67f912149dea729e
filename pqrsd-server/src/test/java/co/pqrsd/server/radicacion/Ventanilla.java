package co.pqrsd.server.radicacion;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import co.pqrsd.server.ClienteApi;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Test data of the ventanilla: dependencias, one clerk per role, and documents made on
 * the fly.
 */
public final class Ventanilla {

	static final String CLAVE = "Ventanilla2026";

	private Ventanilla() {
	}

	/**
	 * Creates (once) dependencias 100, 120 (correspondencia), 200 and 300 and users of
	 * each role.
	 */
	public static void preparar(int puerto) {
		ClienteApi admin = ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
		if (admin.get("/api/v1/dependencias/120").estado() == 200) {
			return;
		}
		for (String[] d : new String[][] { { "100", "Despacho del Alcalde" }, { "120", "Ventanilla Única" },
				{ "200", "Secretaría de Gobierno" }, { "300", "Secretaría de Hacienda" } }) {
			admin.post("/api/v1/dependencias", ClienteApi.json(Map.of("codigo", d[0], "nombre", d[1])));
		}
		usuario(admin, "radicador1", List.of("RADICADOR"), "120");
		usuario(admin, "jefecorresp", List.of("RADICADOR", "JEFE_DEPENDENCIA"), "120");
		usuario(admin, "gobierno1", List.of("FUNCIONARIO"), "200");
		usuario(admin, "hacienda1", List.of("FUNCIONARIO"), "300");
		usuario(admin, "archivo1", List.of("ARCHIVISTA"), "200");
	}

	static void usuario(ClienteApi admin, String username, List<String> roles, String dependencia) {
		admin.post("/api/v1/usuarios", ClienteApi.json(Map.of("username", username, "nombre", username, "email",
				username + "@x.co", "password", CLAVE, "roles", roles, "dependencias", List.of(dependencia))));
	}

	public static ClienteApi como(int puerto, String usuario) {
		return ClienteApi.como(puerto, usuario, CLAVE);
	}

	public static String entrada(String asunto, String dependencia, String numeroDocumento) {
		return ClienteApi.json(Map.of("tipo", "ENTRADA", "asunto", asunto, "dependencia", dependencia, "medio",
				"PRESENCIAL", "folios", 3, "anexosCantidad", 1, "anexosDescripcion", "Copia de la cédula", "remitente",
				Map.of("tipoDocumento", "CC", "numeroDocumento", numeroDocumento, "nombre", "María José Pérez Gómez",
						"direccion", "Calle 10 # 5-20", "municipio", "Sesquilé", "correo", "maria@correo.co",
						"telefono", "3001234567")));
	}

	/** A real PDF with the given text on its first page (and a title and author). */
	public static byte[] pdf(String texto) {
		try (PDDocument doc = new PDDocument()) {
			PDPage pagina = new PDPage();
			doc.addPage(pagina);
			try (PDPageContentStream c = new PDPageContentStream(doc, pagina)) {
				c.beginText();
				c.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				c.newLineAtOffset(72, 700);
				c.showText(texto);
				c.endText();
			}
			doc.getDocumentInformation().setTitle("Derecho de petición");
			doc.getDocumentInformation().setAuthor("María José Pérez");
			ByteArrayOutputStream salida = new ByteArrayOutputStream();
			doc.save(salida);
			return salida.toByteArray();
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

}
