package co.pqrsd.core.riesgos;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import co.pqrsd.core.comun.ErrorDominio;
import org.jspecify.annotations.Nullable;

/**
 * A materialized risk: the fact, and its report to the competent authorities
 * (domain-rules.md R-RSK-15).
 *
 * @param fecha date the fact became known
 * @param descripcion what happened, not blank
 * @param autoridades the authorities informed, at least one for a corruption risk
 * @param radicadoTraslado number of the radicado that sent the report, {@code null} while
 * not sent
 */
public record Materializacion(LocalDate fecha, String descripcion, Set<Autoridad> autoridades,
		@Nullable String radicadoTraslado) {

	/** Competent authorities for a materialized corruption risk. */
	public enum Autoridad {

		DISCIPLINARIA, PENAL, FISCAL

	}

	public Materializacion {
		if (descripcion.isBlank()) {
			throw new ErrorDominio("MATERIALIZACION_SIN_DESCRIPCION",
					"Describa el hecho en que se materializó el riesgo.");
		}
		autoridades = Set.copyOf(autoridades);
	}

	void exigirAutoridad(TipoRiesgo tipo) {
		if (tipo == TipoRiesgo.CORRUPCION && autoridades.isEmpty()) {
			// Guía 2015: informar a las autoridades de la ocurrencia del hecho de
			// corrupción (R-RSK-15).
			throw new ErrorDominio("MATERIALIZACION_SIN_AUTORIDAD",
					"Un riesgo de corrupción materializado se informa a la autoridad competente "
							+ "(disciplinaria, penal o fiscal): indique a cuál.",
					Map.of("fecha", fecha.toString()));
		}
	}

}
