package co.pqrsd.core.calendario;

import java.util.Map;

import co.pqrsd.core.comun.ErrorDominio;

/** A date or year outside the range the calendar covers. */
public final class FueraDeRango extends ErrorDominio {

	public FueraDeRango(Object valor) {
		super("CALENDARIO_FUERA_DE_RANGO",
				"El calendario cubre los años " + CalendarioFestivos.PRIMER_ANIO + " a "
						+ CalendarioFestivos.ULTIMO_ANIO + "; " + valor + " está fuera de ese rango.",
				Map.of("valor", valor));
	}

	static void verificarAnio(int anio) {
		if (anio < CalendarioFestivos.PRIMER_ANIO || anio > CalendarioFestivos.ULTIMO_ANIO) {
			throw new FueraDeRango(anio);
		}
	}

}
