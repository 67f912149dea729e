package co.pqrsd.server.auditoria;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What a verification of the chain found.
 *
 * @param integra whether every sealed entry matched its content and its link
 * @param entradas entries verified (all of them when intact)
 * @param ultimoHash hash of the last verified entry: keep it outside the database to
 * compare later
 * @param posicionFalla chain position of the first entry that does not match, if any
 * @param eventoIdFalla id of that entry
 * @param motivo Spanish description of the mismatch
 * @param sinSellar entries not yet chained (their transactions were still running)
 */
record ResultadoVerificacion(boolean integra, long entradas, String ultimoHash, @Nullable Long posicionFalla,
		@Nullable Long eventoIdFalla, @Nullable String motivo, long sinSellar, Instant verificadoEn, long duracionMs) {
}
