package co.pqrsd.core.comun;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A cap on the size of a free-text field, so no text grows without bound in the records
 * and in the audit trail that copies it.
 *
 * @param campo the field's JSON path, e.g. {@code texto} or {@code remitente.nombre}
 * @param maximo the maximum length in characters, greater than zero
 */
public record LimiteTexto(String campo, int maximo) {

	/** Stable code of the error for a text over its cap. */
	public static final String CODIGO = "TEXTO_DEMASIADO_LARGO";

	public LimiteTexto {
		if (maximo <= 0) {
			throw new IllegalArgumentException("maximo debe ser positivo");
		}
	}

	/**
	 * @return {@code texto} unchanged, {@code null} included
	 * @throws ErrorDominio {@code TEXTO_DEMASIADO_LARGO} naming the field and the cap
	 * when the text is longer than the cap
	 */
	public @Nullable String exigir(@Nullable String texto) {
		if (texto != null && texto.length() > maximo) {
			throw new ErrorDominio(
					CODIGO, "El campo '" + campo + "' admite máximo " + maximo + " caracteres; se recibieron "
							+ texto.length() + ".",
					Map.of("campo", campo, "maximo", maximo, "recibido", texto.length()));
		}
		return texto;
	}

}
