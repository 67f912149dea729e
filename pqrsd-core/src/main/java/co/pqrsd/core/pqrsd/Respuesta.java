package co.pqrsd.core.pqrsd;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The drafted answer and its approval. Signing or approving it does not satisfy the term;
 * only its communication does (see {@link Comunicacion}).
 *
 * @param texto the answer, never blank
 * @param proyectadaPor who drafted it
 * @param proyectadaEn when
 * @param requiereAprobacion whether the dependencia has the approval step switched on
 * @param aprobadaPor who approved it, {@code null} while not approved (or when no
 * approval is required)
 * @param aprobadaEn when, {@code null} as above
 */
public record Respuesta(String texto, String proyectadaPor, Instant proyectadaEn, boolean requiereAprobacion,
		@Nullable String aprobadaPor, @Nullable Instant aprobadaEn) {

	public Respuesta {
		if (texto.isBlank()) {
			throw new IllegalArgumentException("La respuesta no puede estar vacía");
		}
	}

	/**
	 * @return whether it may be communicated: approved, or exempt from approval.
	 */
	public boolean lista() {
		return !requiereAprobacion || aprobadaPor != null;
	}

}
