package co.pqrsd.server.archivo.indice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.pqrsd.server.comun.PdfSimple;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A landscape A4 document with a header block and a table that flows over pages (the
 * índice electrónico, the FUID): columns with relative widths, wrapped cells, the header
 * row repeated on every page, "Hoja n de m" in the footer.
 */
public final class TablaPdf {

	private static final float MARGEN = 30;

	private static final float TAM = 7.5f;

	private static final float LINEA = 9.5f;

	private final PDType1Font normal = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

	private final PDType1Font negrita = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

	private final String titulo;

	private final Map<String, String> cabecera = new LinkedHashMap<>();

	private final List<String> columnas = new ArrayList<>();

	private final List<Float> pesos = new ArrayList<>();

	private final List<List<String>> filas = new ArrayList<>();

	private final Map<String, String> metadatos = new LinkedHashMap<>();

	private final List<String> pie = new ArrayList<>();

	public TablaPdf(String titulo) {
		this.titulo = titulo;
	}

	public TablaPdf campo(String etiqueta, String valor) {
		cabecera.put(etiqueta, valor);
		return this;
	}

	public TablaPdf columna(String nombre, float peso) {
		columnas.add(nombre);
		pesos.add(peso);
		return this;
	}

	public TablaPdf fila(List<String> celdas) {
		filas.add(celdas);
		return this;
	}

	public TablaPdf pie(String linea) {
		pie.add(linea);
		return this;
	}

	/** A custom entry of the PDF's document information (read back by verification). */
	public TablaPdf metadato(String clave, String valor) {
		metadatos.put(clave, valor);
		return this;
	}

	public byte[] bytes() {
		try (PDDocument doc = new PDDocument()) {
			PDRectangle tamano = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
			float ancho = tamano.getWidth() - 2 * MARGEN;
			float suma = (float) pesos.stream().mapToDouble(Float::doubleValue).sum();
			float[] anchos = new float[columnas.size()];
			for (int i = 0; i < anchos.length; i++) {
				anchos[i] = ancho * pesos.get(i) / suma;
			}
			Escritor w = new Escritor(doc, tamano);
			w.nuevaPagina();
			w.texto(negrita, 12, MARGEN, titulo);
			w.y -= 18;
			for (Map.Entry<String, String> c : cabecera.entrySet()) {
				for (String l : envolver(c.getKey() + ": " + c.getValue(), normal, 8.5f, ancho)) {
					w.texto(normal, 8.5f, MARGEN, l);
					w.y -= 11;
				}
			}
			w.y -= 6;
			w.encabezado = () -> filaTabla(w, columnas, anchos, negrita, true);
			w.encabezado.run();
			for (List<String> f : filas) {
				float alto = alto(f, anchos, normal);
				if (w.y - alto < MARGEN + 20) {
					w.nuevaPagina();
					w.encabezado.run();
				}
				filaTabla(w, f, anchos, normal, false);
			}
			w.y -= 10;
			for (String l : pie) {
				if (w.y < MARGEN + 20) {
					w.nuevaPagina();
				}
				w.texto(normal, 8.5f, MARGEN, l);
				w.y -= 12;
			}
			w.cerrar();
			int total = doc.getNumberOfPages();
			for (int i = 0; i < total; i++) {
				try (PDPageContentStream cs = new PDPageContentStream(doc, doc.getPage(i),
						PDPageContentStream.AppendMode.APPEND, true)) {
					cs.beginText();
					cs.setFont(normal, 7);
					cs.newLineAtOffset(tamano.getWidth() - MARGEN - 60, MARGEN / 2);
					cs.showText("Hoja " + (i + 1) + " de " + total);
					cs.endText();
				}
			}
			PDDocumentInformation info = doc.getDocumentInformation();
			info.setTitle(PdfSimple.codificable(titulo));
			info.setProducer("pqrsd");
			metadatos.forEach(info::setCustomMetadataValue);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			doc.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private float alto(List<String> celdas, float[] anchos, PDType1Font fuente) throws IOException {
		int lineas = 1;
		for (int i = 0; i < anchos.length; i++) {
			String c = i < celdas.size() ? celdas.get(i) : "";
			lineas = Math.max(lineas, envolver(c, fuente, TAM, anchos[i] - 4).size());
		}
		return lineas * LINEA + 4;
	}

	private void filaTabla(Escritor w, List<String> celdas, float[] anchos, PDType1Font fuente, boolean titulo) {
		try {
			float alto = alto(celdas, anchos, fuente);
			float x = MARGEN;
			PDPageContentStream cs = w.cs;
			for (int i = 0; i < anchos.length; i++) {
				cs.addRect(x, w.y - alto, anchos[i], alto);
				cs.stroke();
				String c = i < celdas.size() ? celdas.get(i) : "";
				float yy = w.y - LINEA;
				for (String l : envolver(c, fuente, TAM, anchos[i] - 4)) {
					w.texto(fuente, TAM, x + 2, yy, l);
					yy -= LINEA;
				}
				x += anchos[i];
			}
			w.y -= alto;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> envolver(String texto, PDType1Font fuente, float tamano, float ancho)
			throws IOException {
		List<String> lineas = new ArrayList<>();
		for (String parrafo : PdfSimple.codificable(texto).split("\n", -1)) {
			StringBuilder actual = new StringBuilder();
			for (String palabra : parrafo.split(" ")) {
				String candidato = actual.isEmpty() ? palabra : actual + " " + palabra;
				if (fuente.getStringWidth(candidato) / 1000 * tamano <= ancho) {
					actual.setLength(0);
					actual.append(candidato);
					continue;
				}
				if (!actual.isEmpty()) {
					lineas.add(actual.toString());
					actual.setLength(0);
				}
				String resto = palabra;
				while (fuente.getStringWidth(resto) / 1000 * tamano > ancho && resto.length() > 1) {
					int corte = resto.length() - 1;
					while (corte > 1 && fuente.getStringWidth(resto.substring(0, corte)) / 1000 * tamano > ancho) {
						corte--;
					}
					lineas.add(resto.substring(0, corte));
					resto = resto.substring(corte);
				}
				actual.append(resto);
			}
			lineas.add(actual.toString());
		}
		return lineas;
	}

	private static final class Escritor {

		private final PDDocument doc;

		private final PDRectangle tamano;

		private PDPageContentStream cs;

		private float y;

		private Runnable encabezado = () -> {
		};

		Escritor(PDDocument doc, PDRectangle tamano) {
			this.doc = doc;
			this.tamano = tamano;
		}

		void nuevaPagina() throws IOException {
			cerrar();
			PDPage p = new PDPage(tamano);
			doc.addPage(p);
			cs = new PDPageContentStream(doc, p);
			cs.setLineWidth(0.4f);
			y = tamano.getHeight() - MARGEN;
		}

		void cerrar() throws IOException {
			if (cs != null) {
				cs.close();
			}
		}

		void texto(PDType1Font fuente, float tam, float x, String texto) throws IOException {
			texto(fuente, tam, x, y, texto);
		}

		void texto(PDType1Font fuente, float tam, float x, float yy, String texto) throws IOException {
			cs.beginText();
			cs.setFont(fuente, tam);
			cs.newLineAtOffset(x, yy);
			cs.showText(PdfSimple.codificable(texto));
			cs.endText();
		}

	}

}
