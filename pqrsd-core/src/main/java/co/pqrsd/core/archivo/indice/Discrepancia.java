package co.pqrsd.core.archivo.indice;

import org.jspecify.annotations.Nullable;

/**
 * One mismatch found while verifying an índice: which check failed, on which entry (null
 * for the index as a whole), what was expected and what was found.
 */
public record Discrepancia(Tipo tipo, @Nullable Integer orden, @Nullable String esperado, @Nullable String encontrado) {

	/** What did not match. */
	public enum Tipo {

		/** The stored file no longer hashes to the huella of the índice. */
		HUELLA_ARCHIVO,
		/** The stored file is missing. */
		ARCHIVO_AUSENTE,
		/** The index recomputed from its entries does not hash to the sealed hash. */
		HUELLA_INDICE,
		/** The signed copy lists different entries than the expediente. */
		CONTENIDO_FIRMADO,
		/** The signature is broken or not made by the entity's certificate. */
		FIRMA_INVALIDA,
		/** There is no signed copy to check. */
		SIN_FIRMA

	}

}
