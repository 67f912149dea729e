package co.pqrsd.core.archivo.trd;

/**
 * A row of an imported TRD that was rejected, and why.
 *
 * @param hoja the sheet (oficina productora) or file it came from
 * @param fila the row number as the user sees it (1 = first row)
 * @param codigo the row's code as far as it could be read, or empty
 */
public record Rechazo(String hoja, int fila, String codigo, String motivo) {

	@Override
	public String toString() {
		return hoja + ", fila " + fila + (codigo.isEmpty() ? "" : " (" + codigo + ")") + ": " + motivo;
	}

}
