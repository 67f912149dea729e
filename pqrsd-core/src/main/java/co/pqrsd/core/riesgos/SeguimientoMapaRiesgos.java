package co.pqrsd.core.riesgos;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.core.plan.Corte;
import co.pqrsd.core.plan.Evidencia;
import org.jspecify.annotations.Nullable;

/**
 * The follow-up of the corruption risk map at one cut, at the same three cuts as the plan
 * (domain-rules.md R-RSK-13, R-RSK-14): the process leaders' monitoring (controls
 * applied, progress of the treatment actions, evidence) and Control Interno's
 * observations. Published by Control Interno, after which it locks. Immutable.
 */
public final class SeguimientoMapaRiesgos {

	private static final BigDecimal CIEN = BigDecimal.valueOf(100);

	private final Corte corte;

	private final Map<String, Registro> registros;

	private final @Nullable LocalDate publicadoEl;

	private final @Nullable String publicadoPor;

	/**
	 * Monitoring of a risk by the first and second lines (R-RSK-12).
	 *
	 * @param controlesAplicados whether the controls ran as designed in the period
	 * @param avanceAcciones progress of the treatment actions, 0 to 100 %
	 * @param accionesRealizadas what was done
	 * @param evidencias the supporting evidence
	 * @param quien who recorded it
	 * @param cuando when
	 */
	public record Monitoreo(boolean controlesAplicados, BigDecimal avanceAcciones, String accionesRealizadas,
			List<Evidencia> evidencias, String quien, Instant cuando) {

		public Monitoreo {
			if (avanceAcciones.signum() < 0 || avanceAcciones.compareTo(CIEN) > 0) {
				throw new ErrorDominio("AVANCE_INVALIDO", "El avance de las acciones va de 0 a 100 %.",
						Map.of("avance", avanceAcciones));
			}
			evidencias = List.copyOf(evidencias);
		}

	}

	/**
	 * Control Interno's follow-up of a risk (third line).
	 *
	 * @param observaciones the observations, not blank
	 * @param quien the auditor
	 * @param cuando when
	 */
	public record Observacion(String observaciones, String quien, Instant cuando) {

		public Observacion {
			if (observaciones.isBlank()) {
				throw new ErrorDominio("OBSERVACION_VACIA", "Escriba las observaciones del seguimiento.");
			}
		}

	}

	/**
	 * What was recorded for one risk at the cut.
	 *
	 * @param riesgo the risk's code
	 * @param zonaResidual residual zone of the evaluation in force when monitored,
	 * {@code null} before monitoring
	 * @param monitoreo the monitoring, {@code null} while none
	 * @param observacion Control Interno's observation, {@code null} while none
	 */
	public record Registro(String riesgo, @Nullable ZonaRiesgo zonaResidual, @Nullable Monitoreo monitoreo,
			@Nullable Observacion observacion) {
	}

	private SeguimientoMapaRiesgos(Corte corte, Map<String, Registro> registros, @Nullable LocalDate publicadoEl,
			@Nullable String publicadoPor) {
		this.corte = corte;
		this.registros = Collections.unmodifiableMap(new LinkedHashMap<>(registros));
		this.publicadoEl = publicadoEl;
		this.publicadoPor = publicadoPor;
	}

	/** Opens the follow-up of the map's risks at a cut. */
	public static SeguimientoMapaRiesgos abrir(Corte corte, List<Riesgo> riesgos) {
		Map<String, Registro> registros = new LinkedHashMap<>();
		riesgos.forEach(r -> registros.put(r.codigo(), new Registro(r.codigo(), null, null, null)));
		return new SeguimientoMapaRiesgos(corte, registros, null, null);
	}

