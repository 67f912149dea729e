package co.pqrsd.core.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What was recorded for one activity at one cut: the responsible dependencia's report
 * (first line) and Control Interno's verification (third line) (domain-rules.md §6.4,
 * R-RSK-12).
 *
 * @param actividad the activity's code
 * @param reportado the dependencia's report, {@code null} while none
 * @param verificado Control Interno's verification, {@code null} while none
 */
public record RegistroSeguimiento(String actividad, @Nullable Avance reportado, @Nullable Verificacion verificado) {

	/**
	 * @param valor cumulative progress in the meta's unit (count or percentage)
	 * @param descripcion what was done
	 * @param evidencias the supporting evidence
	 * @param quien user who reported
	 * @param cuando when
	 */
	public record Avance(BigDecimal valor, String descripcion, List<Evidencia> evidencias, String quien,
			Instant cuando) {

		public Avance {
			evidencias = List.copyOf(evidencias);
		}

	}

	/**
	 * @param valor verified cumulative progress in the meta's unit
	 * @param observaciones Control Interno's observations
	 * @param quien the auditor
	 * @param cuando when
	 */
	public record Verificacion(BigDecimal valor, String observaciones, String quien, Instant cuando) {
	}

}
