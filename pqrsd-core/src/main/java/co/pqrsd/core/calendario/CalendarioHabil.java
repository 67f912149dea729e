package co.pqrsd.core.calendario;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The entity's business-day calendar: weekly pattern, national holidays and closures by
 * administrative act. Terms "de días" count only these days (Ley 4 de 1913, art. 62).
 * <p>
 * Immutable and thread-safe. Every day from {@value CalendarioFestivos#PRIMER_ANIO} to
 * {@value CalendarioFestivos#ULTIMO_ANIO} is indexed once, so finding the N-th business
 * day is a constant-time array lookup. A change of closures or working pattern builds a
 * new instance.
 */
public final class CalendarioHabil {

	private static final Locale ES_CO = Locale.forLanguageTag("es-CO");

	private static final LocalDate INICIO = LocalDate.of(CalendarioFestivos.PRIMER_ANIO, 1, 1);

	private static final LocalDate FIN = LocalDate.of(CalendarioFestivos.ULTIMO_ANIO, 12, 31);

	private final CalendarioFestivos festivos;

	private final JornadaLaboral jornada;

	private final List<Cierre> cierres;

	private final long inicioEpoch;

	/** habilesHasta[i]: business days in [INICIO, INICIO + i], inclusive. */
	private final int[] habilesHasta;

	/** posicionHabil[k]: day index of the (k+1)-th business day since INICIO. */
	private final int[] posicionHabil;

	private final Map<LocalDate, Festivo> festivoPorFecha = new HashMap<>();

	public CalendarioHabil(CalendarioFestivos festivos, JornadaLaboral jornada, List<Cierre> cierres) {
		this.festivos = festivos;
		this.jornada = jornada;
		this.cierres = List.copyOf(cierres);
		for (int anio = CalendarioFestivos.PRIMER_ANIO; anio <= CalendarioFestivos.ULTIMO_ANIO; anio++) {
			for (Festivo f : festivos.festivos(anio)) {
				festivoPorFecha.put(f.fecha(), f);
			}
		}
		this.inicioEpoch = INICIO.toEpochDay();
		int dias = (int) (FIN.toEpochDay() - inicioEpoch + 1);
		this.habilesHasta = new int[dias];
		int[] posiciones = new int[dias];
		int cuenta = 0;
		LocalDate dia = INICIO;
		for (int i = 0; i < dias; i++, dia = dia.plusDays(1)) {
			if (calcularMotivo(dia).isEmpty()) {
				posiciones[cuenta++] = i;
			}
			habilesHasta[i] = cuenta;
		}
		this.posicionHabil = java.util.Arrays.copyOf(posiciones, cuenta);
	}

	public CalendarioFestivos festivos() {
		return festivos;
	}

	public JornadaLaboral jornada() {
		return jornada;
	}

	public List<Cierre> cierres() {
		return cierres;
	}

	/**
	 * @return the national holiday observed on that date, if any.
	 */
	public Optional<Festivo> festivo(LocalDate fecha) {
		return Optional.ofNullable(festivoPorFecha.get(fecha));
	}

	/**
	 * @throws FueraDeRango outside the covered years
	 */
	public boolean esHabil(LocalDate fecha) {
		int i = indice(fecha);
		return habilesHasta[i] != (i == 0 ? 0 : habilesHasta[i - 1]);
	}

	/**
	 * @return why the date is not a business day, or empty for a business day.
	 */
	public Optional<MotivoNoHabil> motivo(LocalDate fecha) {
		indice(fecha);
		return calcularMotivo(fecha);
	}

	/**
	 * @return the {@code n}-th business day strictly after {@code fecha} (n ≥ 1): day 1
	 * is the first business day after it (Ley 1755 de 2015, art. 14: "dentro de los N
	 * días siguientes").
	 */
	public LocalDate habilNumero(LocalDate fecha, int n) {
		if (n < 1) {
			throw new IllegalArgumentException("n debe ser al menos 1");
		}
		int k = habilesHasta[indice(fecha)] + n - 1;
		if (k >= posicionHabil.length) {
			throw new FueraDeRango(fecha.plusDays(n));
		}
		return LocalDate.ofEpochDay(inicioEpoch + posicionHabil[k]);
	}

	/**
	 * @return the first business day strictly after {@code fecha}.
	 */
	public LocalDate siguienteHabil(LocalDate fecha) {
		return habilNumero(fecha, 1);
	}

	/**
	 * @return {@code fecha} itself when it is a business day, otherwise the next business
	 * day.
	 */
	public LocalDate habilOSiguiente(LocalDate fecha) {
		return esHabil(fecha) ? fecha : siguienteHabil(fecha);
	}

	/**
	 * @return the business days in ({@code desde}, {@code hasta}], i.e. after
	 * {@code desde} up to {@code hasta}.
	 */
	public int habilesEntre(LocalDate desde, LocalDate hasta) {
		if (!hasta.isAfter(desde)) {
			return 0;
		}
		return habilesHasta[indice(hasta)] - habilesHasta[indice(desde)];
	}

	private int indice(LocalDate fecha) {
		long i = fecha.toEpochDay() - inicioEpoch;
		if (i < 0 || i >= habilesHasta.length) {
			throw new FueraDeRango(fecha);
		}
		return (int) i;
	}

	private Optional<MotivoNoHabil> calcularMotivo(LocalDate fecha) {
		for (Cierre c : cierres) {
			if (c.incluye(fecha)) {
				return Optional.of(new MotivoNoHabil(MotivoNoHabil.Clase.CIERRE, c.descripcion()));
			}
		}
		Festivo festivo = festivoPorFecha.get(fecha);
		DayOfWeek dia = fecha.getDayOfWeek();
		if (festivo != null) {
			String enDescanso = jornada.esDiaLaboral(dia) ? "" : " (cae en " + nombre(dia) + ")";
			return Optional.of(new MotivoNoHabil(MotivoNoHabil.Clase.FESTIVO,
					"Festivo: " + festivo.nombre() + enDescanso + " — " + festivo.fundamento()));
		}
		if (!jornada.esDiaLaboral(dia)) {
			return Optional.of(new MotivoNoHabil(MotivoNoHabil.Clase.FIN_DE_SEMANA, "No laborable: " + nombre(dia)));
		}
		return Optional.empty();
	}

	private static String nombre(DayOfWeek dia) {
		return dia.getDisplayName(TextStyle.FULL, ES_CO);
	}

}
