package co.pqrsd.server.documentos;

import java.util.function.BiConsumer;

/**
 * Every document other modules have registered in the store (the migration command walks
 * it): radicación's, with their radicado, and the archive's documents uploaded directly
 * to an expediente, with their expediente. A module implements the walks it has.
 */
public interface DocumentosRegistrados {

	/**
	 * The radicados' documents, in id order, so a version comes after the version it
	 * supersedes.
	 */
	default void recorrer(BiConsumer<AlmacenDocumentos.Radicado, AlmacenDocumentos.Documento> visita) {
	}

	/**
	 * The documents uploaded directly to an expediente, with the expediente's current
	 * metadata.
	 */
	default void recorrerExpedientes(
			BiConsumer<AlmacenDocumentos.Expediente, AlmacenDocumentos.DocumentoExpediente> visita) {
	}

}
