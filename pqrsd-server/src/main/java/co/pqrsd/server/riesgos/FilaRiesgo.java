package co.pqrsd.server.riesgos;

import java.util.List;

import co.pqrsd.core.riesgos.Control;
import co.pqrsd.core.riesgos.Riesgo;
import org.jspecify.annotations.Nullable;

/**
 * A stored risk: the core record with its id, vigencia, the proceso's dependencia (whose
 * jefe monitors it), its controls in order, the evaluation's inputs and the reports of
 * its materializations.
 */
record FilaRiesgo(long id, int vigencia, @Nullable String dependencia, Riesgo riesgo, List<Control> controles,
		@Nullable EntradaEvaluacion entrada, List<InformeAutoridad> informes) {

	FilaRiesgo {
		controles = List.copyOf(controles);
		informes = List.copyOf(informes);
	}

	FilaRiesgo con(Riesgo nuevo) {
		return new FilaRiesgo(id, vigencia, dependencia, nuevo, controles, entrada, informes);
	}

}
