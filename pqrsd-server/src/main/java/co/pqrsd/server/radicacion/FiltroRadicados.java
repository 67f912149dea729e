package co.pqrsd.server.radicacion;

import java.time.Instant;

import co.pqrsd.core.radicacion.TipoRadicado;
import org.jspecify.annotations.Nullable;

/**
 * Search filters for GET /api/v1/radicados; all optional, combined with AND.
 *
 * @param q full-text query over asunto, descripción, parties and documents' text
 * (Spanish, accent-insensitive)
 * @param tercero sender's or addressee's name or document number
 */
record FiltroRadicados(@Nullable String numero, @Nullable Instant desde, @Nullable Instant hasta,
		@Nullable TipoRadicado tipo, @Nullable String dependencia, @Nullable String tercero, @Nullable String asunto,
		@Nullable Medio medio, @Nullable String estado, @Nullable String radicador, @Nullable String q, int pagina,
		int tamano) {
}
