package co.pqrsd.server.riesgos;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.pqrsd.core.riesgos.CeldaMapaCalor;
import co.pqrsd.core.riesgos.EvaluacionRiesgo;
import co.pqrsd.core.riesgos.MapaCalor;
import co.pqrsd.core.riesgos.Metodologia;
import co.pqrsd.core.riesgos.Metodologias;
import co.pqrsd.core.riesgos.Riesgo;
import co.pqrsd.core.riesgos.ZonaRiesgo;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The risk map's public face for other modules (the dashboards): the heat map of a
 * vigencia, inherent and residual, and its risks by zone. Read-only; what every
 * authenticated user may see.
 */
@Service
public class MapaRiesgos {

	private final RiesgoRepository repositorio;

	MapaRiesgos(RiesgoRepository repositorio) {
		this.repositorio = repositorio;
	}

	/**
	 * A risk as a dashboard lists it.
	 *
	 * @param id the risk's id (its page is {@code /riesgos/{id}})
	 * @param codigo its code in the map
	 * @param proceso its proceso
	 * @param zonaInherente zone before controls, {@code null} while not evaluated
	 * @param zonaResidual zone after controls, {@code null} while not evaluated
	 * @param requiereReevaluacion materialized and not evaluated again
	 */
	public record RiesgoResumido(long id, String codigo, String proceso, @Nullable ZonaRiesgo zonaInherente,
			@Nullable ZonaRiesgo zonaResidual, boolean requiereReevaluacion) {
	}

	/**
	 * One cell of the heat map.
	 *
	 * @param probabilidad level code of the row, e.g. {@code MUY_ALTA}
	 * @param probabilidadNombre its label
	 * @param impacto level code of the column, e.g. {@code CATASTROFICO}
	 * @param impactoNombre its label
	 * @param zona the cell's zone
	 * @param inherentes ids of the risks whose inherent evaluation falls here
	 * @param residuales ids of the risks whose residual evaluation falls here
	 */
	public record Celda(String probabilidad, String probabilidadNombre, String impacto, String impactoNombre,
			ZonaRiesgo zona, List<Long> inherentes, List<Long> residuales) {

		/**
		 * @return how many risks fall here, inherent or residual.
		 */
		public int cantidad(boolean residual) {
			return residual ? residuales.size() : inherentes.size();
		}

	}

	/**
	 * The heat map of a vigencia (domain-rules.md §5.4).
	 *
	 * @param vigencia the year
	 * @param metodologia id of the methodology version whose matrix is drawn
	 * @param filas rows from the highest probability to the lowest, each from the lowest
	 * impact to the highest (25 cells in DAFP v5/v6)
	 * @param sinEvaluar ids of the risks without an evaluation in force
	 * @param porZonaInherente number of risks per inherent zone (every zone present)
	 * @param porZonaResidual number of risks per residual zone (every zone present)
	 */
	public record HeatMap(int vigencia, String metodologia, List<List<Celda>> filas, List<Long> sinEvaluar,
			Map<ZonaRiesgo, Integer> porZonaInherente, Map<ZonaRiesgo, Integer> porZonaResidual) {

		/**
		 * @return the cells row by row.
		 */
		public List<Celda> celdas() {
			return filas.stream().flatMap(List::stream).toList();
		}

	}

	/**
	 * @param metodologia id of the version to draw, {@code null} for the vigencia's one
	 * @throws co.pqrsd.core.comun.ErrorDominio {@code METODOLOGIA_DESCONOCIDA};
	 * {@code METODOLOGIA_DISTINTA} when a risk was evaluated with another version
	 */
	@Transactional(readOnly = true)
	public HeatMap mapaCalor(int vigencia, @Nullable String metodologia) {
		Metodologia m = metodologia == null || metodologia.isBlank() ? Metodologias.porVigencia(vigencia)
				: Metodologias.porId(metodologia);
		List<FilaRiesgo> filas = repositorio.deVigencia(vigencia);
		Map<String, Long> ids = new HashMap<>();
		filas.forEach(f -> ids.put(f.riesgo().codigo(), f.id()));
		MapaCalor mapa = MapaCalor.de(m, filas.stream().map(FilaRiesgo::riesgo).toList());
		Map<ZonaRiesgo, Integer> inherente = new EnumMap<>(ZonaRiesgo.class);
		Map<ZonaRiesgo, Integer> residual = new EnumMap<>(ZonaRiesgo.class);
		for (ZonaRiesgo z : ZonaRiesgo.values()) {
			inherente.put(z, 0);
			residual.put(z, 0);
		}
		List<List<Celda>> resultado = new ArrayList<>();
		for (List<CeldaMapaCalor> fila : mapa.filas()) {
			List<Celda> celdas = new ArrayList<>();
			for (CeldaMapaCalor c : fila) {
				celdas.add(new Celda(c.probabilidad().codigo(), c.probabilidad().nombre(), c.impacto().codigo(),
						c.impacto().nombre(), c.zona(), c.inherentes().stream().map(ids::get).toList(),
						c.residuales().stream().map(ids::get).toList()));
				inherente.merge(c.zona(), c.inherentes().size(), Integer::sum);
				residual.merge(c.zona(), c.residuales().size(), Integer::sum);
			}
			resultado.add(celdas);
		}
		return new HeatMap(vigencia, m.id(), resultado, mapa.sinEvaluar().stream().map(ids::get).toList(), inherente,
				residual);
	}

	/**
	 * @param zona the zone, {@code null} for every risk
	 * @param residual whether the zone is the residual one (else the inherent one)
	 * @return the risks of the vigencia in that zone, by proceso and code
	 */
	@Transactional(readOnly = true)
	public List<RiesgoResumido> riesgos(int vigencia, @Nullable ZonaRiesgo zona, boolean residual) {
		return repositorio.deVigencia(vigencia).stream().map(MapaRiesgos::resumir).filter(r -> {
			ZonaRiesgo z = residual ? r.zonaResidual() : r.zonaInherente();
			return zona == null || zona == z;
		}).toList();
	}

	static RiesgoResumido resumir(FilaRiesgo f) {
		Riesgo r = f.riesgo();
		EvaluacionRiesgo e = r.requiereReevaluacion() ? null : r.evaluacion();
		return new RiesgoResumido(f.id(), r.codigo(), r.proceso(), e == null ? null : e.zonaInherente(),
				e == null ? null : e.zonaResidual(), r.requiereReevaluacion());
	}

}
