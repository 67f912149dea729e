package co.pqrsd.server.pqrsd;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import co.pqrsd.server.radicacion.EntradasRadicacion;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The citizen's channels (web form, public API, e-mail): a filing becomes an ENTRADA
 * radicado and a PQRSD in RADICADA state that waits for the ventanilla's classification.
 */
@Service
public class PqrsdCiudadano {

	/** What a citizen files on the web form, the public API or by e-mail. */
	public record Solicitud(@Nullable String etiqueta, String asunto, @Nullable String descripcion, String canal,
			EntradasRadicacion.Peticionario peticionario, @Nullable String canalRespuesta,
			List<EntradasRadicacion.Adjunto> adjuntos, boolean denunciaCorrupcion, @Nullable String origenId) {

		public Solicitud {
			adjuntos = List.copyOf(adjuntos);
		}

	}

	/**
	 * @param vencimiento the last day of the term (the general one until the ventanilla
	 * classifies it), {@code null} for a FELICITACION
	 * @param explicacionVencimiento how the deadline was counted, in Spanish
	 * @param nueva false when {@code origenId} had already been filed (the first filing
	 * is returned)
	 */
	public record Radicada(String radicado, OffsetDateTime fechaRadicacion, @Nullable LocalDate vencimiento,
			String explicacionVencimiento, boolean nueva) {
	}

	/**
	 * An ENTRADA radicado and a PQRSD in RADICADA state awaiting the ventanilla's
	 * classification, as the system user, in one transaction.
	 */
	public Radicada radicar(Solicitud s) {
		throw new UnsupportedOperationException("En construcción");
	}

}
