package co.pqrsd.server.comun;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A plain A4 text document (title, headings, wrapped paragraphs, automatic page breaks)
 * for constancias, histories and reports. Uses the standard Helvetica fonts, whose
 * WinAnsi encoding covers Spanish.
 */
public final class PdfSimple implements AutoCloseable {

	private static final float MARGEN = 50;

	private final PDDocument documento = new PDDocument();

	private final PDType1Font normal = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

	private final PDType1Font negrita = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

	private PDPageContentStream contenido;

	private float y;

	public PdfSimple(String tituloDocumento) {
		documento.getDocumentInformation().setTitle(tituloDocumento);
		documento.getDocumentInformation().setCreator("pqrsd");
		nuevaPagina();
	}

	public PdfSimple titulo(String texto) {
		return escribir(texto, negrita, 15, 8);
	}

	public PdfSimple subtitulo(String texto) {
		return escribir(texto, negrita, 11, 4);
	}

	public PdfSimple parrafo(String texto) {
		return escribir(texto, normal, 9.5f, 3);
	}

	public PdfSimple campo(String etiqueta, String valor) {
		return escribir(etiqueta + ": " + valor, normal, 9.5f, 1);
	}

	/**
	 * Draws an image (a QR code, a barcode) at its left margin, {@code anchoPt} points
	 * wide.
	 */
	public PdfSimple imagen(java.awt.image.BufferedImage imagen, float anchoPt) {
		try {
			var objeto = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(documento, imagen);
			float alto = anchoPt * imagen.getHeight() / imagen.getWidth();
			if (y - alto < MARGEN) {
				nuevaPagina();
			}
			contenido.drawImage(objeto, MARGEN, y - alto, anchoPt, alto);
			y -= alto + 6;
			return this;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public PdfSimple espacio() {
		y -= 8;
		return this;
	}

	/**
	 * @return the finished PDF. The instance cannot be used afterwards.
	 */
	public byte[] bytes() {
		try {
			contenido.close();
			ContenidoActivoPdf.quitar(documento);
			ByteArrayOutputStream salida = new ByteArrayOutputStream();
			documento.save(salida);
			documento.close();
			return salida.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() throws IOException {
		documento.close();
	}

	private PdfSimple escribir(String texto, PDType1Font fuente, float tamano, float despues) {
		try {
			float ancho = PDRectangle.A4.getWidth() - 2 * MARGEN;
			for (String linea : envolver(codificable(texto), fuente, tamano, ancho)) {
				if (y < MARGEN + tamano) {
					nuevaPagina();
				}
				contenido.beginText();
				contenido.setFont(fuente, tamano);
				contenido.newLineAtOffset(MARGEN, y);
				contenido.showText(linea);
				contenido.endText();
				y -= tamano * 1.35f;
			}
			y -= despues;
			return this;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void nuevaPagina() {
		try {
			if (contenido != null) {
				contenido.close();
			}
			PDPage pagina = new PDPage(PDRectangle.A4);
			documento.addPage(pagina);
			contenido = new PDPageContentStream(documento, pagina);
			y = PDRectangle.A4.getHeight() - MARGEN;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<String> envolver(String texto, PDType1Font fuente, float tamano, float ancho)
			throws IOException {
		List<String> lineas = new ArrayList<>();
		for (String parrafo : texto.split("\n", -1)) {
			StringBuilder linea = new StringBuilder();
			for (String palabra : parrafo.split(" ")) {
				String candidata = linea.isEmpty() ? palabra : linea + " " + palabra;
				if (fuente.getStringWidth(candidata) / 1000 * tamano > ancho && !linea.isEmpty()) {
					lineas.add(linea.toString());
					linea = new StringBuilder(palabra);
				}
				else {
					linea = new StringBuilder(candidata);
				}
			}
			lineas.add(linea.toString());
		}
		return lineas;
	}

	/**
	 * Replaces characters the standard fonts cannot encode, so user text never breaks a
	 * PDF.
	 */
	public static String codificable(String texto) {
		StringBuilder sb = new StringBuilder(texto.length());
		for (char c : texto.toCharArray()) {
			boolean latin1 = c >= 0x20 && c <= 0xFF && (c < 0x7F || c >= 0xA0);
			sb.append(latin1 || c == '\n' || "—–‘’“”•…€".indexOf(c) >= 0 ? c : c == '\t' ? ' ' : '?');
		}
		return sb.toString();
	}

}
