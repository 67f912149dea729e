package co.pqrsd.core.riesgos;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.pqrsd.core.comun.ErrorDominio;

/**
 * The heat map of a set of risks under one methodology: every cell with the risks that
 * fall in it before and after controls, for the dashboard's inherent-versus-residual
 * grid.
 *
 * @param metodologia id of the methodology version
 * @param filas rows from the highest probability to the lowest; each row's cells from the
 * lowest impact to the highest
 * @param sinEvaluar codes of the risks without an evaluation in force (never evaluated,
 * or materialized and not re-evaluated)
 */
public record MapaCalor(String metodologia, List<List<CeldaMapaCalor>> filas, List<String> sinEvaluar) {

	public MapaCalor {
		filas = filas.stream().map(List::copyOf).toList();
		sinEvaluar = List.copyOf(sinEvaluar);
	}

	/**
	 * @throws ErrorDominio {@code METODOLOGIA_DISTINTA} when a risk was evaluated with
	 * another methodology version
	 */
	public static MapaCalor de(Metodologia metodologia, List<Riesgo> riesgos) {
		List<String> sinEvaluar = new ArrayList<>();
		List<EvaluacionRiesgo> evaluaciones = new ArrayList<>();
		List<String> codigos = new ArrayList<>();
		for (Riesgo r : riesgos) {
			EvaluacionRiesgo e = r.evaluacion();
			if (e == null || r.requiereReevaluacion()) {
				sinEvaluar.add(r.codigo());
				continue;
			}
			if (!e.metodologia().equals(metodologia.id())) {
				throw new ErrorDominio(
						"METODOLOGIA_DISTINTA", "El riesgo " + r.codigo() + " se evaluó con " + e.metodologia()
								+ " y el mapa es de " + metodologia.id() + ".",
						Map.of("riesgo", r.codigo(), "metodologia", e.metodologia()));
			}
			evaluaciones.add(e);
			codigos.add(r.codigo());
		}
		List<List<CeldaMapaCalor>> filas = new ArrayList<>();
		List<NivelRiesgo> probabilidades = metodologia.probabilidades();
		for (int p = probabilidades.size() - 1; p >= 0; p--) {
			NivelRiesgo probabilidad = probabilidades.get(p);
			List<CeldaMapaCalor> fila = new ArrayList<>();
			for (NivelRiesgo impacto : metodologia.impactos()) {
				List<String> inherentes = new ArrayList<>();
				List<String> residuales = new ArrayList<>();
				for (int i = 0; i < evaluaciones.size(); i++) {
					EvaluacionRiesgo e = evaluaciones.get(i);
					if (e.probabilidad().equals(probabilidad) && e.impacto().equals(impacto)) {
						inherentes.add(codigos.get(i));
					}
					if (e.nivelProbabilidadResidual().equals(probabilidad)
							&& e.nivelImpactoResidual().equals(impacto)) {
						residuales.add(codigos.get(i));
					}
				}
				fila.add(new CeldaMapaCalor(probabilidad, impacto, metodologia.zona(probabilidad, impacto), inherentes,
						residuales));
			}
			filas.add(fila);
		}
		return new MapaCalor(metodologia.id(), filas, sinEvaluar);
	}

}
