package co.pqrsd.core.pqrsd;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The communication of the answer: the moment the right of petition is satisfied (Corte
 * Constitucional T-149 de 2013; domain-rules §1.14), not the signature.
 *
 * @param radicadoSalida the SALIDA radicado of the answer
 * @param medio the channel used, e.g. "CORREO_ELECTRONICO" or "PUBLICACION_WEB"
 * @param comunicadaEn the instant of sending or notification
 * @param fecha that instant's date in Colombia: the date compared with the deadline
 * @param vencimiento the deadline in force then (with prórroga and suspensions)
 * @param oportuna whether {@code fecha} is on or before {@code vencimiento}
 * @param diasHabilesUsados business days counted from radicación to {@code fecha}, the
 * stopped days of requerimientos excluded (Ley 1712 de 2014, art. 11 lit. h report)
 * @param publicacion the publication window when the filing was anonymous, else
 * {@code null}
 */
public record Comunicacion(String radicadoSalida, String medio, Instant comunicadaEn, LocalDate fecha,
		LocalDate vencimiento, boolean oportuna, int diasHabilesUsados, @Nullable PublicacionAnonima publicacion) {
}
