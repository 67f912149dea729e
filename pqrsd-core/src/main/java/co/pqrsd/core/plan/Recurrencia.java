package co.pqrsd.core.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import co.pqrsd.core.calendario.CalendarioHabil;

/**
 * A recurring due date within a vigencia, e.g. "Trimestral" (31 March, 30 June, 30
 * September, 31 December) or "Mensual, cinco primeros días del mes siguiente" (the 5th of
 * each following month, January of the next year for December). "Permanente" is a
 * recurrence without due dates, kept with its text.
 *
 * @param texto the text as written
 * @param periodicidad how often
 * @param vigencia the plan's year
 * @param diasMesSiguiente when the period's report is due within the first N days of the
 * next month, N; 0 when it is due on the period's last day
 * @param habiles whether those N days are business days (calendar days otherwise)
 */
public record Recurrencia(String texto, Periodicidad periodicidad, int vigencia, int diasMesSiguiente,
		boolean habiles) implements FechaCumplimiento {

	@Override
	public List<LocalDate> vencimientos(CalendarioHabil calendario) {
		List<LocalDate> fechas = new ArrayList<>();
		if (periodicidad == Periodicidad.PERMANENTE) {
			return fechas;
		}
		for (int mes = periodicidad.meses(); mes <= 12; mes += periodicidad.meses()) {
			LocalDate fin = YearMonth.of(vigencia, mes).atEndOfMonth();
			if (diasMesSiguiente == 0) {
				fechas.add(fin);
			}
			else if (habiles) {
				fechas.add(calendario.habilNumero(fin, diasMesSiguiente));
			}
			else {
				fechas.add(fin.plusDays(diasMesSiguiente));
			}
		}
		return fechas;
	}

	@Override
	public String descripcion() {
		if (periodicidad == Periodicidad.PERMANENTE) {
			return "Permanente durante la vigencia " + vigencia + " (sin fechas propias)";
		}
		String plazo = diasMesSiguiente == 0 ? ", al final de cada periodo" : ", dentro de los " + diasMesSiguiente
				+ " primeros días" + (habiles ? " hábiles" : "") + " del mes siguiente";
		return "Recurrencia " + periodicidad.nombre() + " en " + vigencia + plazo;
	}

}
