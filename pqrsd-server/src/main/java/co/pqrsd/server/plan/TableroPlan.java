package co.pqrsd.server.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import co.pqrsd.core.plan.CalificacionPlan;
import co.pqrsd.core.plan.Corte;
import co.pqrsd.core.plan.SemaforoPlan;
import co.pqrsd.server.terminos.TerminosEntidad;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan module's public API for the dashboards (dashlets): progress by component at a
 * cut, overdue activities, and the upcoming cuts with their publication deadlines.
 * Read-only; every figure comes from the core's scoring.
 */
@Service
public class TableroPlan {

	private final ServicioPlan servicio;

	private final TerminosEntidad terminos;

	TableroPlan(ServicioPlan servicio, TerminosEntidad terminos) {
		this.servicio = servicio;
		this.terminos = terminos;
	}

	/**
	 * @param codigo component code, e.g. {@code PAAC_1}
	 * @param porcentaje unrounded, {@code null} when nothing is due by the cut
	 * @param texto e.g. "59,9 %" (truncated like the semáforo), {@code null} when nothing
	 * is due
	 */
	public record AvanceComponente(String codigo, String nombre, int programadas, int cumplidas,
			@Nullable BigDecimal porcentaje, @Nullable String texto, @Nullable SemaforoPlan semaforo) {
	}

	/** Progress of a plan at a cut, overall and per component. */
	public record AvancePlan(int vigencia, int corte, LocalDate fechaCorte, boolean publicado,
			@Nullable BigDecimal porcentaje, @Nullable SemaforoPlan semaforo, List<AvanceComponente> componentes) {
	}

	/** An exigible activity below 100 % at the cut (flagged as atrasada). */
	public record ActividadAtrasada(String codigo, String componente, String descripcion, String responsable,
			List<LocalDate> vencimientos, @Nullable BigDecimal porcentaje) {
	}

	/** A cut and its publication deadline (10th business day of the next month). */
	public record CorteProximo(int vigencia, int numero, LocalDate fecha, LocalDate limitePublicacion,
			boolean publicado, boolean hayPlan) {
	}

	/**
	 * @return the progress of the vigencia's plan at the cut; empty when there is no
	 * published plan
	 */
	@Transactional(readOnly = true)
	public Optional<AvancePlan> avance(int vigencia, int corte) {
		return seguimiento(vigencia, corte).map(s -> {
			CalificacionPlan c = servicio.calificar(s);
			return new AvancePlan(vigencia, corte, c.corte().fecha(), s.seguimiento().publicado(), c.porcentaje(),
					c.semaforo(),
					c.componentes()
						.stream()
						.map(k -> new AvanceComponente(k.componente().codigo(), k.componente().nombre(),
								k.programadas(), k.cumplidas(), k.porcentaje(),
								k.porcentaje() == null ? null : SemaforoPlan.mostrar(k.porcentaje()), k.semaforo()))
						.toList());
		});
	}

	/**
	 * @return the activities past a due date and below 100 % at the cut, in plan order
	 */
	@Transactional(readOnly = true)
	public List<ActividadAtrasada> atrasadas(int vigencia, int corte) {
		return seguimiento(vigencia, corte)
			.map(s -> servicio.calificar(s)
				.atrasadas()
				.stream()
				.map(a -> new ActividadAtrasada(a.actividad().codigo(), a.actividad().componente(),
						a.actividad().descripcion(), a.actividad().responsable(),
						a.actividad().fecha().vencimientos(terminos.calendario()), a.porcentaje()))
				.toList())
			.orElse(List.of());
	}

	/**
	 * @return the cut whose publication deadline is next on or after today, and the
	 * following ones up to {@code cuantos}
	 */
	@Transactional(readOnly = true)
	public List<CorteProximo> proximosCortes(int cuantos) {
		LocalDate hoy = terminos.hoy();
		List<CorteProximo> lista = new ArrayList<>();
		for (int anio = hoy.getYear() - 1; anio <= hoy.getYear() + 1 && lista.size() < cuantos; anio++) {
			for (Corte c : servicio.cortes().cortes(anio)) {
				if (!c.limitePublicacion().isBefore(hoy) && lista.size() < cuantos) {
					Optional<ServicioPlan.Seguimiento> s = seguimiento(anio, c.numero());
					lista.add(new CorteProximo(anio, c.numero(), c.fecha(), c.limitePublicacion(),
							s.map(x -> x.seguimiento().publicado()).orElse(false), s.isPresent()));
				}
			}
		}
		return lista;
	}

	/**
	 * @return the cut in progress today: the first whose publication deadline has not
	 * passed
	 */
	public int corteActual(int vigencia) {
		LocalDate hoy = terminos.hoy();
		for (Corte c : servicio.cortes().cortes(vigencia)) {
			if (!c.limitePublicacion().isBefore(hoy)) {
				return c.numero();
			}
		}
		return 3;
	}

	private Optional<ServicioPlan.Seguimiento> seguimiento(int vigencia, int corte) {
		return servicio.buscar(vigencia)
			.filter(c -> c.plan().publicado())
			.map(c -> servicio.seguimiento(vigencia, corte));
	}

}
