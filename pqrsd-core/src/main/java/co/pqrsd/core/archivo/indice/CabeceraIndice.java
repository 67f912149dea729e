package co.pqrsd.core.archivo.indice;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The expediente-level data of the índice (R-EXP-3, header): identifier, TRD code,
 * serie/subserie, dependencia and the dates of apertura and cierre.
 */
public record CabeceraIndice(String expediente, String nombre, String dependencia, String codigoTrd, String serie,
		@Nullable String subserie, LocalDate fechaApertura, @Nullable LocalDate fechaCierre) {
}
