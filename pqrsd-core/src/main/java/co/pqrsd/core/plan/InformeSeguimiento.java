package co.pqrsd.core.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import co.pqrsd.core.calendario.CalendarioHabil;
import org.jspecify.annotations.Nullable;

/**
 * The content of Control Interno's follow-up report of a cut, in the usual format
 * (domain-rules.md §6.4): entity, vigencia, cut, publication date, and per component and
 * activity the programmed and fulfilled activities, % de avance and observations. The
 * server renders it to XLSX and PDF.
 *
 * @param entidad the entity
 * @param vigencia the plan's year
 * @param corte the cut
 * @param fechaPublicacion when the cut was published, {@code null} for a draft report
 * @param version the plan version followed
 * @param componentes every template component, in plan order
 * @param porcentaje the plan's percentage, unrounded; {@code null} when nothing is due
 * @param semaforo its colour, {@code null} when nothing is due
 */
public record InformeSeguimiento(String entidad, int vigencia, Corte corte, @Nullable LocalDate fechaPublicacion,
		int version, List<Componente> componentes, @Nullable BigDecimal porcentaje, @Nullable SemaforoPlan semaforo) {

	public InformeSeguimiento {
		componentes = List.copyOf(componentes);
	}

	/**
	 * @param nombre component name
	 * @param programadas activities with part of the meta due by the cut
	 * @param cumplidas of those, at 100 %
	 * @param porcentaje component percentage, {@code null} when nothing is due
	 * @param semaforo colour, {@code null} when nothing is due
	 * @param actividades one row per activity
	 */
	public record Componente(String nombre, int programadas, int cumplidas, @Nullable BigDecimal porcentaje,
			@Nullable SemaforoPlan semaforo, List<Fila> actividades) {

		public Componente {
			actividades = List.copyOf(actividades);
		}

	}

	/**
	 * @param codigo activity code
	 * @param actividad the activity
	 * @param responsable dependencias or cargos
	 * @param meta the whole meta
	 * @param programado part of the meta due by the cut
	 * @param verificado Control Interno's verified progress
	 * @param porcentaje % de avance, {@code null} when not exigible
	 * @param atrasada past a due date and below 100 %
	 * @param observaciones Control Interno's observations, empty when none
	 * @param evidencias the evidence reported by the dependencia
	 */
	public record Fila(String codigo, String actividad, String responsable, Meta meta, BigDecimal programado,
			BigDecimal verificado, @Nullable BigDecimal porcentaje, boolean atrasada, String observaciones,
			List<Evidencia> evidencias) {

		public Fila {
			evidencias = List.copyOf(evidencias);
		}

	}

	/**
	 * Builds the report of a cut from its follow-up.
	 */
	public static InformeSeguimiento de(String entidad, Plantilla plantilla, SeguimientoCorte seguimiento,
			CalendarioHabil calendario, CalificacionPlan.Agregacion agregacion) {
		CalificacionPlan calificacion = seguimiento.calificar(plantilla, calendario, agregacion);
		List<Componente> componentes = new ArrayList<>();
		for (CalificacionComponente c : calificacion.componentes()) {
			List<Fila> filas = new ArrayList<>();
			for (CalificacionActividad a : c.actividades()) {
				RegistroSeguimiento r = seguimiento.registros().get(a.actividad().codigo());
				filas.add(new Fila(a.actividad().codigo(), a.actividad().descripcion(), a.actividad().responsable(),
						a.actividad().meta(), a.programado(), a.verificado(), a.porcentaje(), a.atrasada(),
						r.verificado() == null ? "" : r.verificado().observaciones(),
						r.reportado() == null ? List.of() : r.reportado().evidencias()));
			}
			componentes.add(new Componente(c.componente().nombre(), c.programadas(), c.cumplidas(), c.porcentaje(),
					c.semaforo(), filas));
		}
		return new InformeSeguimiento(entidad, seguimiento.corte().vigencia(), seguimiento.corte(),
				seguimiento.publicadoEl(), seguimiento.version().numero(), componentes, calificacion.porcentaje(),
				calificacion.semaforo());
	}

}
