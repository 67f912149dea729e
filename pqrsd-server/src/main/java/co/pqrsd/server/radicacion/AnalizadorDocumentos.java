package co.pqrsd.server.radicacion;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import co.pqrsd.core.comun.ErrorDominio;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Apache Tika, on the bytes only: the real type is detected without looking at the file
 * name or the client's content type, then text and metadata are extracted. All parsing
 * runs in the worker JVMs ({@link TrabajadoresDocumentos}) within the limits of
 * {@link LimitesDocumentos}. An extraction failure never loses the file: it is kept and
 * marked "sin texto", or "excede los límites" when it hit them.
 */
@Component
class AnalizadorDocumentos {

	private static final Logger log = LoggerFactory.getLogger(AnalizadorDocumentos.class);

	/** Magic bytes only: reads the first bytes of the file, never decompresses. */
	private final MimeTypes porFirma = MimeTypes.getDefaultMimeTypes();

	private final RadicacionProperties propiedades;

	private final TrabajadoresDocumentos trabajadores;

	AnalizadorDocumentos(RadicacionProperties propiedades, TrabajadoresDocumentos trabajadores) {
		this.propiedades = propiedades;
		this.trabajadores = trabajadores;
	}

	/**
	 * @param estadoTexto EXTRAIDO, SIN_TEXTO, or EXCEDIDO when parsing hit the limits
	 */
	record Analisis(String tipoMime, @Nullable Integer paginas, @Nullable String autor, @Nullable String titulo,
			@Nullable String creado, @Nullable String texto, String estadoTexto) {

		static final String EXCEDIDO = "EXCEDIDO";

		boolean conTexto() {
			return texto != null && !texto.isBlank();
		}

	}

	/**
	 * @return the real media type, from the bytes alone; from the magic bytes only when
	 * the full detection exceeded the limits
	 */
	String detectar(Path archivo) {
		Optional<JsonNode> r = trabajadores.ejecutar("DETECTAR", archivo);
		if (r.isPresent() && r.get().path("ok").asBoolean()) {
			return r.get().path("tipo").asString();
		}
		try (TikaInputStream in = TikaInputStream.get(archivo)) {
			return porFirma.detect(in, new Metadata()).getBaseType().toString();
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
		Optional<JsonNode> respuesta = trabajadores.ejecutar("ANALIZAR", archivo);
		if (respuesta.isEmpty() || respuesta.get().path("excedido").asBoolean()) {
			log.warn("Texto no extraído de un documento {}: excede los límites de análisis", tipo);
			return new Analisis(tipo, null, null, null, null, null, Analisis.EXCEDIDO);
		}
		JsonNode r = respuesta.get();
		if (!r.path("ok").asBoolean()) {
			log.warn("No se pudo extraer texto de un documento {}: {}", tipo, r.path("error").asString(""));
			return new Analisis(tipo, null, null, null, null, null, "SIN_TEXTO");
		}
		String texto = texto(r, "texto");
		texto = texto == null ? null : texto.strip().replace('\u0000', ' ');
		return new Analisis(tipo, entero(texto(r, "paginas")), texto(r, "autor"), texto(r, "titulo"),
				texto(r, "creado"), texto, texto != null && !texto.isBlank() ? "EXTRAIDO" : "SIN_TEXTO");
	}

	private static @Nullable String texto(JsonNode r, String campo) {
		JsonNode v = r.get(campo);
		return v == null || v.isNull() ? null : v.asString();
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
