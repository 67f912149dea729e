package co.pqrsd.server.pqrsd.motor;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.pqrsd.core.calendario.CalendarioHabil;
import co.pqrsd.core.calendario.FueraDeRango;
import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.impl.calendar.BusinessCalendarImpl;
import org.flowable.common.engine.impl.runtime.ClockReader;

/**
 * The business calendar {@value #NOMBRE}: a process file names it with
 * {@code activiti:businessCalendarName="diasHabiles"} on a timer or a task due date, and
 * the entity's calendar (festivos, working pattern, declared closures) decides the
 * instant.
 * <ul>
 * <li>{@code P<n>D}: n business days after today; due at the midnight that ends the n-th
 * one.</li>
 * <li>{@code yyyy-MM-dd}: a term's last day; due at the midnight that ends it, moved to
 * the next business day when it is not one.</li>
 * <li>An ISO instant with offset ({@code 2026-03-24T08:00-05:00}): exactly then.</li>
 * <li>Any other ISO duration ({@code PT4H}): plain elapsed time from now.</li>
 * </ul>
 */
final class CalendarioDiasHabiles extends BusinessCalendarImpl {

	static final String NOMBRE = "diasHabiles";

	private static final Pattern DIAS = Pattern.compile("P(\\d+)D");

	private final Supplier<CalendarioHabil> calendario;

	private final ZoneId zona;

	CalendarioDiasHabiles(ClockReader reloj, Supplier<CalendarioHabil> calendario, ZoneId zona) {
		super(reloj);
		this.calendario = calendario;
		this.zona = zona;
	}

	@Override
	public Date resolveDuedate(String descripcion, int maxIteraciones) {
		String d = descripcion.strip();
		try {
			Matcher dias = DIAS.matcher(d);
			if (dias.matches()) {
				int n = Integer.parseInt(dias.group(1));
				LocalDate hoy = LocalDate.ofInstant(clockReader.getCurrentTime().toInstant(), zona);
				// Ley 1755 de 2015, art. 14: "dentro de los N días siguientes", counted
				// in
				// business days from the day after; the term ends at that day's midnight.
				LocalDate ultimo = n == 0 ? hoy : calendario.get().habilNumero(hoy, n);
				return finDelDia(ultimo);
			}
			if (d.length() == 10) {
				// Ley 4 de 1913, art. 62: a term whose last day is not a business day
				// runs to
				// the next business day.
				return finDelDia(calendario.get().habilOSiguiente(LocalDate.parse(d)));
			}
			if (d.startsWith("P")) {
				return Date.from(clockReader.getCurrentTime().toInstant().plus(Duration.parse(d)));
			}
			return Date.from(OffsetDateTime.parse(d).toInstant());
		}
		catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
			throw new FlowableIllegalArgumentException("Plazo ilegible para el calendario de días hábiles: " + d, e);
		}
		catch (DateTimeException | FueraDeRango e) {
			throw new FlowableIllegalArgumentException("Plazo fuera del calendario de días hábiles: " + d, e);
		}
	}

	private Date finDelDia(LocalDate dia) {
		return Date.from(dia.plusDays(1).atStartOfDay(zona).toInstant());
	}

}
