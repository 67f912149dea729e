package co.pqrsd.core.archivo.expedientes;

import java.time.LocalDate;
import java.util.Map;

import co.pqrsd.core.comun.ErrorDominio;
import org.jspecify.annotations.Nullable;

/**
 * Access level of an expediente (Ley 1712 de 2014): public, classified (art. 18) or
 * reserved (art. 19, for at most 15 years, art. 22).
 */
public enum NivelAcceso {

	PUBLICA, CLASIFICADA, RESERVADA;

	/** Ley 1712 de 2014, art. 22: a reserve lasts at most 15 years. */
	public static final int ANIOS_MAXIMOS_RESERVA = 15;

	/**
	 * @throws ErrorDominio {@code FUNDAMENTO_RESERVA_REQUERIDO} when a classified or
	 * reserved expediente lacks its legal basis, {@code RESERVA_SIN_PLAZO} when a reserve
	 * lacks its end or exceeds 15 years
	 */
	public void validar(@Nullable String fundamento, @Nullable LocalDate hasta, LocalDate hoy) {
		if (this == PUBLICA) {
			return;
		}
		if (fundamento == null || fundamento.isBlank()) {
			throw new ErrorDominio("FUNDAMENTO_RESERVA_REQUERIDO",
					"Un expediente clasificado o reservado indica su fundamento legal (Ley 1712 de 2014, arts. 18 y 19).");
		}
		if (this == RESERVADA
				&& (hasta == null || hasta.isBefore(hoy) || hasta.isAfter(hoy.plusYears(ANIOS_MAXIMOS_RESERVA)))) {
			throw new ErrorDominio("RESERVA_SIN_PLAZO", "La reserva tiene un plazo: una fecha futura de hasta "
					+ ANIOS_MAXIMOS_RESERVA + " años (Ley 1712 de 2014, art. 22).",
					Map.of("maximo", ANIOS_MAXIMOS_RESERVA));
		}
	}

	/**
	 * @return whether, on {@code hoy}, reading is restricted to the dependencia and the
	 * archive's control roles: classified information always (Ley 1712 de 2014, art. 18),
	 * reserved information until its reserve lapses (art. 22).
	 */
	public boolean restringido(@Nullable LocalDate hasta, LocalDate hoy) {
		return this == CLASIFICADA || (this == RESERVADA && (hasta == null || !hoy.isAfter(hasta)));
	}

}
