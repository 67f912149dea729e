package co.pqrsd.core.riesgos;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import co.pqrsd.core.comun.TablaCsv;

/**
 * A hint for risk statements written as free text (imported or older maps): which of the
 * four parts (acción u omisión + uso del poder + desviación de la gestión de lo público +
 * beneficio privado) no word of {@code redaccion-riesgo.csv} points to. It never refuses:
 * the guided form ({@link RedaccionRiesgo}) is what enforces the four parts.
 *
 * @param texto the statement as written
 * @param encontradas for each part found, the word that points to it
 * @param faltantes the parts no word points to, in statement order
 */
public record RevisionRedaccion(String texto, Map<ParteRedaccion, String> encontradas, List<ParteRedaccion> faltantes) {

	private record Palabra(String texto, Pattern patron) {
	}

	private static final Map<ParteRedaccion, List<Palabra>> PALABRAS = cargar();

	public RevisionRedaccion {
		encontradas = Map.copyOf(encontradas);
		faltantes = List.copyOf(faltantes);
	}

	/**
	 * @param texto the statement, may be blank
	 */
	public static RevisionRedaccion revisar(String texto) {
		String t = Normalizer.normalize(texto, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
		Map<ParteRedaccion, String> encontradas = new EnumMap<>(ParteRedaccion.class);
		List<ParteRedaccion> faltantes = new ArrayList<>();
		for (ParteRedaccion parte : ParteRedaccion.values()) {
			PALABRAS.get(parte)
				.stream()
				.filter(p -> p.patron().matcher(t).find())
				.findFirst()
				.ifPresentOrElse(p -> encontradas.put(parte, p.texto()), () -> faltantes.add(parte));
		}
		return new RevisionRedaccion(texto, encontradas, faltantes);
	}

	/**
	 * @return whether a word points to each of the four parts.
	 */
	public boolean completa() {
		return faltantes.isEmpty();
	}

	/**
	 * @return a Spanish message for the user: what seems to be missing and how to write
	 * it, or that the four parts seem present.
	 */
	public String mensaje() {
		if (faltantes.isEmpty()) {
			return "La redacción parece tener las cuatro partes.";
		}
		StringBuilder m = new StringBuilder("Revise la redacción; parece faltar: ");
		for (int i = 0; i < faltantes.size(); i++) {
			m.append(i == 0 ? "" : "; ").append(faltantes.get(i).nombre()).append(". ").append(faltantes.get(i).guia());
		}
		return m.toString();
	}

	private static Map<ParteRedaccion, List<Palabra>> cargar() {
		Map<ParteRedaccion, List<Palabra>> palabras = new EnumMap<>(ParteRedaccion.class);
		for (Map<String, String> f : TablaCsv.leer(RevisionRedaccion.class, "redaccion-riesgo.csv")) {
			palabras.put(ParteRedaccion.valueOf(f.get("parte")),
					List.of(f.get("palabras").split("\\|"))
						.stream()
						.map(w -> new Palabra(w, Pattern.compile("\\b" + Pattern.quote(w) + "\\b")))
						.toList());
		}
		return palabras;
	}

}
