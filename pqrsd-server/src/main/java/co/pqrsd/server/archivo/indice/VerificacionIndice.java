package co.pqrsd.server.archivo.indice;

import java.time.Instant;
import java.util.List;

import co.pqrsd.core.archivo.indice.Discrepancia;
import co.pqrsd.server.archivo.firma.ValidacionFirma;
import org.jspecify.annotations.Nullable;

/**
 * The result of verifying an expediente's índice: every file's hash against the store,
 * the index's own hash against the sealed one, and the signature of the signed copy.
 *
 * @param integro no discrepancy at all
 * @param huellaIndice the index's hash recomputed from its entries now
 * @param huellaSellada the hash sealed at cierre, {@code null} while open
 * @param firma the signature check of the copy verified, {@code null} when there is none
 */
public record VerificacionIndice(String expediente, boolean integro, int documentos, long bytes, String huellaIndice,
		@Nullable String huellaSellada, @Nullable ValidacionFirma firma, List<Discrepancia> discrepancias,
		Instant verificadoEn) {
}
