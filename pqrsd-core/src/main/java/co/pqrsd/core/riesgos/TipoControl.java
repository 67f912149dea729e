package co.pqrsd.core.riesgos;

/** Type of a control (Guía DAFP v5/v6; domain-rules.md R-RSK-6). */
public enum TipoControl {

	/** Acts on the cause before the risk happens; moves the probability. */
	PREVENTIVO,

	/** Detects the risk while it happens; moves the probability. */
	DETECTIVO,

	/** Acts after the risk happened; moves the impact (never for corruption risks). */
	CORRECTIVO

}
