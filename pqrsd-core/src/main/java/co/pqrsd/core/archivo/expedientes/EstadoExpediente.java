package co.pqrsd.core.archivo.expedientes;

import java.util.Map;

import co.pqrsd.core.comun.ConflictoDeEstado;

/** An expediente is open while its trámite runs; closing it freezes it (R-EXP-4). */
public enum EstadoExpediente {

	ABIERTO, CERRADO;

	/**
	 * @throws ConflictoDeEstado {@code EXPEDIENTE_CERRADO} when closed: nothing more is
	 * written to it
	 */
	public void exigirAbierto(String numero) {
		if (this == CERRADO) {
			throw new ConflictoDeEstado("EXPEDIENTE_CERRADO",
					"El expediente " + numero + " está cerrado: su índice está sellado y no admite cambios.",
					Map.of("expediente", numero));
		}
	}

}
