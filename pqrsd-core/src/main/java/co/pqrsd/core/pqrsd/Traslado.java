package co.pqrsd.core.pqrsd;

import java.time.LocalDate;

/**
 * A traslado por competencia to another authority (Ley 1755 de 2015, art. 21): the oficio
 * remisorio goes as a SALIDA radicado and a copy goes to the peticionario.
 *
 * @param entidad the competent authority
 * @param motivo why the entity is not competent
 * @param radicadoOficio the SALIDA radicado of the oficio remisorio
 * @param fecha the date of the traslado
 * @param limite the last day the law allows (5 días after reception; the reception day
 * itself for a verbal petition)
 * @param extemporaneo whether {@code fecha} is after {@code limite}: recorded, not
 * refused
 */
public record Traslado(String entidad, String motivo, String radicadoOficio, LocalDate fecha, LocalDate limite,
		boolean extemporaneo) {
}
