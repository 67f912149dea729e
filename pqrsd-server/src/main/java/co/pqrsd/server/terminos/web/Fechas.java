package co.pqrsd.server.terminos.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

import co.pqrsd.core.comun.ErrorDominio;

/** Parses dates of query parameters with clear Spanish errors. */
final class Fechas {

	private Fechas() {
	}

	static LocalDate dia(String parametro, String valor) {
		try {
			return LocalDate.parse(valor);
		}
		catch (DateTimeParseException e) {
			throw new ErrorDominio("FECHA_INVALIDA", "El parámetro '" + parametro + "' debe ser una fecha AAAA-MM-DD; se recibió '"
					+ valor + "'.", Map.of("parametro", parametro));
		}
	}

	static OffsetDateTime instante(String parametro, String valor) {
		try {
			return OffsetDateTime.parse(valor.replace(' ', '+'));
		}
		catch (DateTimeParseException e) {
			throw new ErrorDominio("FECHA_INVALIDA", "El parámetro '" + parametro + "' debe ser una fecha y hora ISO-8601 con zona, "
					+ "p. ej. 2026-11-23T16:30:00-05:00; se recibió '" + valor + "'.", Map.of("parametro", parametro));
		}
	}

}
