package co.pqrsd.server.terminos;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import co.pqrsd.core.terminos.PasoExplicacion;
import co.pqrsd.core.terminos.Semaforo;
import co.pqrsd.core.terminos.Vencimiento;
import org.jspecify.annotations.Nullable;

/**
 * A deadline as the API returns it (GET /api/v1/terminos/vencimiento).
 *
 * @param dias the term's length in its unit (business days for HABILES)
 * @param inicio day 1 of the count (HABILES) or the start of the calendar term (MESES)
 * @param semaforo the term's traffic light today
 */
record RespuestaVencimiento(String modalidad, String nombre, OffsetDateTime recibido, @Nullable LocalDate vencimiento,
		int dias, String unidad, String fundamento, LocalDate inicio, boolean prorrogado,
		@Nullable LocalDate vencimientoOriginal, @Nullable LocalDate fechaMaximaProrroga, String politica,
		List<PasoExplicacion> explicacion, Semaforo.Estado semaforo) {

	public static RespuestaVencimiento de(Vencimiento v, CalendarioEntidad calendario) {
		ConfiguracionCalendario c = calendario.configuracion();
		String politica = (c.fueraDeHorarioAlDiaSiguiente()
				? "Lo recibido fuera del horario se tiene por recibido el día hábil siguiente (política de la entidad). "
				: "Se cuenta desde la fecha real de recepción (CPACA, arts. 5 y 15). ")
				+ (c.reanudacion() == co.pqrsd.core.terminos.PoliticaTerminos.Reanudacion.REANUDAR_DIAS_RESTANTES
						? "Tras un requerimiento se reanudan los días restantes."
						: "Tras un requerimiento se reinicia el término completo.");
		LocalDate inicio = v.explicacion()
			.stream()
			.filter(p -> p.dia() == 1)
			.map(PasoExplicacion::fecha)
			.findFirst()
			.orElse(v.base());
		return new RespuestaVencimiento(v.regla().modalidad(), v.regla().nombre(), v.recibido(), v.fecha(),
				v.regla().termino(), v.regla().unidad().name(), v.regla().fundamento(), inicio, v.prorrogado(),
				v.prorroga() == null ? null : v.prorroga().fechaOriginal(),
				v.prorroga() == null ? null : v.prorroga().tope(), politica, v.explicacion(),
				calendario.semaforo().evaluar(v, calendario.hoy(), calendario.calendario()));
	}

}
