package co.pqrsd.core.archivo.trd;

import java.util.Map;

import co.pqrsd.core.comun.ConflictoDeEstado;

/**
 * A TRD version is drafted, then put in force once approved (acto de aprobación,
 * convalidación, RUSD: Acuerdo 004 de 2019) and, when a new one enters in force,
 * superseded. Only a draft is edited.
 */
public enum EstadoVersionTrd {

	BORRADOR, VIGENTE, REEMPLAZADA;

	/**
	 * @throws ConflictoDeEstado {@code TRD_NO_EDITABLE} unless a draft
	 */
	public void exigirEditable(long version) {
		if (this != BORRADOR) {
			throw new ConflictoDeEstado("TRD_NO_EDITABLE",
					"La TRD " + version + " está " + (this == VIGENTE ? "vigente" : "reemplazada")
							+ ": no se edita; cree una nueva versión que la reemplace.",
					Map.of("version", version, "estado", name()));
		}
	}

	/**
	 * @throws ConflictoDeEstado {@code TRD_NO_BORRADOR} unless a draft
	 */
	public void exigirPublicable(long version) {
		if (this != BORRADOR) {
			throw new ConflictoDeEstado("TRD_NO_BORRADOR", "Solo un borrador de TRD entra en vigencia.",
					Map.of("version", version, "estado", name()));
		}
	}

}
