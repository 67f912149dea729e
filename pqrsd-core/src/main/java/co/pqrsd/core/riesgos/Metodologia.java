package co.pqrsd.core.riesgos;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.pqrsd.core.comun.ErrorDominio;
import org.jspecify.annotations.Nullable;

/**
 * One version of the risk methodology as data: probability and impact scales, the
 * corruption impact questionnaire, the heat map, control weights and rules
 * (domain-rules.md §5, R-RSK-0). Immutable; built by {@link Metodologias} from a file
 * under {@code co/pqrsd/core/riesgos/}.
 * <p>
 * Percentages and ratings are exact {@link BigDecimal} values: controls multiply values
 * and zone boundaries are compared without rounding.
 */
public final class Metodologia {

	private static final BigDecimal CIEN = BigDecimal.valueOf(100);

	private final String id;

	private final String nombre;

	private final @Nullable Integer vigenciaDesde;

	private final @Nullable Integer vigenciaHasta;

	private final CriterioProbabilidad criterio;

	private final List<NivelRiesgo> probabilidades;

	private final List<NivelRiesgo> impactos;

	private final List<RangoCuestionario> cuestionario;

	private final List<String> preguntas;

	private final Map<String, ZonaRiesgo> mapa;

	private final Map<TipoControl, BigDecimal> pesoTipo;

	private final Map<TipoControl, PasoControl.Eje> ejeTipo;

	private final Map<ImplementacionControl, BigDecimal> pesoImplementacion;

	private final Map<String, String> reglas;

	record RangoCuestionario(String impacto, int minimo, int maximo, String fundamento) {
	}

	Metodologia(String id, String nombre, @Nullable Integer vigenciaDesde, @Nullable Integer vigenciaHasta,
			CriterioProbabilidad criterio, List<NivelRiesgo> probabilidades, List<NivelRiesgo> impactos,
			List<RangoCuestionario> cuestionario, List<String> preguntas, Map<String, ZonaRiesgo> mapa,
			Map<TipoControl, BigDecimal> pesoTipo, Map<TipoControl, PasoControl.Eje> ejeTipo,
			Map<ImplementacionControl, BigDecimal> pesoImplementacion, Map<String, String> reglas) {
		this.id = id;
		this.nombre = nombre;
		this.vigenciaDesde = vigenciaDesde;
		this.vigenciaHasta = vigenciaHasta;
		this.criterio = criterio;
		this.probabilidades = List.copyOf(probabilidades);
		this.impactos = List.copyOf(impactos);
		this.cuestionario = List.copyOf(cuestionario);
		this.preguntas = List.copyOf(preguntas);
		this.mapa = Map.copyOf(mapa);
		this.pesoTipo = pesoTipo.isEmpty() ? Map.of() : new EnumMap<>(pesoTipo);
		this.ejeTipo = ejeTipo.isEmpty() ? Map.of() : new EnumMap<>(ejeTipo);
		this.pesoImplementacion = pesoImplementacion.isEmpty() ? Map.of() : new EnumMap<>(pesoImplementacion);
		this.reglas = Map.copyOf(reglas);
		for (NivelRiesgo p : probabilidades) {
			for (NivelRiesgo i : impactos) {
				if (!mapa.containsKey(celda(p.codigo(), i.codigo()))) {
					throw new IllegalStateException("Falta la celda " + p.codigo() + " × " + i.codigo() + " en " + id);
				}
			}
		}
	}

	/**
	 * @return stable id of the version, e.g. {@code DAFP_V6}.
	 */
	public String id() {
		return id;
	}

	/**
	 * @return the Spanish title of the guide.
	 */
	public String nombre() {
		return nombre;
	}

	/**
	 * @return how probability is rated.
	 */
	public CriterioProbabilidad criterio() {
		return criterio;
	}

	/**
	 * @return the probability levels, lowest first.
	 */
	public List<NivelRiesgo> probabilidades() {
		return probabilidades;
	}

	/**
	 * @return the impact levels, lowest first.
	 */
	public List<NivelRiesgo> impactos() {
		return impactos;
	}

	/**
	 * @return the questions of the corruption impact questionnaire, in order.
	 */
	public List<String> preguntas() {
		return preguntas;
	}

