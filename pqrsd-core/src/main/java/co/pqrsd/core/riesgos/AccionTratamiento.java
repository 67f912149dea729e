package co.pqrsd.core.riesgos;

import java.time.LocalDate;
import java.util.Map;

import co.pqrsd.core.comun.ErrorDominio;

/**
 * One action of a treatment plan (domain-rules.md R-RSK-11).
 *
 * @param actividad what is done (verb in infinitive), not blank
 * @param responsable cargo in charge, not blank
 * @param fecha implementation date
 * @param evidencia the record that proves it was done, not blank
 */
public record AccionTratamiento(String actividad, String responsable, LocalDate fecha, String evidencia) {

	public AccionTratamiento {
		if (actividad.isBlank() || responsable.isBlank() || evidencia.isBlank()) {
			throw new ErrorDominio("ACCION_INCOMPLETA",
					"Una acción de tratamiento necesita actividad, responsable (cargo), fecha y evidencia.",
					Map.of("actividad", actividad));
		}
	}

}
