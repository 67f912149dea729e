package co.pqrsd.core.archivo.expedientes;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One document of an índice electrónico, with the thirteen fields of R-EXP-3.
 *
 * @param orden 1..n without gaps
 * @param sha256 the file's hash (huella), lowercase hex
 * @param funcionResumen the hash function's name, {@code SHA-256}
 * @param paginaInicio the first page, cumulative across the expediente
 * @param paginaFin the last page, cumulative
 * @param tamano bytes
 * @param radicado the radicado the document came with, if any
 */
public record EntradaIndice(int orden, String documentoId, String nombre, @Nullable String tipologia,
		@Nullable LocalDate fechaCreacion, Instant fechaIncorporacion, String sha256, String funcionResumen,
		int paginaInicio, int paginaFin, String formato, long tamano, OrigenDocumento origen,
		@Nullable String radicado) {

	/** The only hash function used (not MD5: R-EXP-3). */
	public static final String SHA_256 = "SHA-256";

	/**
	 * @return the number of pages of the document.
	 */
	public int paginas() {
		return paginaFin - paginaInicio + 1;
	}

}