	/**
	 * Rebuilds a follow-up from what was stored: its records as they were and its
	 * publication, if any. Risks of the map that have no record yet get an empty one.
	 */
	public static SeguimientoMapaRiesgos restaurar(Corte corte, List<Riesgo> riesgos, Map<String, Registro> guardados,
			@Nullable LocalDate publicadoEl, @Nullable String publicadoPor) {
		Map<String, Registro> registros = new LinkedHashMap<>();
		riesgos.forEach(r -> registros.put(r.codigo(),
				guardados.getOrDefault(r.codigo(), new Registro(r.codigo(), null, null, null))));
		return new SeguimientoMapaRiesgos(corte, registros, publicadoEl, publicadoPor);
	}

	public Corte corte() {
		return corte;
	}

	/**
	 * @return one record per risk, in map order.
	 */
	public Map<String, Registro> registros() {
		return registros;
	}

	public @Nullable LocalDate publicadoEl() {
		return publicadoEl;
	}

	public @Nullable String publicadoPor() {
		return publicadoPor;
	}

	/**
	 * Records the monitoring of a risk on its evaluation in force.
	 * @throws ErrorDominio {@code CORTE_PUBLICADO}, {@code RIESGO_DESCONOCIDO},
	 * {@code RIESGO_MATERIALIZADO_SIN_REEVALUAR} (R-RSK-15), {@code RIESGO_SIN_EVALUAR}
	 */
	public SeguimientoMapaRiesgos monitorear(Riesgo riesgo, Monitoreo monitoreo) {
		Registro actual = editable(riesgo.codigo());
		EvaluacionRiesgo vigente = riesgo.exigirEvaluacionVigente();
		return con(new Registro(riesgo.codigo(), vigente.zonaResidual(), monitoreo, actual.observacion()));
	}

	/**
	 * Records Control Interno's observation on a risk.
	 * @throws ErrorDominio {@code CORTE_PUBLICADO}, {@code RIESGO_DESCONOCIDO}
	 */
	public SeguimientoMapaRiesgos observar(String riesgo, Observacion observacion) {
		Registro actual = editable(riesgo);
		return con(new Registro(riesgo, actual.zonaResidual(), actual.monitoreo(), observacion));
	}

	/**
	 * Publishes the follow-up; from then on it does not change.
	 * @throws ErrorDominio {@code CORTE_PUBLICADO}; {@code CORTE_NO_CERRADO} on or before
	 * the cut date
	 */
	public SeguimientoMapaRiesgos publicar(LocalDate hoy, String quien) {
		exigirAbierto();
		if (!hoy.isAfter(corte.fecha())) {
			throw new ErrorDominio("CORTE_NO_CERRADO", "El seguimiento del mapa de riesgos con corte al "
					+ corte.fecha() + " se publica después de esa fecha.", Map.of("corte", corte.fecha().toString()));
		}
		return new SeguimientoMapaRiesgos(corte, registros, hoy, quien);
	}

	/**
	 * @return whether it was published by the cut's deadline.
	 */
	public boolean publicadoATiempo() {
		return publicadoEl != null && !publicadoEl.isAfter(corte.limitePublicacion());
	}

	private Registro editable(String riesgo) {
		exigirAbierto();
		Registro r = registros.get(riesgo);
		if (r == null) {
			throw new ErrorDominio("RIESGO_DESCONOCIDO", "El riesgo " + riesgo + " no está en este seguimiento.",
					Map.of("riesgo", riesgo));
		}
		return r;
	}

	private void exigirAbierto() {
		if (publicadoEl != null) {
			throw new ErrorDominio("CORTE_PUBLICADO",
					"El seguimiento del mapa de riesgos con corte al " + corte.fecha()
							+ " ya fue publicado y no se puede modificar.",
					Map.of("corte", corte.numero(), "vigencia", corte.vigencia()));
		}
	}

	private SeguimientoMapaRiesgos con(Registro registro) {
		Map<String, Registro> nuevos = new LinkedHashMap<>(registros);
		nuevos.put(registro.riesgo(), registro);
		return new SeguimientoMapaRiesgos(corte, nuevos, publicadoEl, publicadoPor);
	}

}
