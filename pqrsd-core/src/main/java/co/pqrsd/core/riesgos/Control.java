package co.pqrsd.core.riesgos;

import java.util.Map;

import co.pqrsd.core.comun.ErrorDominio;

/**
 * A control of a risk, written as the guide asks: responsable (a cargo, never a person's
 * name) + acción (verb in present tense) + complemento (what, how often, what is done
 * with deviations) (Guía DAFP v5/v6; domain-rules.md R-RSK-5). Only {@code tipo} and
 * {@code implementacion} are weighted; the other attributes are informative.
 *
 * @param responsable cargo that runs the control, not blank
 * @param accion what the cargo does, not blank
 * @param complemento object, periodicity and handling of deviations, may be blank
 * @param tipo preventive, detective or corrective
 * @param implementacion manual or automatic
 * @param documentado whether the control is documented (formalización, unscored)
 * @param continuo whether it runs continuously ({@code false}: randomly) (unscored)
 * @param conRegistro whether it leaves evidence (unscored)
 */
public record Control(String responsable, String accion, String complemento, TipoControl tipo,
		ImplementacionControl implementacion, boolean documentado, boolean continuo, boolean conRegistro) {

	public Control {
		if (responsable.isBlank() || accion.isBlank()) {
			throw new ErrorDominio("CONTROL_INCOMPLETO",
					"Un control se describe con el cargo responsable y la acción que realiza.",
					Map.of("responsable", responsable, "accion", accion));
		}
	}

	/**
	 * A documented, continuous control with evidence: the usual case.
	 */
	public static Control de(String responsable, String accion, String complemento, TipoControl tipo,
			ImplementacionControl implementacion) {
		return new Control(responsable, accion, complemento, tipo, implementacion, true, true, true);
	}

	/**
	 * @return "responsable + acción + complemento" as one sentence.
	 */
	public String descripcion() {
		return (responsable + " " + accion + " " + complemento).trim();
	}

}
