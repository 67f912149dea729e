package co.pqrsd.server.documentos;

import java.util.function.BiConsumer;

/**
 * Every document other modules have registered in the store, with its radicado (the
 * migration command walks it). Radicación implements it; documents are visited in id
 * order, so a version comes after the version it supersedes.
 */
public interface DocumentosRegistrados {

	void recorrer(BiConsumer<AlmacenDocumentos.Radicado, AlmacenDocumentos.Documento> visita);

}
