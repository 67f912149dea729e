package co.pqrsd.core.plan;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.pqrsd.core.comun.ErrorDominio;

/**
 * The meta of an activity: a number of products ("3") or a percentage ("90%").
 *
 * @param valor positive amount
 * @param unidad number or percentage
 */
public record Meta(BigDecimal valor, Unidad unidad) {

	private static final Pattern FORMATO = Pattern.compile("^(\\d+(?:[.,]\\d+)?)\\s*(%?)$");

	/** Unit of a meta and of its reported avance. */
	public enum Unidad {

		NUMERO, PORCENTAJE

	}

	public Meta {
		if (valor.signum() <= 0) {
			throw new ErrorDominio("META_INVALIDA", "La meta debe ser mayor que cero.", Map.of("meta", valor));
		}
		if (unidad == Unidad.PORCENTAJE && valor.compareTo(BigDecimal.valueOf(100)) > 0) {
			throw new ErrorDominio("META_INVALIDA", "Una meta en porcentaje no pasa de 100 %.", Map.of("meta", valor));
		}
	}

	/**
	 * Reads "1", "12", "90%", "100 %", "1,5".
	 * @throws ErrorDominio {@code META_ILEGIBLE} with the reason, {@code META_INVALIDA}
	 */
	public static Meta leer(String texto) {
		Matcher m = FORMATO.matcher(texto.strip());
		if (!m.matches()) {
			throw new ErrorDominio("META_ILEGIBLE",
					"No se pudo leer la meta «" + texto.strip()
							+ "»: se espera un número (por ejemplo 3) o un porcentaje (por ejemplo 90%).",
					Map.of("texto", texto));
		}
		return new Meta(new BigDecimal(m.group(1).replace(',', '.')),
				m.group(2).isEmpty() ? Unidad.NUMERO : Unidad.PORCENTAJE);
	}

	@Override
	public String toString() {
		return valor.stripTrailingZeros().toPlainString() + (unidad == Unidad.PORCENTAJE ? " %" : "");
	}

}
