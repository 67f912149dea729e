package co.pqrsd.server.radicacion;

import java.time.OffsetDateTime;
import java.util.List;

import co.pqrsd.core.radicacion.TipoRadicado;
import org.jspecify.annotations.Nullable;

/**
 * A page of search results, newest first, or most relevant first for full-text queries.
 *
 * @param total matches, exact up to 10 000
 */
record ResultadoBusqueda(List<Fila> radicados, int pagina, int tamano, long total, boolean totalExacto) {

	/**
	 * @param fragmento for full-text queries, the best passages with the matches inside
	 * {@code <mark>} (the rest is HTML-escaped)
	 */
	public record Fila(String numero, TipoRadicado tipo, OffsetDateTime fechaRadicacion, String estado,
			String dependencia, String dependenciaNombre, String asunto, Medio medio, @Nullable String remitente,
			@Nullable String destinatario, String radicador, @Nullable Double relevancia, @Nullable String fragmento) {
	}

	public boolean haySiguiente() {
		return (long) pagina * tamano < total;
	}

}
