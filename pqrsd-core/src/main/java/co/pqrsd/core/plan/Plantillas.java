package co.pqrsd.core.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.core.comun.TablaCsv;

/**
 * The plan templates shipped as data ({@code plantillas-plan.csv}): the PAAC of the
 * "Estrategias para la construcción del PAAC v2" for vigencias up to 2024 and the PTEP of
 * Ley 2195 de 2022, art. 31 and Decreto 1122 de 2024 from 2025 (domain-rules.md §6.1,
 * §6.5).
 */
public final class Plantillas {

	private static final List<Plantilla> TODAS = cargar();

	private Plantillas() {
	}

	/**
	 * @return every template, in file order.
	 */
	public static List<Plantilla> todas() {
		return TODAS;
	}

	/**
	 * @throws ErrorDominio {@code PLANTILLA_DESCONOCIDA}
	 */
	public static Plantilla porCodigo(String codigo) {
		return TODAS.stream()
			.filter(p -> p.codigo().equals(codigo))
			.findFirst()
			.orElseThrow(() -> new ErrorDominio("PLANTILLA_DESCONOCIDA", "La plantilla '" + codigo + "' no existe.",
					Map.of("plantilla", codigo)));
	}

	/**
	 * @return the default template of a vigencia (PAAC up to 2024, PTEP from 2025)
	 * @throws ErrorDominio {@code PLANTILLA_DESCONOCIDA} when none applies
	 */
	public static Plantilla porVigencia(int vigencia) {
		return TODAS.stream()
			.filter(p -> p.aplicaA(vigencia))
			.findFirst()
			.orElseThrow(() -> new ErrorDominio("PLANTILLA_DESCONOCIDA",
					"No hay plantilla de plan para la vigencia " + vigencia + ".", Map.of("vigencia", vigencia)));
	}

	private static List<Plantilla> cargar() {
		Map<String, List<Map<String, String>>> porPlantilla = new LinkedHashMap<>();
		for (Map<String, String> f : TablaCsv.leer(Plantillas.class, "plantillas-plan.csv")) {
			porPlantilla.computeIfAbsent(f.get("plantilla"), k -> new ArrayList<>()).add(f);
		}
		List<Plantilla> plantillas = new ArrayList<>();
		porPlantilla.forEach((codigo, filas) -> {
			Map<String, String> primera = filas.get(0);
			List<ComponentePlantilla> componentes = filas.stream()
				.map(f -> new ComponentePlantilla(f.get("componente"), Integer.parseInt(f.get("orden")),
						f.get("nombre_componente"), List.of(f.get("claves").split("\\|")), f.get("fundamento")))
				.toList();
			plantillas.add(new Plantilla(codigo, primera.get("nombre_plantilla"), entero(primera.get("vigencia_desde")),
					entero(primera.get("vigencia_hasta")), componentes));
		});
		return List.copyOf(plantillas);
	}

	private static Integer entero(String valor) {
		return valor.isEmpty() ? null : Integer.valueOf(valor);
	}

}
