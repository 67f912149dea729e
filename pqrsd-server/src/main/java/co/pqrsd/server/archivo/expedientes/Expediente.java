package co.pqrsd.server.archivo.expedientes;

import java.time.Instant;
import java.time.LocalDate;

import co.pqrsd.core.archivo.expedientes.EstadoExpediente;
import co.pqrsd.core.archivo.expedientes.NivelAcceso;
import org.jspecify.annotations.Nullable;

/**
 * A stored expediente with its classification (the TRD version and row it was opened
 * under, which it keeps for life) and the size of its índice.
 *
 * @param codigoTrd the stable code dependencia.serie[.subserie]
 * @param documentos entries in the índice
 * @param paginas last page of the índice
 */
public record Expediente(long id, String numero, String dependencia, long trdVersionId, long trdFilaId,
		String codigoTrd, String serie, @Nullable String subserie, String nombre, @Nullable String descripcion,
		@Nullable String soporte, @Nullable String ubicacionFisica, NivelAcceso nivelAcceso,
		@Nullable String fundamentoReserva, @Nullable LocalDate reservaHasta, EstadoExpediente estado,
		LocalDate fechaApertura, @Nullable LocalDate fechaCierre, @Nullable LocalDate fechaInicioRetencion,
		@Nullable String indiceSha256, @Nullable String creadoPor, @Nullable Instant creadoEn, int documentos,
		int paginas) {
}
