package co.pqrsd.server.archivo.expedientes;

import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.tika.Tika;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * The índice's formato and page count of a document (R-EXP-3, fields 9 to 11): the type
 * detected from its bytes (never the declared one), and for a PDF its real page count
 * read with PDFBox (the file is already bounded by the upload limit; an unreadable PDF
 * counts as one page).
 */
final class Formatos {

	private static final Tika TIKA = new Tika();

	private Formatos() {
	}

	static String formato(byte[] contenido, String nombre) {
		return deTipo(tipo(contenido, nombre), nombre);
	}

	/**
	 * @return the MIME type detected from the bytes (the name only breaks ties).
	 */
	static String tipo(byte[] contenido, String nombre) {
		return TIKA.detect(contenido, nombre);
	}

	/**
	 * @return e.g. {@code PDF}, {@code DOCX}, {@code PNG}, from a MIME type.
	 */
	static String deTipo(String mime, String nombre) {
		try {
			String ext = MimeTypes.getDefaultMimeTypes().forName(mime.split(";")[0].trim()).getExtension();
			if (!ext.isEmpty()) {
				return ext.substring(1).toUpperCase(Locale.ROOT);
			}
		}
		catch (MimeTypeException e) {
			// falls back to the name's extension
		}
		int punto = nombre.lastIndexOf('.');
		return punto >= 0 && punto < nombre.length() - 1 ? nombre.substring(punto + 1).toUpperCase(Locale.ROOT) : "BIN";
	}

	static int paginas(byte[] contenido, String formato) {
		if (!"PDF".equals(formato)) {
			return 1;
		}
		try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBuffer(contenido))) {
			return Math.max(1, doc.getNumberOfPages());
		}
		catch (java.io.IOException | RuntimeException e) {
			return 1;
		}
	}

}
