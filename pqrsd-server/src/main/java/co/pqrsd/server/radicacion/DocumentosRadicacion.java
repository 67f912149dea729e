package co.pqrsd.server.radicacion;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

import co.pqrsd.server.documentos.AlmacenDocumentos;
import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.server.comun.ContenidoActivoPdf;
import co.pqrsd.server.comun.Fechas;
import co.pqrsd.server.comun.NoDisponible;
import co.pqrsd.server.comun.PdfSimple;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The radicado's printed evidence: the rótulo (sticker for label printers, or stamped on
 * the first page of a received PDF) and the constancia de radicación for the citizen
 * (CPACA art. 15).
 */
@Component
class DocumentosRadicacion {

	private static final float MM = 72f / 25.4f;

	private final RadicacionProperties propiedades;

	private final String entidad;

	private final AlmacenDocumentos almacen;

	private final TrabajadoresDocumentos trabajadores;

	DocumentosRadicacion(RadicacionProperties propiedades,
			@Value("${pqrsd.entidad.nombre:Alcaldía Municipal}") String entidad, AlmacenDocumentos almacen,
			TrabajadoresDocumentos trabajadores) {
		this.propiedades = propiedades;
		this.entidad = entidad;
		this.almacen = almacen;
		this.trabajadores = trabajadores;
	}

	/**
	 * A short code that proves the sticker's number is real: derived from data only the
	 * system holds (exact instant, clerk).
	 */
	static String codigoVerificacion(Radicado r) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			String base = r.numero() + "|" + r.fechaRadicacion().toInstant() + "|" + r.radicador();
			return HexFormat.of().formatHex(sha.digest(base.getBytes(StandardCharsets.UTF_8))).substring(0, 10);
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	String urlVerificacion(Radicado r) {
		return propiedades.urlPublica().replaceAll("/+$", "") + "/verificacion/" + r.numero() + "?c="
				+ codigoVerificacion(r);
	}

	/** The QR code's content: the number and the verification URL. */
	String contenidoQr(Radicado r) {
		return "RADICADO " + r.numero() + "\n" + urlVerificacion(r);
	}

