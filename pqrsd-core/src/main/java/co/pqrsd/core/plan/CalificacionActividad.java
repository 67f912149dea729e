package co.pqrsd.core.plan;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * Score of one activity at a cut.
 *
 * @param actividad the activity
 * @param programado part of the meta due by the cut, in the meta's unit; 0 when not
 * exigible
 * @param verificado Control Interno's verified progress, 0 when not verified
 * @param verificada whether Control Interno verified it
 * @param porcentaje verificado / programado × 100, at most 100, unrounded; {@code null}
 * when no part of the meta is due by the cut ("no exigible", not counted as 0 %)
 * @param semaforo colour of the percentage, {@code null} when not exigible
 * @param atrasada past a due date and below 100 %
 */
public record CalificacionActividad(Actividad actividad, BigDecimal programado, BigDecimal verificado,
		boolean verificada, @Nullable BigDecimal porcentaje, @Nullable SemaforoPlan semaforo, boolean atrasada) {

	/**
	 * @return whether a part of the meta is due by the cut.
	 */
	public boolean exigible() {
		return porcentaje != null;
	}

	/**
	 * @return whether the activity reached everything due (100 %).
	 */
	public boolean cumplida() {
		return porcentaje != null && porcentaje.compareTo(BigDecimal.valueOf(100)) >= 0;
	}

}
