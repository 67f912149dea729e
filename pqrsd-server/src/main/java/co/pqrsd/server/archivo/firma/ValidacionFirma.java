package co.pqrsd.server.archivo.firma;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of validating a signed document offline with DSS.
 *
 * @param valida intact, cryptographically valid and made with the entity's certificate
 * @param indicacion DSS's indication (TOTAL_PASSED, TOTAL_FAILED, INDETERMINATE) or
 * {@code SIN_FIRMA}
 * @param subindicacion DSS's sub-indication, e.g. HASH_FAILURE
 */
public record ValidacionFirma(boolean valida, String indicacion, @Nullable String subindicacion,
		@Nullable String firmante, @Nullable Instant fechaFirma) {
}
