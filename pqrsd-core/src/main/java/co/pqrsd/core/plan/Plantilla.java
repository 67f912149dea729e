package co.pqrsd.core.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.pqrsd.core.comun.ErrorDominio;
import org.jspecify.annotations.Nullable;

/**
 * The structure of a plan: its components, from the versioned data
 * {@code plantillas-plan.csv}. A plan's template is chosen when the plan is created
 * (domain-rules.md R-PTEP-1).
 *
 * @param codigo e.g. {@code PAAC_V2} or {@code PTEP_2024}
 * @param nombre Spanish name
 * @param vigenciaDesde first vigencia it is the default for, {@code null} = no bound
 * @param vigenciaHasta last vigencia it is the default for, {@code null} = no bound
 * @param componentes in plan order
 */
public record Plantilla(String codigo, String nombre, @Nullable Integer vigenciaDesde, @Nullable Integer vigenciaHasta,
		List<ComponentePlantilla> componentes) {

	private static final Pattern NUMERO = Pattern.compile("componente\\s*(\\d)");

	public Plantilla {
		componentes = List.copyOf(componentes);
	}

	/**
	 * @return whether the template is the default for plans of that vigencia.
	 */
	public boolean aplicaA(int vigencia) {
		return (vigenciaDesde == null || vigencia >= vigenciaDesde)
				&& (vigenciaHasta == null || vigencia <= vigenciaHasta);
	}

	/**
	 * @throws ErrorDominio {@code COMPONENTE_FUERA_DE_PLANTILLA}
	 */
	public ComponentePlantilla componente(String codigo) {
		return componentes.stream()
			.filter(c -> c.codigo().equals(codigo))
			.findFirst()
			.orElseThrow(() -> new ErrorDominio("COMPONENTE_FUERA_DE_PLANTILLA",
					"El componente '" + codigo + "' no pertenece a la plantilla " + nombre + ".",
					Map.of("componente", codigo, "plantilla", this.codigo)));
	}

	/**
	 * Recognizes the component a table names in its "Componente" cell: by its words
	 * ("Componente Atención ciudadano"), and only when the words match several by its
	 * number ("Componente 3."). The seeds' numbers are not reliable (Sesquilé 2023
	 * numbers Atención 3 and Rendición 4), so words win.
	 * @return the component, empty when none or several match
	 */
	public Optional<ComponentePlantilla> reconocer(String celda) {
		String t = LectorFechas.normalizar(celda);
		List<ComponentePlantilla> candidatos = componentes.stream().filter(c -> c.reconoce(t)).toList();
		if (candidatos.size() == 1) {
			return Optional.of(candidatos.get(0));
		}
		Matcher m = NUMERO.matcher(t);
		if (m.find()) {
			int orden = Integer.parseInt(m.group(1));
			return (candidatos.isEmpty() ? componentes : candidatos).stream()
				.filter(c -> c.orden() == orden)
				.findFirst();
		}
		return Optional.empty();
	}

}
