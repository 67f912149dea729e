package co.pqrsd.core.plan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.pqrsd.core.calendario.CalendarioHabil;
import org.jspecify.annotations.Nullable;

/**
 * Score of a plan at a cut (domain-rules.md R-PAAC-5, R-PAAC-6).
 * <p>
 * Rules, worked in {@code CalificacionPlanTest}:
 * <ul>
 * <li>Part of the meta due by the cut ("programado"): for a number meta, the meta times
 * the share of the activity's due dates on or before the cut (meta 3 with dates 30 April,
 * 31 August, 31 December: 1 at the first cut, 2 at the second, 3 at the third); for a
 * percentage meta, the whole meta once any due date has passed (a percentage is a level
 * to reach and keep). A permanent activity is due in proportion to the months elapsed
 * (4/12, 8/12, 12/12) for a number meta, and wholly for a percentage meta.</li>
 * <li>An activity with nothing due yet is "no exigible": it has no percentage and does
 * not count as 0 %.</li>
 * <li>Percentage of an activity: verified progress / programado × 100, capped at 100; an
 * activity Control Interno did not verify counts as 0.</li>
 * <li>Component and plan: mean of the exigible activities weighted by their {@code peso}
 * (1 by default), or, with {@link Agregacion#PROMEDIO_DE_COMPONENTES}, the plan as the
 * mean of its components.</li>
 * <li>Colour on the unrounded value ({@link SemaforoPlan}); an exigible activity below
 * 100 % is flagged as atrasada.</li>
 * </ul>
 *
 * @param corte the cut
 * @param componentes every template component, in plan order
 * @param porcentaje the plan's percentage, unrounded; {@code null} when nothing is
 * exigible
 * @param semaforo colour, {@code null} when nothing is exigible
 * @param programadas exigible activities
 * @param cumplidas exigible activities at 100 %
 * @param atrasadas activities past a due date and below 100 %
 */
