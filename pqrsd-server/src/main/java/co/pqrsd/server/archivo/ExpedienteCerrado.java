package co.pqrsd.server.archivo;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An expediente was closed: it is frozen and its índice sealed with {@code indiceSha256}
 * (R-EXP-4). Published in the closing transaction; the retention count starts at
 * {@code fechaInicioRetencion} (R-TRD-3), which is {@code null} when the TRD row counts
 * from another dated event not yet recorded (R-TRD-4).
 *
 * @param expedienteId the row id in {@code archivo_expediente}
 * @param trdFilaId the TRD row (retention and disposition) it is classified under
 */
public record ExpedienteCerrado(long expedienteId, String numero, String dependencia, long trdFilaId,
		LocalDate fechaCierre, @Nullable LocalDate fechaInicioRetencion, String indiceSha256) {
}
