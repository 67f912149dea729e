package co.pqrsd.server.comun;

import co.pqrsd.core.comun.Colombia;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;

import co.pqrsd.core.comun.ErrorDominio;
import org.jspecify.annotations.Nullable;

/**
 * Date query parameters, with one clear Spanish error ({@code FECHA_INVALIDA}) for every
 * malformed value.
 */
public final class ParametrosFecha {

	private static final ZoneId BOGOTA = Colombia.ZONA;

	private ParametrosFecha() {
	}

	/**
	 * @return the day {@code AAAA-MM-DD}
	 */
	public static LocalDate dia(String parametro, String valor) {
		try {
			return LocalDate.parse(valor.strip());
		}
		catch (DateTimeParseException e) {
			throw invalida(parametro, valor, "una fecha AAAA-MM-DD");
		}
	}

	/**
	 * @return an ISO-8601 date-time with offset; a '+' turned into a space by URL
	 * decoding is tolerated
	 */
	public static OffsetDateTime instante(String parametro, String valor) {
		try {
			return OffsetDateTime.parse(valor.strip().replace(' ', '+'));
		}
		catch (DateTimeParseException e) {
			throw invalida(parametro, valor, "una fecha y hora ISO-8601 con zona, p. ej. 2026-11-23T16:30:00-05:00");
		}
	}

	/**
	 * A range bound: a plain day means that whole day in America/Bogota ({@code fin}
	 * true: up to its end), otherwise an ISO-8601 instant with offset.
	 */
	public static @Nullable Instant limite(String parametro, @Nullable String valor, boolean fin) {
		if (valor == null || valor.isBlank()) {
			return null;
		}
		if (valor.strip().length() == 10) {
			LocalDate d = dia(parametro, valor);
			return (fin ? d.plusDays(1) : d).atStartOfDay(BOGOTA).toInstant();
		}
		return instante(parametro, valor).toInstant();
	}

	private static ErrorDominio invalida(String parametro, String valor, String esperado) {
		return new ErrorDominio("FECHA_INVALIDA",
				"El parámetro '" + parametro + "' debe ser " + esperado + "; se recibió '" + valor + "'.",
				Map.of("parametro", parametro));
	}

}
