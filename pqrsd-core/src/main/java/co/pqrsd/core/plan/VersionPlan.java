package co.pqrsd.core.plan;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import co.pqrsd.core.comun.ErrorDominio;
import org.jspecify.annotations.Nullable;

/**
 * A published version of a plan (domain-rules.md R-PAAC-2): version 1 is the plan
 * published by 31 January, each later one a motivated adjustment.
 *
 * @param numero 1, 2, …
 * @param actividades the activities of this version
 * @param publicadaEn when it was published
 * @param publicadaPor who published it
 * @param motivo why the plan was adjusted; {@code null} for version 1
 */
public record VersionPlan(int numero, List<Actividad> actividades, Instant publicadaEn, String publicadaPor,
		@Nullable String motivo) {

	public VersionPlan {
		actividades = List.copyOf(actividades);
	}

	/**
	 * @throws ErrorDominio {@code ACTIVIDAD_DESCONOCIDA}
	 */
	public Actividad actividad(String codigo) {
		return actividades.stream()
			.filter(a -> a.codigo().equals(codigo))
			.findFirst()
			.orElseThrow(() -> new ErrorDominio("ACTIVIDAD_DESCONOCIDA",
					"La actividad " + codigo + " no está en la versión " + numero + " del plan.",
					Map.of("actividad", codigo, "version", numero)));
	}

}