	/**
	 * @return whether this version applies to plans and maps of the vigencia (year).
	 */
	public boolean aplicaA(int vigencia) {
		return (vigenciaDesde == null || vigencia >= vigenciaDesde)
				&& (vigenciaHasta == null || vigencia <= vigenciaHasta);
	}

	/**
	 * @return whether the version weights controls (the 2015 guide here does not).
	 */
	public boolean valoraControles() {
		return !pesoTipo.isEmpty();
	}

	/**
	 * Probability level from the yearly frequency of the activity that can produce the
	 * risk (Guía DAFP v5/v6; domain-rules.md R-RSK-1).
	 * @param vecesPorAnio times a year, ≥ 0
	 * @throws ErrorDominio {@code FRECUENCIA_INVALIDA} for a negative value;
	 * {@code CRITERIO_PROBABILIDAD} when the version rates probability directly
	 */
	public NivelRiesgo probabilidadPorFrecuencia(int vecesPorAnio) {
		if (criterio != CriterioProbabilidad.FRECUENCIA_ACTIVIDAD) {
			throw new ErrorDominio("CRITERIO_PROBABILIDAD",
					"En la metodología " + nombre
							+ " la probabilidad no se deriva de la frecuencia de la actividad: elija el nivel.",
					Map.of("metodologia", id));
		}
		if (vecesPorAnio < 0) {
			throw new ErrorDominio("FRECUENCIA_INVALIDA",
					"La frecuencia de la actividad es un número de veces por año, cero o mayor.",
					Map.of("frecuencia", vecesPorAnio));
		}
		return probabilidades.stream()
			.filter(n -> n.incluyeFrecuencia(vecesPorAnio))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Escala de probabilidad sin cobertura en " + id));
	}

	/**
	 * @return the probability level with that code
	 * @throws ErrorDominio {@code NIVEL_DESCONOCIDO}
	 */
	public NivelRiesgo probabilidad(String codigo) {
		return buscar(probabilidades, codigo, "probabilidad");
	}

	/**
	 * @return the impact level with that code
	 * @throws ErrorDominio {@code NIVEL_DESCONOCIDO}
	 */
	public NivelRiesgo impacto(String codigo) {
		return buscar(impactos, codigo, "impacto");
	}

	/**
	 * Impact of a corruption risk from the questionnaire: count of "Sí" 0–5 Moderado,
	 * 6–11 Mayor, 12–19 Catastrófico (domain-rules.md R-RSK-2), and Catastrófico when the
	 * question on lives is "Sí" if the version has that rule (R-RSK-3).
	 * @param respuestas one answer per question, all answered ({@code true} = "Sí")
	 * @throws ErrorDominio {@code CUESTIONARIO_INCOMPLETO} when the number of answers is
	 * not the number of questions
	 */
	public ImpactoCuestionario impactoCorrupcion(List<Boolean> respuestas) {
		if (respuestas.size() != preguntas.size()) {
			throw new ErrorDominio("CUESTIONARIO_INCOMPLETO",
					"Responda las " + preguntas.size() + " preguntas de impacto; hay " + respuestas.size() + ".",
					Map.of("esperadas", preguntas.size(), "recibidas", respuestas.size()));
		}
		int si = (int) respuestas.stream().filter(Boolean::booleanValue).count();
		String pregunta = reglas.getOrDefault("PREGUNTA_CATASTROFICO", "");
		if (!pregunta.isEmpty()) {
			int n = Integer.parseInt(pregunta);
			if (respuestas.get(n - 1)) {
				return new ImpactoCuestionario(impacto("CATASTROFICO"), si, "Catastrófico: la pregunta " + n + " ("
						+ preguntas.get(n - 1) + ") es «Sí», sin importar el número de respuestas afirmativas.");
			}
		}
		for (RangoCuestionario r : cuestionario) {
			if (si >= r.minimo() && si <= r.maximo()) {
				NivelRiesgo nivel = impacto(r.impacto());
				return new ImpactoCuestionario(nivel, si, nivel.nombre() + ": " + si + " respuestas «Sí» (rango "
						+ r.minimo() + " a " + r.maximo() + "). " + r.fundamento());
			}
		}
		throw new IllegalStateException("Cuestionario sin rango para " + si + " en " + id);
	}

