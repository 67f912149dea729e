package co.pqrsd.core.radicacion;

import java.util.Map;
import java.util.Set;

import co.pqrsd.core.comun.ErrorDominio;
import org.jspecify.annotations.Nullable;

/**
 * Which dependencia radicates ({DEP} in the number, Orfeo's rule): the one the clerk
 * names, if it is one of theirs; otherwise the responsible one when the clerk belongs to
 * it, else the clerk's first; the responsible one for users without dependencias.
 */
public final class DependenciaRadicadora {

	private DependenciaRadicadora() {
	}

	/**
	 * @param solicitada the dependencia the clerk names, or {@code null}
	 * @param responsable the responsible dependencia's code
	 * @param delUsuario the clerk's dependencias
	 * @param administrador whether the clerk may radicate on behalf of any dependencia
	 * @return the radicating dependencia's code, never {@code null}
	 * @throws ErrorDominio {@code DEPENDENCIA_RADICADORA_INVALIDA} for a named
	 * dependencia that is not the clerk's
	 */
	public static String elegir(@Nullable String solicitada, String responsable, Set<String> delUsuario,
			boolean administrador) {
		if (solicitada != null && !solicitada.isBlank()) {
			if (!delUsuario.contains(solicitada) && !administrador) {
				throw new ErrorDominio("DEPENDENCIA_RADICADORA_INVALIDA",
						"Solo puede radicar a nombre de una de sus dependencias.",
						Map.of("campo", "dependenciaRadicadora"));
			}
			return solicitada;
		}
		if (delUsuario.contains(responsable)) {
			return responsable;
		}
		return delUsuario.stream().sorted().findFirst().orElse(responsable);
	}

}
