package co.pqrsd.core.archivo.retencion;

import co.pqrsd.core.archivo.trd.Disposicion;

/** What a TRD row's disposición final means for transfers and elimination. */
public final class ReglasRetencion {

	private ReglasRetencion() {
	}

	/**
	 * @return whether the expediente goes to the archivo histórico (CT, or S's sample).
	 */
	public static boolean vaAlHistorico(Disposicion d) {
		// R-TRD-6: transferencia secundaria for CT series and the selected sample of S.
		return d.ct() || d.s();
	}

	/**
	 * @return whether the expediente may end in elimination (E, or S's unselected part).
	 */
	public static boolean admiteEliminacion(Disposicion d) {
		// R-TRD-8, R-TRD-11: elimination only under the TRD, for E or the part of S not
		// selected.
		return d.e() || d.s();
	}

}
