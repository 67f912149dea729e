package co.pqrsd.core.radicacion;

import java.time.Instant;

import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.core.comun.LimiteTexto;
import org.jspecify.annotations.Nullable;

/**
 * The anulación of a radicado: who, when, why and the acta signed by the jefe of the
 * correspondence unit (AGN Acuerdo 060 de 2001, art. 5 par.).
 *
 * @param anuladoEn instant of the anulación, from the server clock
 * @param anuladoPor username of who annulled
 * @param justificacion why, stripped, at most {@value #MAXIMO_JUSTIFICACION} characters
 * @param acta number of the acta de anulación, stripped, at most {@value #MAXIMO_ACTA}
 * characters
 */
public record Anulacion(Instant anuladoEn, String anuladoPor, String justificacion, String acta) {

	public static final int MAXIMO_JUSTIFICACION = 4000;

	public static final int MAXIMO_ACTA = 80;

	/**
	 * @throws ErrorDominio {@code CAMPO_REQUERIDO} without justification or acta;
	 * {@code TEXTO_DEMASIADO_LARGO} over the caps
	 */
	public static Anulacion de(Instant anuladoEn, String anuladoPor, @Nullable String justificacion,
			@Nullable String acta) {
		if (justificacion == null || justificacion.isBlank() || acta == null || acta.isBlank()) {
			throw new ErrorDominio("CAMPO_REQUERIDO",
					"La anulación exige la justificación y el número del acta de anulación.");
		}
		new LimiteTexto("justificacion", MAXIMO_JUSTIFICACION).exigir(justificacion.strip());
		new LimiteTexto("acta", MAXIMO_ACTA).exigir(acta.strip());
		return new Anulacion(anuladoEn, anuladoPor, justificacion.strip(), acta.strip());
	}

}