	/** The sticker for label printers (default 100 × 50 mm). */
	byte[] rotulo(Radicado r) {
		try (PDDocument doc = new PDDocument()) {
			PDRectangle tamano = new PDRectangle(propiedades.rotuloAnchoMm() * MM, propiedades.rotuloAltoMm() * MM);
			PDPage pagina = new PDPage(tamano);
			doc.addPage(pagina);
			try (PDPageContentStream c = new PDPageContentStream(doc, pagina)) {
				dibujarRotulo(doc, c, r, 0, 0, tamano.getWidth(), tamano.getHeight());
			}
			doc.getDocumentInformation().setTitle("Rótulo " + r.numero());
			return guardar(doc);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The received PDF with the sticker stamped at the top right of its first page; the
	 * stored original is untouched. The PDF is first loaded by a worker JVM (within the
	 * parsing limits), which strips its active content and rewrites it without object
	 * streams, so stamping here never inflates anything the sender compressed.
	 * @throws ErrorDominio {@code DOCUMENTO_NO_PDF}, {@code DOCUMENTO_SIN_PAGINAS} or
	 * {@code DOCUMENTO_EXCEDE_LIMITES}
	 */
	byte[] estampar(Radicado r, InputStream pdf, String nombre) {
		Path entrada = almacen.temporal("est-");
		Path limpio = almacen.temporal("lim-");
		try {
			try (OutputStream out = Files.newOutputStream(entrada)) {
				pdf.transferTo(out);
			}
			JsonNode resultado = trabajadores.ejecutar("PDF", entrada, limpio).orElse(null);
			if (resultado == null || resultado.path("excedido").asBoolean()
					|| Files.size(limpio) > 2 * propiedades.tamanoMaximo().toBytes()) {
				throw new ErrorDominio("DOCUMENTO_EXCEDE_LIMITES", "El documento '" + nombre
						+ "' excede los límites de análisis y no se puede estampar; descárguelo y use el rótulo aparte.",
						Map.of("documento", nombre));
			}
			if (resultado.path("noDisponible").asBoolean()) {
				throw new NoDisponible("TRABAJADOR_NO_DISPONIBLE",
						"No hay un trabajador de documentos disponible para estampar '" + nombre
								+ "'; intente de nuevo en unos minutos.");
			}
			if (!resultado.path("ok").asBoolean()) {
				throw new ErrorDominio("DOCUMENTO_NO_PDF",
						"El documento '" + nombre + "' no es un PDF legible; solo se estampan PDF.",
						Map.of("documento", nombre));
			}
			if (resultado.path("paginas").asInt() < 1) {
				throw new ErrorDominio("DOCUMENTO_SIN_PAGINAS",
						"El documento '" + nombre
								+ "' es un PDF sin páginas: no hay dónde estampar el rótulo; use el rótulo aparte.",
						Map.of("documento", nombre));
			}
			return estamparLimpio(r, limpio, nombre);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			borrar(entrada);
			borrar(limpio);
		}
	}

	private byte[] estamparLimpio(Radicado r, Path limpio, String nombre) {
		try (PDDocument doc = Loader.loadPDF(limpio.toFile())) {
			if (doc.getNumberOfPages() < 1) {
				throw new ErrorDominio("DOCUMENTO_SIN_PAGINAS",
						"El documento '" + nombre
								+ "' es un PDF sin páginas: no hay dónde estampar el rótulo; use el rótulo aparte.",
						Map.of("documento", nombre));
			}
			ContenidoActivoPdf.quitar(doc);
			PDPage primera = doc.getPage(0);
			PDRectangle caja = primera.getMediaBox();
			float ancho = 75 * MM;
			float alto = ancho * propiedades.rotuloAltoMm() / propiedades.rotuloAnchoMm();
			try (PDPageContentStream c = new PDPageContentStream(doc, primera, PDPageContentStream.AppendMode.APPEND,
					true, true)) {
				float x = caja.getUpperRightX() - ancho - 8 * MM;
				float y = caja.getUpperRightY() - alto - 8 * MM;
				c.setNonStrokingColor(java.awt.Color.WHITE);
				c.addRect(x, y, ancho, alto);
				c.fill();
				c.setStrokingColor(java.awt.Color.BLACK);
				c.addRect(x, y, ancho, alto);
				c.stroke();
				dibujarRotulo(doc, c, r, x, y, ancho, alto);
			}
			return guardar(doc);
		}
		catch (IOException e) {
			throw new ErrorDominio("DOCUMENTO_NO_PDF",
					"El documento '" + nombre + "' no es un PDF legible; solo se estampan PDF.",
					Map.of("documento", nombre));
		}
	}

	private static void borrar(Path archivo) {
		try {
			Files.deleteIfExists(archivo);
		}
		catch (IOException e) {
			// A temporary file left behind is harmless: it is never referenced.
		}
	}

	/**
	 * Constancia de radicación (CPACA art. 15; Decreto 1166 de 2016 for verbal
	 * petitions).
	 */
	byte[] constancia(Radicado r) {
		PdfSimple pdf = new PdfSimple("Constancia de radicación " + r.numero());
		pdf.titulo(entidad);
		pdf.subtitulo("Constancia de radicación n.º " + r.numero());
		pdf.campo("Fecha y hora de radicación", Fechas.deFechaHora(r.fechaRadicacion()) + " (hora de Colombia)");
		pdf.campo("Tipo", r.tipo().etiqueta());
		pdf.campo("Medio", r.medio().etiqueta());
		if (r.remitente() != null) {
			Parte p = r.remitente();
			pdf.campo("Remitente",
					p.anonimo() ? "Anónimo" : p.nombre()
							+ (p.tipoDocumento() == null ? "" : " — " + p.tipoDocumento() + " " + p.numeroDocumento())
							+ (p.direccion() == null ? "" : " — " + p.direccion())
							+ (p.correo() == null ? "" : " — " + p.correo()));
		}
		if (r.destinatario() != null) {
			pdf.campo("Destinatario", r.destinatario().nombre());
		}
		pdf.campo("Asunto", r.asunto());
		pdf.campo("Dependencia responsable", r.dependencia() + " — " + r.dependenciaNombre());
		pdf.campo("Folios", r.folios() == null ? "sin indicar" : r.folios().toString());
		pdf.campo("Anexos", r.anexosCantidad() + (r.anexosDescripcion() == null ? "" : " — " + r.anexosDescripcion()));
		if (!r.documentos().isEmpty()) {
			pdf.subtitulo("Documentos recibidos");
			for (Radicado.Documento d : r.documentos()) {
				pdf.parrafo((d.rol().equals("PRINCIPAL") ? "Principal: " : "Anexo: ") + d.nombre() + " (" + d.tipoMime()
						+ (d.paginas() == null ? "" : ", " + d.paginas() + " páginas") + ") — SHA-256 " + d.sha256());
			}
		}
		if (r.medio() == Medio.TELEFONICO) {
			pdf.parrafo("La petición se presentó verbalmente (Decreto 1166 de 2016).");
		}
		pdf.campo("Recibió", r.radicador());
		if (!r.vigente()) {
			pdf.parrafo("ESTE RADICADO FUE ANULADO.");
		}
		pdf.espacio();
		pdf.parrafo(
				"Los términos se cuentan a partir del día hábil siguiente a la radicación. Esta constancia tiene el mismo "
						+ "valor legal que el original (CPACA, art. 15). Consulte el estado de su solicitud con el número de radicado:");
		pdf.parrafo(urlVerificacion(r));
		pdf.imagen(qr(contenidoQr(r), 300), 100);
		return pdf.bytes();
	}

	private void dibujarRotulo(PDDocument doc, PDPageContentStream c, Radicado r, float x, float y, float ancho,
			float alto) throws IOException {
		PDType1Font normal = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
		PDType1Font negrita = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
		float margen = 2.5f * MM;
		float lado = alto - 2 * margen - 9 * MM;
		var qr = LosslessFactory.createFromImage(doc, qr(contenidoQr(r), 240));
		c.drawImage(qr, x + ancho - margen - lado, y + alto - margen - lado, lado, lado);
		float escala = alto / (50 * MM);
		float texto = x + margen;
		float linea = y + alto - margen - 7 * escala;
		linea = escribir(c, negrita, 6.5f * escala, texto, linea, recortar(entidad, 48));
		linea = escribir(c, negrita, 10.5f * escala, texto, linea - 2 * escala, r.numero());
		linea = escribir(c, normal, 6.5f * escala, texto, linea, "Fecha: " + Fechas.deFechaHora(r.fechaRadicacion()));
		linea = escribir(c, normal, 6.5f * escala, texto, linea,
				"Tipo: " + r.tipo().name() + "  Dep.: " + r.dependencia());
		linea = escribir(c, normal, 6.5f * escala, texto, linea, recortar(r.dependenciaNombre(), 40));
		linea = escribir(c, normal, 6.5f * escala, texto, linea,
				"Folios: " + (r.folios() == null ? "-" : r.folios()) + "  Anexos: " + r.anexosCantidad());
		escribir(c, normal, 6.5f * escala, texto, linea, "Radicó: " + r.radicador());
		BufferedImage barras = MatrixToImageWriter
			.toBufferedImage(new Code128Writer().encode(r.numero(), BarcodeFormat.CODE_128, 600, 60));
		c.drawImage(LosslessFactory.createFromImage(doc, barras), x + margen, y + margen, ancho - 2 * margen,
				7 * MM * escala);
	}

	private static float escribir(PDPageContentStream c, PDType1Font fuente, float tamano, float x, float y,
			String texto) throws IOException {
		c.setNonStrokingColor(java.awt.Color.BLACK);
		c.beginText();
		c.setFont(fuente, tamano);
		c.newLineAtOffset(x, y);
		c.showText(PdfSimple.codificable(texto));
		c.endText();
		return y - tamano * 1.3f;
	}

	static BufferedImage qr(String contenido, int lado) {
		try {
			return MatrixToImageWriter.toBufferedImage(new QRCodeWriter().encode(contenido, BarcodeFormat.QR_CODE, lado,
					lado, Map.of(EncodeHintType.MARGIN, 1, EncodeHintType.CHARACTER_SET, "UTF-8")));
		}
		catch (WriterException e) {
			throw new IllegalStateException(e);
		}
	}

	private static byte[] guardar(PDDocument doc) throws IOException {
		ContenidoActivoPdf.quitar(doc);
		ByteArrayOutputStream salida = new ByteArrayOutputStream();
		doc.save(salida);
		return salida.toByteArray();
	}

	private static String recortar(String texto, int maximo) {
		return texto.length() <= maximo ? texto : texto.substring(0, maximo - 1) + "…";
	}

}
