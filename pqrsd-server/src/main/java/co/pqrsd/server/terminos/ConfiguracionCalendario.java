package co.pqrsd.server.terminos;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

import co.pqrsd.core.terminos.PoliticaTerminos;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * The entity's calendar settings (GET/PUT /api/v1/calendario/configuracion).
 *
 * @param diasLaborales working weekdays
 * @param apertura opening time of the ventanilla
 * @param cierre closing time of the ventanilla
 * @param fueraDeHorarioAlDiaSiguiente entity policy: filings after hours count as
 * received the next business day (off by default; the law keeps the real instant)
 * @param reanudacion what happens to the term after a requerimiento is answered (Ley 1755
 * de 2015, art. 17)
 * @param semaforoAmarillo fraction of the term from which it turns AMARILLO
 * @param semaforoRojo fraction of the term from which it turns ROJO
 */
record ConfiguracionCalendario(@NotEmpty(message = "Debe tener al menos un día laboral") Set<DayOfWeek> diasLaborales,
		@NotNull(message = "Es obligatorio") LocalTime apertura, @NotNull(message = "Es obligatorio") LocalTime cierre,
		boolean fueraDeHorarioAlDiaSiguiente,
		@NotNull(message = "Es obligatorio") PoliticaTerminos.Reanudacion reanudacion,
		@DecimalMin(value = "0.05", message = "Debe estar entre 0,05 y 0,95") @DecimalMax(value = "0.95",
				message = "Debe estar entre 0,05 y 0,95") double semaforoAmarillo,
		@DecimalMin(value = "0.1", message = "Debe estar entre 0,1 y 1") @DecimalMax(value = "1.0",
				message = "Debe estar entre 0,1 y 1") double semaforoRojo) {
}
