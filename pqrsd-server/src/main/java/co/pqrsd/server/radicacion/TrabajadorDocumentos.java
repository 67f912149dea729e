package co.pqrsd.server.radicacion;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import co.pqrsd.server.comun.ContenidoActivoPdf;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.slf4j.LoggerFactory;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The worker JVM's entry point: parses hostile files with its own small heap
 * ({@code -Xmx}, exits on OutOfMemoryError) so a bomb kills only this process. Reads one
 * tab-separated command per line on stdin and answers one JSON line on stdout:
 * <ul>
 * <li>{@code DETECTAR path}: the media type from the bytes alone;</li>
 * <li>{@code ANALIZAR path}: text (bounded), page count and metadata;</li>
 * <li>{@code PDF entrada salida}: loads a PDF, strips active content and writes it
 * without object streams (so the server can stamp it without inflating anything), with
 * its page count.</li>
 * </ul>
 * Exits when stdin closes, so it never outlives the server.
 */
public final class TrabajadorDocumentos {

	static final String LISTO = "LISTO";

	private final TikaConfig tika = TikaConfig.getDefaultConfig();

	private final AutoDetectParser parser = new AutoDetectParser(tika);

	private final JsonMapper json = JsonMapper.builder().build();

	private final int maximoCaracteres;

	private final int profundidadMaxima;

	private final int maximoEmbebidos;

	private TrabajadorDocumentos(int maximoCaracteres, int profundidadMaxima, int maximoEmbebidos) {
		this.maximoCaracteres = maximoCaracteres;
		this.profundidadMaxima = profundidadMaxima;
		this.maximoEmbebidos = maximoEmbebidos;
	}

	/**
	 * @param args maximum characters, maximum embedding depth, maximum embedded documents
	 */
	public static void main(String[] args) throws IOException {
		// stdout carries the protocol; anything a library prints goes to stderr.
		PrintStream protocolo = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
		silenciarRegistro();
		TrabajadorDocumentos trabajador = new TrabajadorDocumentos(Integer.parseInt(args[0]), Integer.parseInt(args[1]),
				Integer.parseInt(args[2]));
		BufferedReader entrada = new BufferedReader(
				new InputStreamReader(new FileInputStream(FileDescriptor.in), StandardCharsets.UTF_8));
		protocolo.println(LISTO);
		String linea;
		while ((linea = entrada.readLine()) != null) {
			protocolo.println(trabajador.json.writeValueAsString(trabajador.ejecutar(linea.split("\t"))));
		}
		Runtime.getRuntime().halt(0);
	}

	private static void silenciarRegistro() {
		if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext contexto) {
			contexto.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.ERROR);
		}
	}

	private Map<String, Object> ejecutar(String[] comando) {
		Map<String, Object> r = new LinkedHashMap<>();
		try {
			switch (comando[0]) {
				case "DETECTAR" -> r.put("tipo", detectar(Path.of(comando[1])));
				case "ANALIZAR" -> analizar(Path.of(comando[1]), r);
				case "PDF" -> pdf(Path.of(comando[1]), Path.of(comando[2]), r);
				default -> throw new IllegalArgumentException("Orden desconocida: " + comando[0]);
			}
			r.put("ok", true);
		}
		catch (StackOverflowError e) {
			r.clear();
			r.put("ok", false);
			r.put("excedido", true);
			r.put("error", "anidamiento excesivo");
		}
		catch (Exception e) {
			r.clear();
			r.put("ok", false);
			r.put("excedido", bomba(e));
			r.put("error", String.valueOf(e));
		}
		return r;
	}

	private String detectar(Path archivo) throws IOException {
		try (TikaInputStream in = TikaInputStream.get(archivo)) {
			return tika.getDetector().detect(in, new Metadata()).getBaseType().toString();
		}
	}

	private void analizar(Path archivo, Map<String, Object> r) throws Exception {
		Metadata metadatos = new Metadata();
		BodyContentHandler texto = new BodyContentHandler(maximoCaracteres);
		ParseContext contexto = new ParseContext();
		contexto.set(Parser.class, parser);
		contexto.set(EmbeddedDocumentExtractor.class, new ExtractorLimitado(contexto));
		try (InputStream in = TikaInputStream.get(archivo)) {
			parser.parse(in, texto, metadatos, contexto);
		}
		catch (SAXException e) {
			if (!WriteLimitReachedException.isWriteLimitReached(e)) {
				throw e;
			}
			// The character limit was reached: keep what was extracted.
			r.put("truncado", true);
		}
		r.put("texto", texto.toString());
		r.put("paginas", metadatos.get(PagedText.N_PAGES));
		r.put("autor", metadatos.get(TikaCoreProperties.CREATOR));
		r.put("titulo", metadatos.get(TikaCoreProperties.TITLE));
		r.put("creado", metadatos.get(TikaCoreProperties.CREATED));
	}

	private static void pdf(Path entrada, Path salida, Map<String, Object> r) throws IOException {
		try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(entrada.toFile()))) {
			r.put("paginas", doc.getNumberOfPages());
			ContenidoActivoPdf.quitar(doc);
			doc.save(salida.toFile(), CompressParameters.NO_COMPRESSION);
		}
	}

	/**
	 * Whether a failure means the file is a bomb (the limits were hit), not just broken.
	 */
	private static boolean bomba(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			String m = String.valueOf(t.getMessage()).toLowerCase();
			if (m.contains("zip bomb") || m.contains("exceeds the maximum") || m.contains("too large")) {
				return true;
			}
		}
		return false;
	}

	/** Parses embedded documents only down to a depth and up to a count. */
	private final class ExtractorLimitado extends ParsingEmbeddedDocumentExtractor {

		private int profundidad;

		private int cuenta;

		ExtractorLimitado(ParseContext contexto) {
			super(contexto);
		}

		@Override
		public boolean shouldParseEmbedded(Metadata metadata) {
			return profundidad < profundidadMaxima && cuenta < maximoEmbebidos && super.shouldParseEmbedded(metadata);
		}

		@Override
		public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
				throws SAXException, IOException {
			cuenta++;
			profundidad++;
			try {
				super.parseEmbedded(stream, handler, metadata, outputHtml);
			}
			finally {
				profundidad--;
			}
		}

	}

}
