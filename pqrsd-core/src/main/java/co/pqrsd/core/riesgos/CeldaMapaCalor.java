package co.pqrsd.core.riesgos;

import java.util.List;

/**
 * One cell of the heat map with the risks that fall in it, inherent and residual.
 *
 * @param probabilidad the row
 * @param impacto the column
 * @param zona the cell's zone
 * @param inherentes codes of the risks whose inherent evaluation falls here
 * @param residuales codes of the risks whose residual evaluation falls here
 */
public record CeldaMapaCalor(NivelRiesgo probabilidad, NivelRiesgo impacto, ZonaRiesgo zona, List<String> inherentes,
		List<String> residuales) {

	public CeldaMapaCalor {
		inherentes = List.copyOf(inherentes);
		residuales = List.copyOf(residuales);
	}

}