	/**
	 * @return the zone of the heat map cell (domain-rules.md §5.4).
	 */
	public ZonaRiesgo zona(NivelRiesgo probabilidad, NivelRiesgo impacto) {
		ZonaRiesgo zona = mapa.get(celda(probabilidad.codigo(), impacto.codigo()));
		if (zona == null) {
			throw new ErrorDominio("NIVEL_DESCONOCIDO", "La celda " + probabilidad.nombre() + " × " + impacto.nombre()
					+ " no está en el mapa de calor de " + nombre + ".", Map.of("metodologia", id));
		}
		return zona;
	}

	/**
	 * Level of a residual value: the lowest level whose rating is at least the value, so
	 * for v5/v6 0–20 → Muy baja, over 20 up to 40 → Baja, …, over 80 → Muy alta
	 * (domain-rules.md §5.4, continuous ranges). Compared without rounding.
	 */
	public NivelRiesgo nivelProbabilidad(BigDecimal valor) {
		return nivelDe(probabilidades, valor);
	}

	/**
	 * Level of a residual impact value, by the same ranges as {@link #nivelProbabilidad}.
	 */
	public NivelRiesgo nivelImpacto(BigDecimal valor) {
		return nivelDe(impactos, valor);
	}

	/**
	 * @return the zone of residual values, each axis mapped to its level by ranges.
	 */
	public ZonaRiesgo zonaResidual(BigDecimal probabilidad, BigDecimal impacto) {
		return zona(nivelProbabilidad(probabilidad), nivelImpacto(impacto));
	}

	/**
	 * Weight of a control: tipo + implementación (domain-rules.md R-RSK-6), e.g.
	 * preventivo manual = 40.
	 * @throws ErrorDominio {@code CONTROLES_NO_PARAMETRIZADOS} when the version does not
	 * weight controls
	 */
	public BigDecimal peso(Control control) {
		exigirControles();
		return pesoTipo.get(control.tipo()).add(pesoImplementacion.get(control.implementacion()));
	}

	/**
	 * Evaluates a risk: the inherent cell, then the controls one after another, each on
	 * the value left by the previous one ({@code p1 = p0 − p0 × w1}; domain-rules.md
	 * R-RSK-7). Preventive and detective controls move the probability, corrective ones
	 * the impact, except that a corruption risk's impact never moves (R-RSK-8).
	 * @param frecuenciaAnual the frequency the probability came from, or {@code null}
	 * @param explicacionImpacto why the impact has its level
	 * @throws ErrorDominio {@code IMPACTO_NO_ADMITIDO} when a corruption risk has an
	 * impact below the minimum (R-RSK-2, R-RSK-4); {@code CONTROLES_NO_PARAMETRIZADOS}
	 * when there are controls and the version does not weight them
	 */
	public EvaluacionRiesgo evaluar(TipoRiesgo tipo, @Nullable Integer frecuenciaAnual, NivelRiesgo probabilidad,
			NivelRiesgo impacto, String explicacionImpacto, List<Control> controles) {
		probabilidad(probabilidad.codigo());
		impacto(impacto.codigo());
		if (tipo == TipoRiesgo.CORRUPCION) {
			NivelRiesgo minimo = impacto(reglas.getOrDefault("IMPACTO_MINIMO_CORRUPCION", impactos.get(0).codigo()));
			if (impacto.orden() < minimo.orden()) {
				throw new ErrorDominio("IMPACTO_NO_ADMITIDO",
						"Un riesgo de corrupción tiene impacto " + minimo.nombre() + " o mayor; no puede ser "
								+ impacto.nombre() + ".",
						Map.of("impacto", impacto.codigo(), "minimo", minimo.codigo()));
			}
		}
		if (!controles.isEmpty()) {
			exigirControles();
		}
		boolean impactoFijo = tipo == TipoRiesgo.CORRUPCION && "SI".equals(reglas.get("CORRUPCION_SOLO_PROBABILIDAD"));
		BigDecimal p = probabilidad.valor();
		BigDecimal i = impacto.valor();
		List<PasoControl> pasos = new ArrayList<>();
		for (Control c : controles) {
			BigDecimal peso = peso(c);
			PasoControl.Eje eje = ejeTipo.get(c.tipo());
			BigDecimal antes = eje == PasoControl.Eje.PROBABILIDAD ? p : i;
			if (eje == PasoControl.Eje.IMPACTO && impactoFijo) {
				pasos.add(new PasoControl(c, peso, eje, antes, antes, false, "El control correctivo no desplaza el "
						+ "impacto: en un riesgo de corrupción solo se mueve la probabilidad (R-RSK-8)."));
				continue;
			}
			// Each control acts on the value left by the previous one (R-RSK-7).
			BigDecimal despues = antes.subtract(antes.multiply(peso).divide(CIEN, MathContext.DECIMAL64));
			String nombreEje = eje == PasoControl.Eje.PROBABILIDAD ? "probabilidad" : "impacto";
			pasos.add(new PasoControl(c, peso, eje, antes, despues, true,
					"Control " + c.tipo().name().toLowerCase() + " " + c.implementacion().name().toLowerCase() + " ("
							+ plano(peso) + " %): " + nombreEje + " " + plano(antes) + " → " + plano(despues) + "."));
			if (eje == PasoControl.Eje.PROBABILIDAD) {
				p = despues;
			}
			else {
				i = despues;
			}
		}
		NivelRiesgo np = pasos.isEmpty() ? probabilidad : nivelProbabilidad(p);
		NivelRiesgo ni = pasos.isEmpty() || impactoFijo ? impacto : nivelImpacto(i);
		return new EvaluacionRiesgo(id, tipo, frecuenciaAnual, probabilidad, impacto, explicacionImpacto,
				zona(probabilidad, impacto), pasos, p, i, np, ni, zona(np, ni));
	}