public record CalificacionPlan(Corte corte, List<CalificacionComponente> componentes, @Nullable BigDecimal porcentaje,
		@Nullable SemaforoPlan semaforo, int programadas, int cumplidas, List<CalificacionActividad> atrasadas) {

	private static final BigDecimal CIEN = BigDecimal.valueOf(100);

	private static final MathContext PRECISION = MathContext.DECIMAL64;

	/** How the plan's percentage aggregates (R-PAAC-5 leaves it open; configurable). */
	public enum Agregacion {

		/** Weighted mean of all exigible activities (default). */
		PROMEDIO_DE_ACTIVIDADES,

		/** Mean of the components that have exigible activities. */
		PROMEDIO_DE_COMPONENTES

	}

	public CalificacionPlan {
		componentes = List.copyOf(componentes);
		atrasadas = List.copyOf(atrasadas);
	}

	/**
	 * @param plantilla the plan's template
	 * @param version the plan version in force at the cut
	 * @param corte the cut
	 * @param verificados Control Interno's verified progress per activity code, in each
	 * meta's unit; missing activities count as 0
	 * @param calendario for recurrences counted in business days
	 * @param agregacion how the plan's percentage aggregates
	 */
	public static CalificacionPlan calcular(Plantilla plantilla, VersionPlan version, Corte corte,
			Map<String, BigDecimal> verificados, CalendarioHabil calendario, Agregacion agregacion) {
		List<CalificacionComponente> componentes = new ArrayList<>();
		List<CalificacionActividad> todas = new ArrayList<>();
		for (ComponentePlantilla c : plantilla.componentes()) {
			List<CalificacionActividad> deComponente = version.actividades()
				.stream()
				.filter(a -> a.componente().equals(c.codigo()))
				.map(a -> actividad(a, corte, verificados.get(a.codigo()), calendario))
				.toList();
			todas.addAll(deComponente);
			BigDecimal porcentaje = promedio(deComponente);
			componentes.add(new CalificacionComponente(c, deComponente, programadas(deComponente),
					cumplidas(deComponente), porcentaje, porcentaje == null ? null : SemaforoPlan.de(porcentaje)));
		}
		BigDecimal porcentaje = agregacion == Agregacion.PROMEDIO_DE_ACTIVIDADES ? promedio(todas)
				: promedioDeComponentes(componentes);
		return new CalificacionPlan(corte, componentes, porcentaje,
				porcentaje == null ? null : SemaforoPlan.de(porcentaje), programadas(todas), cumplidas(todas),
				todas.stream().filter(CalificacionActividad::atrasada).toList());
	}

	/**
	 * @return the part of the meta due by the cut date, in the meta's unit.
	 */
	public static BigDecimal programado(Actividad actividad, LocalDate corte, CalendarioHabil calendario) {
		long[] fraccion = fraccionExigible(actividad.fecha(), corte, calendario);
		Meta meta = actividad.meta();
		if (meta.unidad() == Meta.Unidad.PORCENTAJE) {
			return fraccion[0] > 0 ? meta.valor() : BigDecimal.ZERO;
		}
		// Multiply before dividing: 3 × 1 / 3 is exactly 1.
		return meta.valor()
			.multiply(BigDecimal.valueOf(fraccion[0]))
			.divide(BigDecimal.valueOf(fraccion[1]), PRECISION);
	}

	/**
	 * @return {due, total}: due dates on or before the cut, out of all (months for a
	 * permanent activity).
	 */
	private static long[] fraccionExigible(FechaCumplimiento fecha, LocalDate corte, CalendarioHabil calendario) {
		if (fecha instanceof Recurrencia r && r.periodicidad() == Periodicidad.PERMANENTE) {
			if (corte.getYear() < r.vigencia()) {
				return new long[] { 0, 12 };
			}
			return new long[] { corte.getYear() > r.vigencia() ? 12 : corte.getMonthValue(), 12 };
		}
		List<LocalDate> vencimientos = fecha.vencimientos(calendario);
		long vencidos = vencimientos.stream().filter(v -> !v.isAfter(corte)).count();
		return new long[] { vencidos, vencimientos.size() };
	}

	private static CalificacionActividad actividad(Actividad a, Corte corte, @Nullable BigDecimal verificado,
			CalendarioHabil calendario) {
		BigDecimal programado = programado(a, corte.fecha(), calendario);
		BigDecimal avance = verificado == null ? BigDecimal.ZERO : verificado;
		if (programado.signum() == 0) {
			return new CalificacionActividad(a, programado, avance, verificado != null, null, null, false);
		}
		BigDecimal porcentaje = avance.multiply(CIEN).divide(programado, PRECISION).min(CIEN);
		return new CalificacionActividad(a, programado, avance, verificado != null, porcentaje,
				SemaforoPlan.de(porcentaje), porcentaje.compareTo(CIEN) < 0);
	}

	private static @Nullable BigDecimal promedio(List<CalificacionActividad> actividades) {
		BigDecimal suma = BigDecimal.ZERO;
		BigDecimal pesos = BigDecimal.ZERO;
		for (CalificacionActividad c : actividades) {
			if (c.exigible()) {
				suma = suma.add(c.porcentaje().multiply(c.actividad().peso()));
				pesos = pesos.add(c.actividad().peso());
			}
		}
		return pesos.signum() == 0 ? null : suma.divide(pesos, PRECISION);
	}

	private static @Nullable BigDecimal promedioDeComponentes(List<CalificacionComponente> componentes) {
		List<BigDecimal> valores = componentes.stream()
			.map(CalificacionComponente::porcentaje)
			.filter(p -> p != null)
			.toList();
		if (valores.isEmpty()) {
			return null;
		}
		return valores.stream()
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(valores.size()), PRECISION);
	}

	private static int programadas(List<CalificacionActividad> actividades) {
		return (int) actividades.stream().filter(CalificacionActividad::exigible).count();
	}

	private static int cumplidas(List<CalificacionActividad> actividades) {
		return (int) actividades.stream().filter(CalificacionActividad::cumplida).count();
	}

}
