package co.pqrsd.core.plan;

import java.time.LocalDate;
import java.util.List;

import co.pqrsd.core.calendario.CalendarioHabil;

/**
 * The due date(s) of a plan activity as the plan writes them, read into structure by
 * {@link LectorFechas}: one date, several dates, a range, or a recurrence. The original
 * text is always kept.
 */
public sealed interface FechaCumplimiento
		permits FechaCumplimiento.Unica, FechaCumplimiento.Varias, FechaCumplimiento.Rango, Recurrencia {

	/**
	 * @return the text as the plan wrote it.
	 */
	String texto();

	/**
	 * The dates by which a part of the meta is due, ascending. A range is due at its end;
	 * a permanent activity has none.
	 * @param calendario used only by recurrences counted in business days
	 */
	List<LocalDate> vencimientos(CalendarioHabil calendario);

	/**
	 * @return how the text was read, in Spanish, e.g. "Del 1 de enero al 30 de junio de
	 * 2023".
	 */
	String descripcion();

	/** A single date, e.g. "30 de junio" or "A 31 de diciembre de 2023". */
	record Unica(String texto, LocalDate fecha) implements FechaCumplimiento {

		@Override
		public List<LocalDate> vencimientos(CalendarioHabil calendario) {
			return List.of(fecha);
		}

		@Override
		public String descripcion() {
			return "El " + LectorFechas.escribir(fecha);
		}

	}

	/** Several dates, e.g. "30 de Abril 30 de Agosto 30 de Diciembre". */
	record Varias(String texto, List<LocalDate> fechas) implements FechaCumplimiento {

		public Varias {
			fechas = fechas.stream().sorted().toList();
		}

		@Override
		public List<LocalDate> vencimientos(CalendarioHabil calendario) {
			return fechas;
		}

		@Override
		public String descripcion() {
			return "En " + fechas.size() + " fechas: "
					+ String.join(", ", fechas.stream().map(LectorFechas::escribir).toList());
		}

	}

	/**
	 * A period, e.g. "1 de julio - 31 de diciembre" or "Enero a diciembre"; due at its
	 * end.
	 */
	record Rango(String texto, LocalDate desde, LocalDate hasta) implements FechaCumplimiento {

		public Rango {
			if (hasta.isBefore(desde)) {
				throw new IllegalArgumentException("Rango invertido: " + desde + " a " + hasta);
			}
		}

		@Override
		public List<LocalDate> vencimientos(CalendarioHabil calendario) {
			return List.of(hasta);
		}

		@Override
		public String descripcion() {
			return "Del " + LectorFechas.escribir(desde) + " al " + LectorFechas.escribir(hasta);
		}

	}

}
