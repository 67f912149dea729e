package co.pqrsd.core.riesgos;

import java.math.BigDecimal;

/**
 * One control applied on the value left by the previous one (domain-rules.md R-RSK-7).
 *
 * @param control the control
 * @param peso weight in percent (tipo + implementación), e.g. 40
 * @param eje the axis the control acts on
 * @param antes value of the axis before the control, in percent
 * @param despues value after the control, in percent; equal to {@code antes} when the
 * control does not move the axis
 * @param desplaza whether the control moved the axis
 * @param explicacion Spanish sentence for the user
 */
public record PasoControl(Control control, BigDecimal peso, Eje eje, BigDecimal antes, BigDecimal despues,
		boolean desplaza, String explicacion) {

	/** Axis of the heat map. */
	public enum Eje {

		PROBABILIDAD, IMPACTO

	}

}
