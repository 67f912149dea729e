package co.pqrsd.core.archivo.indice;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One document of the índice electrónico with the 13 fields of R-EXP-3 (Acuerdo 003 de
 * 2015 / guía AGN–MinTIC G.INF.08): identifier, name, tipología, dates of creation and
 * incorporation, hash and its function, order, first and last page, format, size and
 * origin.
 */
public record EntradaIndice(int orden, String documentoId, String nombre, String tipologia, LocalDate fechaCreacion,
		Instant fechaIncorporacion, String huella, String funcionResumen, int paginaInicio, int paginaFin,
		String formato, long tamano, OrigenDocumento origen, @Nullable String radicado, String contenidoSha256) {

	public EntradaIndice {
		if (orden < 1) {
			throw new IllegalArgumentException("El orden empieza en 1");
		}
		if (paginaInicio < 1 || paginaFin < paginaInicio) {
			throw new IllegalArgumentException("Páginas inválidas en el orden " + orden);
		}
		if (tamano < 0) {
			throw new IllegalArgumentException("Tamaño negativo en el orden " + orden);
		}
	}

	/**
	 * @return the number of pages of the document.
	 */
	public int paginas() {
		return paginaFin - paginaInicio + 1;
	}

}
