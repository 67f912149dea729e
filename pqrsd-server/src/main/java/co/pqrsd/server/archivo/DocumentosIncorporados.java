package co.pqrsd.server.archivo;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Documents were incorporated into an expediente (appended to its índice electrónico):
 * those of radicados, or files uploaded directly to it. Published in the incorporating
 * transaction, once per incorporation.
 *
 * @param expedienteId the row id in {@code archivo_expediente}
 * @param numero the expediente's number
 * @param radicados the radicados whose documents were incorporated, without repeats
 * @param propios the files uploaded directly to the expediente (no radicado)
 */
public record DocumentosIncorporados(long expedienteId, String numero, List<String> radicados,
		List<DocumentoPropio> propios) {

	public DocumentosIncorporados {
		radicados = List.copyOf(radicados);
		propios = List.copyOf(propios);
	}

	/** Documents of radicados only. */
	public DocumentosIncorporados(long expedienteId, String numero, List<String> radicados) {
		this(expedienteId, numero, radicados, List.of());
	}

	/**
	 * A file uploaded directly to the expediente: its entry of the índice.
	 *
	 * @param orden its place in the índice
	 * @param tipoMime the type detected from its bytes
	 * @param sha256 the content's key in {@code documentos.AlmacenDocumentos}
	 */
	public record DocumentoPropio(int orden, String nombre, @Nullable String tipoMime, String sha256) {
	}

}
