package co.pqrsd.core.plan;

import java.util.Map;

import co.pqrsd.core.comun.ErrorDominio;
import org.jspecify.annotations.Nullable;

/**
 * Evidence of an activity's progress: a stored document with its hash, or a link to a
 * radicado, an expediente or a web page.
 *
 * @param tipo the kind of evidence
 * @param referencia file name, radicado number, expediente code or URL; not blank
 * @param sha256 hex SHA-256 of the stored document, required for {@code DOCUMENTO}
 */
public record Evidencia(Tipo tipo, String referencia, @Nullable String sha256) {

	/** Kind of evidence. */
	public enum Tipo {

		DOCUMENTO, RADICADO, EXPEDIENTE, ENLACE

	}

	public Evidencia {
		if (referencia.isBlank()) {
			throw new ErrorDominio("EVIDENCIA_INCOMPLETA", "La evidencia necesita una referencia.");
		}
		if (tipo == Tipo.DOCUMENTO && (sha256 == null || !sha256.matches("[0-9a-f]{64}"))) {
			throw new ErrorDominio("EVIDENCIA_SIN_HASH",
					"Un documento de evidencia se guarda con su huella SHA-256 (64 caracteres hexadecimales).",
					Map.of("referencia", referencia));
		}
	}

}
