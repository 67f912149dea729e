package co.pqrsd.core.plan;

import java.math.BigDecimal;
import java.util.Map;

import co.pqrsd.core.comun.ErrorDominio;

/**
 * One planned activity: the planning row of domain-rules.md §6.4.
 *
 * @param codigo stable code within the plan, e.g. "4.13"
 * @param componente code of the template component, e.g. {@code PAAC_4}
 * @param subcomponente subcomponente / estrategia, mecanismo o medida; may be blank
 * @param objetivo may be blank
 * @param descripcion the activity itself, not blank
 * @param indicador may be blank
 * @param meta number or percentage to reach
 * @param fecha due date(s)
 * @param responsable dependencias or cargos, not blank
 * @param peso weight in the component's average, positive (1 when the plan defines none;
 * R-PAAC-5)
 */
public record Actividad(String codigo, String componente, String subcomponente, String objetivo, String descripcion,
		String indicador, Meta meta, FechaCumplimiento fecha, String responsable, BigDecimal peso) {

	public Actividad {
		if (codigo.isBlank() || descripcion.isBlank()) {
			throw new ErrorDominio("ACTIVIDAD_INCOMPLETA", "Una actividad necesita código y descripción.",
					Map.of("codigo", codigo));
		}
		if (responsable.isBlank()) {
			throw new ErrorDominio("ACTIVIDAD_SIN_RESPONSABLE",
					"La actividad " + codigo + " no tiene responsable (dependencia o cargo).",
					Map.of("codigo", codigo));
		}
		if (peso.signum() <= 0) {
			throw new ErrorDominio("PESO_INVALIDO", "El peso de la actividad " + codigo + " debe ser mayor que cero.",
					Map.of("codigo", codigo));
		}
	}

	/** An activity with weight 1. */
	public static Actividad de(String codigo, String componente, String subcomponente, String objetivo,
			String descripcion, String indicador, Meta meta, FechaCumplimiento fecha, String responsable) {
		return new Actividad(codigo, componente, subcomponente, objetivo, descripcion, indicador, meta, fecha,
				responsable, BigDecimal.ONE);
	}

}
