package co.pqrsd.server.archivo.retencion;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One expediente of a due list.
 *
 * @param bloqueo the reason of the legal hold in force, {@code null} when none
 * @param enTramite the number of the open transfer or disposition it is already in
 */
public record FilaPendiente(long id, String numero, String nombre, String dependencia, String codigoTrd, String serie,
		@Nullable LocalDate fechaCierre, LocalDate finGestion, LocalDate finCentral, String disposicion,
		String ubicacion, @Nullable String bloqueo, @Nullable String enTramite) {
}
