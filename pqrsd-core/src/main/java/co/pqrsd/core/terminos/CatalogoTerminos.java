package co.pqrsd.core.terminos;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import co.pqrsd.core.comun.ErrorDominio;

/** The versioned table of legal modalities and their terms. Immutable. */
public final class CatalogoTerminos {

	private final List<ReglaTermino> reglas;

	public CatalogoTerminos(List<ReglaTermino> reglas) {
		this.reglas = List.copyOf(reglas);
	}

	public List<ReglaTermino> reglas() {
		return reglas;
	}

	/**
	 * @return the known modality codes, sorted.
	 */
	public Set<String> modalidades() {
		Set<String> codigos = new TreeSet<>();
		reglas.forEach(r -> codigos.add(r.modalidad()));
		return codigos;
	}

	/**
	 * @return the row of the modality in force on the reception date
	 * @throws ErrorDominio {@code MODALIDAD_DESCONOCIDA} or
	 * {@code MODALIDAD_SIN_REGLA_VIGENTE}
	 */
	public ReglaTermino regla(String modalidad, LocalDate recibido) {
		boolean existe = false;
		for (ReglaTermino r : reglas) {
			if (r.modalidad().equals(modalidad)) {
				existe = true;
				if (r.vigenteEn(recibido)) {
					return r;
				}
			}
		}
		if (!existe) {
			throw new ErrorDominio("MODALIDAD_DESCONOCIDA", "La modalidad '" + modalidad
					+ "' no existe. Modalidades disponibles: " + String.join(", ", modalidades()) + ".",
					Map.of("modalidad", modalidad));
		}
		throw new ErrorDominio("MODALIDAD_SIN_REGLA_VIGENTE",
				"La modalidad '" + modalidad + "' no tiene una regla vigente para el " + recibido + ".",
				Map.of("modalidad", modalidad, "fecha", recibido.toString()));
	}

}
