package co.pqrsd.core.pqrsd;

import java.time.Instant;

/**
 * A legal irregularity recorded on the case, not a refusal (e.g. a late traslado).
 *
 * @param codigo stable UPPER_SNAKE code, e.g. {@code TRASLADO_EXTEMPORANEO}
 * @param mensaje Spanish text with the legal source
 * @param en when it was recorded
 */
public record Advertencia(String codigo, String mensaje, Instant en) {
}
