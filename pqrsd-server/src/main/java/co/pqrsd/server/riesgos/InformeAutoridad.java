package co.pqrsd.server.riesgos;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The report of a materialized risk to the competent authority (domain-rules.md
 * R-RSK-15): which entity, when, and the radicado of the oficio, if any.
 *
 * @param entidad the authority's entity, e.g. "Procuraduría Provincial de Yopal"
 * @param fecha date of the report
 * @param radicado number of the outgoing radicado of the oficio
 */
record InformeAutoridad(@Nullable String entidad, @Nullable LocalDate fecha, @Nullable String radicado) {
}
