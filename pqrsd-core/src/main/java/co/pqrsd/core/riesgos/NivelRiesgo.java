package co.pqrsd.core.riesgos;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One level of a probability or impact scale of a methodology.
 *
 * @param codigo stable code from the data file, e.g. {@code MUY_ALTA}
 * @param nombre Spanish label, e.g. "Muy alta"
 * @param orden position in the scale, 1 = lowest
 * @param valor rating: a percentage in the DAFP v5/v6 guides (20 … 100), a score in the
 * 2015 guide (1 … 5 for probability, 5/10/20 for impact)
 * @param frecuenciaMinima for probability by activity frequency: least times a year that
 * fall in the level, {@code null} otherwise
 * @param frecuenciaMaxima most times a year that fall in the level, {@code null} when
 * unbounded or not applicable
 */
public record NivelRiesgo(String codigo, String nombre, int orden, BigDecimal valor, @Nullable Integer frecuenciaMinima,
		@Nullable Integer frecuenciaMaxima) {

	boolean incluyeFrecuencia(int vecesPorAnio) {
		return frecuenciaMinima != null && vecesPorAnio >= frecuenciaMinima
				&& (frecuenciaMaxima == null || vecesPorAnio <= frecuenciaMaxima);
	}

	@Override
	public String toString() {
		return nombre + " (" + valor.stripTrailingZeros().toPlainString() + ")";
	}

}
