package co.pqrsd.server.archivo.retencion;

import java.time.LocalDate;
import java.util.List;

/** A page of a due list, with the total of what is due. */
public record ListaPendientes(String tipo, LocalDate fecha, long total, int pagina, int tamano,
		List<FilaPendiente> filas) {
}
