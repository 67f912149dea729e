package co.pqrsd.server.archivo.transferencias;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A transfer and its FUID (AGN format, domain-rules.md §4.4): header (entidad remitente
 * and productora, oficina productora, objeto, N.T.) and the inventory rows.
 */
record Transferencia(long id, int numero, String tipo, String dependencia, String objeto, String entidadRemitente,
		String entidadProductora, String estado, @Nullable String observaciones, String creadaPor, Instant creadaEn,
		@Nullable String resueltaPor, @Nullable Instant resueltaEn, List<Item> items) {

	/** One FUID row. */
	record Item(int orden, String expediente, String codigo, String nombre, @Nullable LocalDate fechaInicial,
			@Nullable LocalDate fechaFinal, String unidadConservacion, int folios, String soporte,
			String frecuenciaConsulta, @Nullable String notas) {
	}

}
