package co.pqrsd.core.archivo.retencion;

import java.util.ArrayList;
import java.util.List;

/**
 * The disposición final marked on a TRD row: CT, E, S and M/D, possibly combined
 * (R-TRD-2: CT+MD, E+MD, S+MD).
 */
public record DisposicionFinal(boolean conservacionTotal, boolean eliminacion, boolean seleccion,
		boolean medioTecnico) {

	/**
	 * @return whether the expediente goes to the archivo histórico (CT, or S's sample).
	 */
	public boolean vaAlHistorico() {
		// R-TRD-6: transferencia secundaria for CT series and the selected sample of S.
		return conservacionTotal || seleccion;
	}

	/**
	 * @return whether the expediente may end in elimination (E, or S's unselected part).
	 */
	public boolean admiteEliminacion() {
		// R-TRD-8, R-TRD-11: elimination only under the TRD, for E or the part of S not
		// selected.
		return eliminacion || seleccion;
	}

	/**
	 * @return the codes as the TRD prints them, e.g. {@code [S, MD]}.
	 */
	public List<String> codigos() {
		List<String> c = new ArrayList<>();
		if (conservacionTotal) {
			c.add("CT");
		}
		if (eliminacion) {
			c.add("E");
		}
		if (seleccion) {
			c.add("S");
		}
		if (medioTecnico) {
			c.add("MD");
		}
		return c;
	}

}
