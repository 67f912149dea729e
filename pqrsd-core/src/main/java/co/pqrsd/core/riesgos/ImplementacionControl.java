package co.pqrsd.core.riesgos;

/** How a control is carried out (Guía DAFP v5/v6; domain-rules.md R-RSK-6). */
public enum ImplementacionControl {

	MANUAL, AUTOMATICO

}
