package co.pqrsd.core.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.pqrsd.core.calendario.CalendarioHabil;
import co.pqrsd.core.comun.ErrorDominio;
import org.jspecify.annotations.Nullable;

/**
 * Control Interno's follow-up of a plan at one cut: the dependencias report progress with
 * evidence, Control Interno verifies it and publishes the cut, which then locks
 * (domain-rules.md §6.3, §6.4). Immutable: every change returns a new instance.
 */
public final class SeguimientoCorte {

	private static final BigDecimal CIEN = BigDecimal.valueOf(100);

	private final Corte corte;

	private final VersionPlan version;

	private final Map<String, RegistroSeguimiento> registros;

	private final @Nullable LocalDate publicadoEl;

	private final @Nullable String publicadoPor;

	private SeguimientoCorte(Corte corte, VersionPlan version, Map<String, RegistroSeguimiento> registros,
			@Nullable LocalDate publicadoEl, @Nullable String publicadoPor) {
		this.corte = corte;
		this.version = version;
		this.registros = Collections.unmodifiableMap(new LinkedHashMap<>(registros));
		this.publicadoEl = publicadoEl;
		this.publicadoPor = publicadoPor;
	}

	/**
	 * Opens the follow-up of a cut on the plan version in force at the cut date
	 * ({@link PlanAnticorrupcion#versionAl}).
	 */
	public static SeguimientoCorte abrir(Corte corte, VersionPlan version) {
		Map<String, RegistroSeguimiento> registros = new LinkedHashMap<>();
		version.actividades().forEach(a -> registros.put(a.codigo(), new RegistroSeguimiento(a.codigo(), null, null)));
		return new SeguimientoCorte(corte, version, registros, null, null);
	}

	public Corte corte() {
		return corte;
	}

	public VersionPlan version() {
		return version;
	}

	/**
	 * @return one record per activity of the version, in plan order.
	 */
	public Map<String, RegistroSeguimiento> registros() {
		return registros;
	}

	public boolean publicado() {
		return publicadoEl != null;
	}

	public @Nullable LocalDate publicadoEl() {
		return publicadoEl;
	}

	public @Nullable String publicadoPor() {
		return publicadoPor;
	}

	/**
	 * @return whether it was published by the deadline (10th business day of the next
	 * month); {@code false} while unpublished
	 */
	public boolean publicadoATiempo() {
		return publicadoEl != null && !publicadoEl.isAfter(corte.limitePublicacion());
	}

	/**
	 * The responsible dependencia reports cumulative progress (first line).
	 * @throws ErrorDominio {@code CORTE_PUBLICADO}, {@code ACTIVIDAD_DESCONOCIDA},
	 * {@code AVANCE_INVALIDO}
	 */
	public SeguimientoCorte reportarAvance(String actividad, RegistroSeguimiento.Avance avance) {
		RegistroSeguimiento actual = editable(actividad, avance.valor());
		return con(new RegistroSeguimiento(actividad, avance, actual.verificado()));
	}

	/**
	 * Control Interno records the verified cumulative progress and its observations
	 * (third line).
	 * @throws ErrorDominio {@code CORTE_PUBLICADO}, {@code ACTIVIDAD_DESCONOCIDA},
	 * {@code AVANCE_INVALIDO}
	 */
	public SeguimientoCorte verificar(String actividad, RegistroSeguimiento.Verificacion verificacion) {
		RegistroSeguimiento actual = editable(actividad, verificacion.valor());
		return con(new RegistroSeguimiento(actividad, actual.reportado(), verificacion));
	}

	/**
	 * Publishes the cut; from then on nothing in it changes.
	 * @param hoy the publication date, after the cut date
	 * @throws ErrorDominio {@code CORTE_PUBLICADO}; {@code CORTE_NO_CERRADO} on or before
	 * the cut date
	 */
	public SeguimientoCorte publicar(LocalDate hoy, String quien) {
		exigirAbierto();
		if (!hoy.isAfter(corte.fecha())) {
			throw new ErrorDominio("CORTE_NO_CERRADO", "El seguimiento con corte al "
					+ LectorFechas.escribir(corte.fecha()) + " se publica después de esa fecha.",
					Map.of("corte", corte.fecha().toString()));
		}
		return new SeguimientoCorte(corte, version, registros, hoy, quien);
	}

	/**
	 * @return the score of the cut from the verified progress
	 */
	public CalificacionPlan calificar(Plantilla plantilla, CalendarioHabil calendario,
			CalificacionPlan.Agregacion agregacion) {
		Map<String, BigDecimal> verificados = new HashMap<>();
		registros.forEach((codigo, r) -> {
			if (r.verificado() != null) {
				verificados.put(codigo, r.verificado().valor());
			}
		});
		return CalificacionPlan.calcular(plantilla, version, corte, verificados, calendario, agregacion);
	}

	/**
	 * @return the activities without Control Interno's verification.
	 */
	public List<String> sinVerificar() {
		return registros.values()
			.stream()
			.filter(r -> r.verificado() == null)
			.map(RegistroSeguimiento::actividad)
			.toList();
	}

	private RegistroSeguimiento editable(String actividad, BigDecimal valor) {
		exigirAbierto();
		Actividad a = version.actividad(actividad);
		if (valor.signum() < 0 || a.meta().unidad() == Meta.Unidad.PORCENTAJE && valor.compareTo(CIEN) > 0) {
			throw new ErrorDominio("AVANCE_INVALIDO",
					"El avance de la actividad " + actividad + " debe estar entre 0 y "
							+ (a.meta().unidad() == Meta.Unidad.PORCENTAJE ? "100 %" : "la cantidad lograda") + ".",
					Map.of("actividad", actividad, "valor", valor));
		}
		return registros.get(actividad);
	}

	private void exigirAbierto() {
		if (publicadoEl != null) {
			throw new ErrorDominio("CORTE_PUBLICADO",
					corte.nombre() + " ya fue publicado el " + LectorFechas.escribir(publicadoEl)
							+ " y no se puede modificar.",
					Map.of("corte", corte.numero(), "vigencia", corte.vigencia()));
		}
	}

	private SeguimientoCorte con(RegistroSeguimiento registro) {
		Map<String, RegistroSeguimiento> nuevos = new LinkedHashMap<>(registros);
		nuevos.put(registro.actividad(), registro);
		return new SeguimientoCorte(corte, version, nuevos, publicadoEl, publicadoPor);
	}

}
