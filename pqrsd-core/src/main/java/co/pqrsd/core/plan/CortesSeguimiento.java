package co.pqrsd.core.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.pqrsd.core.calendario.CalendarioHabil;
import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.core.comun.TablaCsv;

/**
 * The three follow-up cuts of a year and their publication deadlines, from the versioned
 * table {@code cortes-seguimiento.csv}: 30 April, 31 August and 31 December, published by
 * the 10th business day of May, September and January of the next year (domain-rules.md
 * R-PAAC-4, R-RSK-13). The Sesquilé 2023 seed's 30 August / 30 December cuts and calendar
 * "10 de mayo" are not used (§8.1).
 */
public final class CortesSeguimiento {

	private record Regla(int numero, int mes, int dia, int diaHabil, String fundamento) {
	}

	private static final List<Regla> REGLAS = TablaCsv.leer(CortesSeguimiento.class, "cortes-seguimiento.csv")
		.stream()
		.map(f -> new Regla(Integer.parseInt(f.get("numero")), Integer.parseInt(f.get("mes")),
				Integer.parseInt(f.get("dia")), Integer.parseInt(f.get("dia_habil_publicacion")), f.get("fundamento")))
		.toList();

	private final CalendarioHabil calendario;

	/**
	 * @param calendario the entity's business-day calendar (holidays and closures)
	 */
	public CortesSeguimiento(CalendarioHabil calendario) {
		this.calendario = calendario;
	}

	/**
	 * @return the cuts of the vigencia, in order.
	 */
	public List<Corte> cortes(int vigencia) {
		return REGLAS.stream().map(r -> corte(vigencia, r)).toList();
	}

	/**
	 * @throws ErrorDominio {@code CORTE_DESCONOCIDO} for a number that is not a cut
	 */
	public Corte corte(int vigencia, int numero) {
		return REGLAS.stream()
			.filter(r -> r.numero() == numero)
			.findFirst()
			.map(r -> corte(vigencia, r))
			.orElseThrow(() -> new ErrorDominio("CORTE_DESCONOCIDO",
					"El seguimiento " + numero + " no existe: hay " + REGLAS.size() + " cortes al año.",
					Map.of("numero", numero)));
	}

	/**
	 * @return the next cut whose publication deadline is on or after {@code hoy}, for
	 * dashboards of upcoming cuts
	 */
	public Optional<Corte> siguiente(LocalDate hoy) {
		for (int anio = hoy.getYear() - 1; anio <= hoy.getYear() + 1; anio++) {
			for (Corte c : cortes(anio)) {
				if (!c.limitePublicacion().isBefore(hoy)) {
					return Optional.of(c);
				}
			}
		}
		return Optional.empty();
	}

	private Corte corte(int vigencia, Regla r) {
		LocalDate fecha = LocalDate.of(vigencia, r.mes(), r.dia());
		// The N-th business day of the month after the cut (R-PAAC-4).
		LocalDate finDeMes = YearMonth.from(fecha).atEndOfMonth();
		return new Corte(vigencia, r.numero(), fecha, calendario.habilNumero(finDeMes, r.diaHabil()), r.fundamento());
	}

}