	/**
	 * Evaluates a corruption risk the DAFP v5/v6 way: probability from the frequency,
	 * impact from the questionnaire.
	 */
	public EvaluacionRiesgo evaluarCorrupcion(int frecuenciaAnual, List<Boolean> respuestas, List<Control> controles) {
		ImpactoCuestionario impacto = impactoCorrupcion(respuestas);
		return evaluar(TipoRiesgo.CORRUPCION, frecuenciaAnual, probabilidadPorFrecuencia(frecuenciaAnual),
				impacto.nivel(), impacto.explicacion(), controles);
	}

	/**
	 * @return whether a non-corruption risk may be accepted in that residual zone
	 * (domain-rules.md R-RSK-10); a corruption risk never may.
	 */
	public boolean admiteAceptar(TipoRiesgo tipo, ZonaRiesgo zonaResidual) {
		if (tipo == TipoRiesgo.CORRUPCION) {
			return "SI".equals(reglas.get("ACEPTAR_CORRUPCION"));
		}
		return zonaResidual.compareTo(zonaMaximaAceptable()) <= 0;
	}

	/**
	 * @return the highest residual zone in which a non-corruption risk may be accepted.
	 */
	public ZonaRiesgo zonaMaximaAceptable() {
		return ZonaRiesgo.valueOf(reglas.getOrDefault("ACEPTAR_HASTA_ZONA", "BAJO"));
	}

	/**
	 * @return the value of a rule row, if the version has it.
	 */
	public Optional<String> regla(String clave) {
		return Optional.ofNullable(reglas.get(clave));
	}

	private void exigirControles() {
		if (!valoraControles()) {
			throw new ErrorDominio("CONTROLES_NO_PARAMETRIZADOS", "La metodología " + nombre
					+ " no tiene pesos de controles parametrizados: registre el nivel residual valorado por la entidad.",
					Map.of("metodologia", id));
		}
	}

	private NivelRiesgo buscar(List<NivelRiesgo> niveles, String codigo, String escala) {
		return niveles.stream()
			.filter(n -> n.codigo().equals(codigo))
			.findFirst()
			.orElseThrow(() -> new ErrorDominio("NIVEL_DESCONOCIDO",
					"El nivel de " + escala + " '" + codigo + "' no existe en " + nombre + ".",
					Map.of("nivel", codigo, "metodologia", id)));
	}

	private static NivelRiesgo nivelDe(List<NivelRiesgo> niveles, BigDecimal valor) {
		if (valor.signum() < 0) {
			throw new IllegalArgumentException("Valor residual negativo: " + valor);
		}
		return niveles.stream()
			.filter(n -> valor.compareTo(n.valor()) <= 0)
			.min(Comparator.comparingInt(NivelRiesgo::orden))
			.orElse(niveles.get(niveles.size() - 1));
	}

	private static String plano(BigDecimal valor) {
		return valor.round(new MathContext(6)).stripTrailingZeros().toPlainString();
	}

	static String celda(String probabilidad, String impacto) {
		return probabilidad + "×" + impacto;
	}

	@Override
	public String toString() {
		return id;
	}

}
