package co.pqrsd.core.plan;

import java.util.List;

/**
 * A component (PAAC) or section (PTEP) of a plan template.
 *
 * @param codigo stable code, e.g. {@code PAAC_1}
 * @param orden position in the plan, from 1
 * @param nombre Spanish name
 * @param claves accent-free lowercase words that identify the component in an imported
 * table's "Componente" cell
 * @param fundamento legal or methodological source
 */
public record ComponentePlantilla(String codigo, int orden, String nombre, List<String> claves, String fundamento) {

	public ComponentePlantilla {
		claves = List.copyOf(claves);
	}

	boolean reconoce(String celdaNormalizada) {
		return claves.stream().anyMatch(celdaNormalizada::contains);
	}

}
