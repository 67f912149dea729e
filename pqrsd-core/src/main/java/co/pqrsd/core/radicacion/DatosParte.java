package co.pqrsd.core.radicacion;

import java.util.Map;

import co.pqrsd.core.comun.ErrorDominio;
import org.jspecify.annotations.Nullable;

/**
 * What the rules of a sender or addressee look at. Identification is optional (CPACA art.
 * 16 par.: a request is never rejected for missing data), but a party that is not
 * anonymous needs a name, and a document type goes with its number.
 */
public record DatosParte(boolean anonimo, @Nullable String nombre, @Nullable String tipoDocumento,
		@Nullable String numeroDocumento) {

	/**
	 * Checks the party of one role of a radicado.
	 * @param campo {@code remitente} or {@code destinatario}
	 * @param parte the party, or {@code null} when not given
	 * @param requerida whether the radicado's type requires it (see
	 * {@link TipoRadicado#exigeRemitente()}, {@link TipoRadicado#exigeDestinatario()})
	 * @throws ErrorDominio {@code CAMPO_REQUERIDO} or {@code DOCUMENTO_INCOMPLETO},
	 * naming the field
	 */
	public static void exigir(String campo, @Nullable DatosParte parte, boolean requerida) {
		if (parte == null) {
			if (requerida) {
				throw new ErrorDominio("CAMPO_REQUERIDO",
						"Falta el " + campo + ". Si es anónimo, envíe {\"anonimo\": true}.", Map.of("campo", campo));
			}
			return;
		}
		if (parte.anonimo()) {
			return;
		}
		if (vacio(parte.nombre())) {
			throw new ErrorDominio("CAMPO_REQUERIDO",
					"El " + campo + " debe tener nombre o razón social (o ser anónimo).",
					Map.of("campo", campo + ".nombre"));
		}
		if (vacio(parte.tipoDocumento()) != vacio(parte.numeroDocumento())) {
			throw new ErrorDominio("DOCUMENTO_INCOMPLETO",
					"El " + campo + " debe tener tipo y número de documento, o ninguno de los dos.",
					Map.of("campo", campo + ".numeroDocumento"));
		}
	}

	private static boolean vacio(@Nullable String s) {
		return s == null || s.isBlank();
	}

}
