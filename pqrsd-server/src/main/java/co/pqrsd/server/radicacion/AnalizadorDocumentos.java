package co.pqrsd.server.radicacion;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

import co.pqrsd.core.comun.ErrorDominio;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Apache Tika, on the bytes only: the real type is detected without looking at the file
 * name or the client's content type, then text and metadata are extracted. An extraction
 * failure never loses the file: it is kept and marked "sin texto".
 */
@Component
class AnalizadorDocumentos {

	private static final Logger log = LoggerFactory.getLogger(AnalizadorDocumentos.class);

	private static final int MAXIMO_TEXTO = 2_000_000;

	private final TikaConfig tika = TikaConfig.getDefaultConfig();

	private final Detector detector = tika.getDetector();

	private final AutoDetectParser parser = new AutoDetectParser(tika);

	private final RadicacionProperties propiedades;

	AnalizadorDocumentos(RadicacionProperties propiedades) {
		this.propiedades = propiedades;
	}

	record Analisis(String tipoMime, @Nullable Integer paginas, @Nullable String autor, @Nullable String titulo,
			@Nullable String creado, @Nullable String texto) {

		boolean conTexto() {
			return texto != null && !texto.isBlank();
		}

	}

	/**
	 * @return the real media type, from the bytes alone.
	 */
	String detectar(Path archivo) {
		try (TikaInputStream in = TikaInputStream.get(archivo)) {
			return detector.detect(in, new Metadata()).getBaseType().toString();
		}
		catch (IOException e) {
			return MediaType.OCTET_STREAM.toString();
		}
	}

	/**
	 * @throws ErrorDominio {@code TIPO_DOCUMENTO_NO_PERMITIDO} for executables, scripts
	 * and other types not allowed
	 */
	void exigirPermitido(String tipo, String nombre) {
		boolean permitido = propiedades.tiposPermitidos()
			.stream()
			.anyMatch(p -> p.endsWith("*") ? tipo.startsWith(p.substring(0, p.length() - 1)) : tipo.equals(p));
		if (!permitido) {
			throw new ErrorDominio("TIPO_DOCUMENTO_NO_PERMITIDO", "El archivo '" + nombre + "' es de tipo " + tipo
					+ " según su contenido, y ese tipo no se admite (los ejecutables y scripts se rechazan siempre). "
					+ "Tipos admitidos: PDF, imágenes, documentos de oficina, texto, correo electrónico y audio comprimido.",
					Map.of("documento", nombre, "tipoDetectado", tipo));
		}
	}

	Analisis analizar(Path archivo, String tipo) {
		Metadata metadatos = new Metadata();
		BodyContentHandler texto = new BodyContentHandler(MAXIMO_TEXTO);
		ParseContext contexto = new ParseContext();
		contexto.set(Parser.class, parser);
		String extraido;
		try (InputStream in = TikaInputStream.get(archivo)) {
			parser.parse(in, texto, metadatos, contexto);
			extraido = texto.toString();
		}
		catch (org.xml.sax.SAXException e) {
			// The write limit was reached: keep what was extracted.
			extraido = texto.toString();
		}
		catch (IOException | org.apache.tika.exception.TikaException | RuntimeException e) {
			log.warn("No se pudo extraer texto de un documento {}: {}", tipo, e.getMessage());
			extraido = null;
		}
		return new Analisis(tipo, entero(metadatos.get(PagedText.N_PAGES)), metadatos.get(TikaCoreProperties.CREATOR),
				metadatos.get(TikaCoreProperties.TITLE), metadatos.get(TikaCoreProperties.CREATED),
				extraido == null ? null : extraido.strip().replace('\u0000', ' '));
	}

	private static @Nullable Integer entero(@Nullable String valor) {
		try {
			return valor == null ? null : Integer.valueOf(valor);
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

}
