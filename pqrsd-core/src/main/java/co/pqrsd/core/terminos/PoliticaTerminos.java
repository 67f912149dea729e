package co.pqrsd.core.terminos;

/**
 * Entity policies where the law leaves room for interpretation. Every explanation states
 * the policy applied.
 *
 * @param fueraDeHorarioAlDiaSiguiente treat filings after office hours or on non-business
 * days as received on the next business day. Off by default: the law keeps the real
 * reception instant (CPACA art. 5 num. 1 and art. 15 par. 1), and this policy moves the
 * deadline one day against the citizen.
 * @param reanudacion how the clock comes back after a requerimiento (Ley 1755 de 2015,
 * art. 17)
 */
public record PoliticaTerminos(boolean fueraDeHorarioAlDiaSiguiente, Reanudacion reanudacion) {

	/** What "se reactivará el término" (art. 17) means for the entity. */
	public enum Reanudacion {

		/** Resume the remaining days (default; the wording "reactivar" suggests it). */
		REANUDAR_DIAS_RESTANTES,

		/** Count the full term again from the day after the citizen answers. */
		REINICIAR_TERMINO_COMPLETO

	}

	public static PoliticaTerminos predeterminada() {
		return new PoliticaTerminos(false, Reanudacion.REANUDAR_DIAS_RESTANTES);
	}

}
