package co.pqrsd.core.auditoria;

import org.jspecify.annotations.Nullable;

/**
 * Walks the sealed entries in chain order and stops at the first one whose content or
 * link does not match. Not thread-safe: one instance per verification.
 */
public final class VerificadorCadena {

	private String ultimoHash = CadenaAuditoria.GENESIS;

	private long verificadas;

	private @Nullable Falla falla;

	/**
	 * @param posicion the entry's position in the chain (1, 2, ...)
	 * @param canonico the entry's canonical content as stored now
	 * @param hashAnterior the previous hash stored with the entry
	 * @param hash the hash stored with the entry
	 * @return {@code false} once a mismatch was found (later entries are not checked)
	 */
	public boolean aceptar(long posicion, long eventoId, String canonico, String hashAnterior, String hash) {
		if (falla != null) {
			return false;
		}
		if (posicion != verificadas + 1) {
			falla = new Falla(posicion, eventoId, "Falta la posición " + (verificadas + 1) + " de la cadena.");
			return false;
		}
		if (!hashAnterior.equals(ultimoHash)) {
			falla = new Falla(posicion, eventoId, "El enlace con la entrada anterior no coincide.");
			return false;
		}
		String calculado = CadenaAuditoria.enlazar(hashAnterior, canonico);
		if (!calculado.equals(hash)) {
			falla = new Falla(posicion, eventoId, "El contenido de la entrada no coincide con su hash.");
			return false;
		}
		ultimoHash = hash;
		verificadas++;
		return true;
	}

	public long verificadas() {
		return verificadas;
	}

	public String ultimoHash() {
		return ultimoHash;
	}

	public @Nullable Falla falla() {
		return falla;
	}

	/** The first entry that does not match. */
	public record Falla(long posicion, long eventoId, String motivo) {
	}

}
