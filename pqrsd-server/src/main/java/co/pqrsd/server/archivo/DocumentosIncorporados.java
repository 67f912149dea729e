package co.pqrsd.server.archivo;

import java.util.List;

/**
 * Documents of radicados were incorporated into an expediente (appended to its índice
 * electrónico). Published in the incorporating transaction, once per incorporation.
 *
 * @param expedienteId the row id in {@code archivo_expediente}
 * @param numero the expediente's number
 * @param radicados the radicados whose documents were incorporated, without repeats
 */
public record DocumentosIncorporados(long expedienteId, String numero, List<String> radicados) {

	public DocumentosIncorporados {
		radicados = List.copyOf(radicados);
	}

}
