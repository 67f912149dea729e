package co.pqrsd.server.radicacion;

import java.time.Instant;

import co.pqrsd.core.radicacion.TipoRadicado;
import org.jspecify.annotations.Nullable;

/**
 * Search filters for GET /api/v1/radicados; all optional, combined with AND. Build it
 * with {@link #builder()} and name only the filters used.
 *
 * @param numero part of the radicado number
 * @param q full-text query over asunto, descripción, parties and documents' text
 * (Spanish, accent-insensitive); also finds a number, whole or in part, and part of a
 * party's name
 * @param tercero sender's or addressee's name (or part of it) or document number
 */
record FiltroRadicados(@Nullable String numero, @Nullable Instant desde, @Nullable Instant hasta,
		@Nullable TipoRadicado tipo, @Nullable String dependencia, @Nullable String tercero, @Nullable String asunto,
		@Nullable Medio medio, @Nullable String estado, @Nullable String radicador, @Nullable String q, int pagina,
		int tamano) {

	/** A filter with no condition, first page of 50, ready to be narrowed. */
	public static Constructor builder() {
		return new Constructor();
	}

	/** Names the filters one by one; unset filters do not restrict. */
	public static final class Constructor {

		private @Nullable String numero;

		private @Nullable Instant desde;

		private @Nullable Instant hasta;

		private @Nullable TipoRadicado tipo;

		private @Nullable String dependencia;

		private @Nullable String tercero;

		private @Nullable String asunto;

		private @Nullable Medio medio;

		private @Nullable String estado;

		private @Nullable String radicador;

		private @Nullable String q;

		private int pagina = 1;

		private int tamano = 50;

		private Constructor() {
		}

		public Constructor numero(@Nullable String numero) {
			this.numero = numero;
			return this;
		}

		/** Radicados from this instant on (inclusive) until {@code hasta} (exclusive). */
		public Constructor entre(@Nullable Instant desde, @Nullable Instant hasta) {
			this.desde = desde;
			this.hasta = hasta;
			return this;
		}

		public Constructor tipo(@Nullable TipoRadicado tipo) {
			this.tipo = tipo;
			return this;
		}

		public Constructor dependencia(@Nullable String dependencia) {
			this.dependencia = dependencia;
			return this;
		}

		public Constructor tercero(@Nullable String tercero) {
			this.tercero = tercero;
			return this;
		}

		public Constructor asunto(@Nullable String asunto) {
			this.asunto = asunto;
			return this;
		}

		public Constructor medio(@Nullable Medio medio) {
			this.medio = medio;
			return this;
		}

		public Constructor estado(@Nullable String estado) {
			this.estado = estado;
			return this;
		}

		public Constructor radicador(@Nullable String radicador) {
			this.radicador = radicador;
			return this;
		}

		public Constructor texto(@Nullable String q) {
			this.q = q;
			return this;
		}

		/**
		 * @param pagina from 1 @param tamano rows per page
		 */
		public Constructor pagina(int pagina, int tamano) {
			this.pagina = pagina;
			this.tamano = tamano;
			return this;
		}

		public FiltroRadicados build() {
			return new FiltroRadicados(numero, desde, hasta, tipo, dependencia, tercero, asunto, medio, estado,
					radicador, q, pagina, tamano);
		}

	}

}
