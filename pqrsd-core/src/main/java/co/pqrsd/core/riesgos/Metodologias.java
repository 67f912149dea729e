package co.pqrsd.core.riesgos;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.core.comun.TablaCsv;
import org.jspecify.annotations.Nullable;

/**
 * The risk methodology versions shipped as data ({@code metodologias.csv} lists one file
 * per version). The DAFP guide v5/v6 rules current vigencias; the 2015 corruption guide
 * rules older ones (domain-rules.md §5.1, R-RSK-0). Immutable; loaded once.
 */
public final class Metodologias {

	private static final List<Metodologia> TODAS = cargar();

	private Metodologias() {
	}

	/**
	 * @return every version, in the order of {@code metodologias.csv}.
	 */
	public static List<Metodologia> todas() {
		return TODAS;
	}

	/**
	 * @return the version with that id, e.g. {@code DAFP_V6}
	 * @throws ErrorDominio {@code METODOLOGIA_DESCONOCIDA}
	 */
	public static Metodologia porId(String id) {
		return TODAS.stream()
			.filter(m -> m.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new ErrorDominio("METODOLOGIA_DESCONOCIDA",
					"La metodología de riesgos '" + id + "' no existe.", Map.of("metodologia", id)));
	}

	/**
	 * @return the version that rules the maps of a vigencia (year): the 2015 guide up to
	 * 2020, DAFP v5 for 2021–2022, DAFP v6 from 2023
	 * @throws ErrorDominio {@code METODOLOGIA_DESCONOCIDA} when none applies
	 */
	public static Metodologia porVigencia(int vigencia) {
		return TODAS.stream()
			.filter(m -> m.aplicaA(vigencia))
			.reduce((primera, ultima) -> ultima)
			.orElseThrow(() -> new ErrorDominio("METODOLOGIA_DESCONOCIDA",
					"No hay metodología de riesgos para la vigencia " + vigencia + ".", Map.of("vigencia", vigencia)));
	}

	private static List<Metodologia> cargar() {
		return TablaCsv.leer(Metodologias.class, "metodologias.csv").stream().map(f -> leer(f.get("archivo"))).toList();
	}

	static Metodologia leer(String archivo) {
		Map<String, String> meta = new HashMap<>();
		Integer[] vigencias = new Integer[2];
		List<NivelRiesgo> probabilidades = new ArrayList<>();
		List<NivelRiesgo> impactos = new ArrayList<>();
		List<Metodologia.RangoCuestionario> cuestionario = new ArrayList<>();
		List<String> preguntas = new ArrayList<>();
		Map<String, ZonaRiesgo> mapa = new HashMap<>();
		Map<TipoControl, BigDecimal> pesoTipo = new EnumMap<>(TipoControl.class);
		Map<TipoControl, PasoControl.Eje> ejeTipo = new EnumMap<>(TipoControl.class);
		Map<ImplementacionControl, BigDecimal> pesoImplementacion = new EnumMap<>(ImplementacionControl.class);
		Map<String, String> reglas = new HashMap<>();
		for (Map<String, String> f : TablaCsv.leer(Metodologias.class, archivo)) {
			String clave = f.get("clave");
			String etiqueta = f.get("etiqueta");
			String valor = f.get("valor");
			switch (f.get("seccion")) {
				case "METODOLOGIA" -> {
					if (clave.equals("VIGENCIAS")) {
						vigencias[0] = entero(f.get("minimo"));
						vigencias[1] = entero(f.get("maximo"));
					}
					else {
						meta.put(clave, etiqueta);
					}
				}
				case "PROBABILIDAD" -> probabilidades.add(new NivelRiesgo(clave, etiqueta, probabilidades.size() + 1,
						new BigDecimal(valor), entero(f.get("minimo")), entero(f.get("maximo"))));
				case "IMPACTO" -> impactos
					.add(new NivelRiesgo(clave, etiqueta, impactos.size() + 1, new BigDecimal(valor), null, null));
				case "CUESTIONARIO" -> cuestionario.add(new Metodologia.RangoCuestionario(clave,
						Integer.parseInt(f.get("minimo")), Integer.parseInt(f.get("maximo")), f.get("fundamento")));
				case "PREGUNTA" -> {
					if (Integer.parseInt(clave) != preguntas.size() + 1) {
						throw new IllegalStateException("Preguntas fuera de orden en " + archivo);
					}
					preguntas.add(etiqueta);
				}
				case "MAPA" -> mapa.put(Metodologia.celda(clave, etiqueta), ZonaRiesgo.valueOf(valor));
				case "CONTROL" -> {
					if (etiqueta.isEmpty()) {
						pesoImplementacion.put(ImplementacionControl.valueOf(clave), new BigDecimal(valor));
					}
					else {
						pesoTipo.put(TipoControl.valueOf(clave), new BigDecimal(valor));
						ejeTipo.put(TipoControl.valueOf(clave), PasoControl.Eje.valueOf(etiqueta));
					}
				}
				case "REGLA" -> reglas.put(clave, valor);
				default -> throw new IllegalStateException("Sección desconocida en " + archivo + ": " + f);
			}
		}
		return new Metodologia(meta.get("ID"), meta.get("NOMBRE"), vigencias[0], vigencias[1],
				CriterioProbabilidad.valueOf(meta.get("CRITERIO_PROBABILIDAD")), probabilidades, impactos, cuestionario,
				preguntas, mapa, pesoTipo, ejeTipo, pesoImplementacion, reglas);
	}

	private static @Nullable Integer entero(String valor) {
		return valor.isEmpty() ? null : Integer.valueOf(valor);
	}

}
