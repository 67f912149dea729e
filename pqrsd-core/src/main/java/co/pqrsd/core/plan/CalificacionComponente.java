package co.pqrsd.core.plan;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Score of one component at a cut, as the follow-up report shows it.
 *
 * @param componente the template component
 * @param actividades every activity of the component, exigible or not
 * @param programadas number of exigible activities ("actividades programadas")
 * @param cumplidas number of exigible activities at 100 % ("actividades cumplidas")
 * @param porcentaje weighted mean of the exigible activities, unrounded; {@code null}
 * when none is exigible
 * @param semaforo colour, {@code null} when none is exigible
 */
public record CalificacionComponente(ComponentePlantilla componente, List<CalificacionActividad> actividades,
		int programadas, int cumplidas, @Nullable BigDecimal porcentaje, @Nullable SemaforoPlan semaforo) {

	public CalificacionComponente {
		actividades = List.copyOf(actividades);
	}

}
