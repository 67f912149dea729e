package co.pqrsd.server.archivo;

import java.time.LocalDate;

/**
 * The dated event a TRD row counts retention from (R-TRD-4: e.g. the loss of force of an
 * act) was recorded for a closed expediente: its retention clock starts now. Published in
 * the recording transaction.
 *
 * @param expedienteId the row id in {@code archivo_expediente}
 * @param fecha the date of the event the count starts at
 */
public record InicioRetencionFijado(long expedienteId, LocalDate fecha) {
}
