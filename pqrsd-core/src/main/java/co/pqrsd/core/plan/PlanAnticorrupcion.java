package co.pqrsd.core.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.pqrsd.core.comun.Colombia;
import co.pqrsd.core.comun.ErrorDominio;

/**
 * The plan of one entity and vigencia (PAAC, or PTEP from 2025) with its versions. A
 * draft is edited freely; once published, the plan changes only by a motivated adjustment
 * that creates a new version with who, when and why (domain-rules.md R-PAAC-1, R-PAAC-2).
 * Immutable: every change returns a new instance.
 */
public final class PlanAnticorrupcion {

	private final String entidad;

	private final int vigencia;

	private final Plantilla plantilla;

	private final List<Actividad> borrador;

	private final List<VersionPlan> versiones;

	private PlanAnticorrupcion(String entidad, int vigencia, Plantilla plantilla, List<Actividad> borrador,
			List<VersionPlan> versiones) {
		this.entidad = entidad;
		this.vigencia = vigencia;
		this.plantilla = plantilla;
		this.borrador = List.copyOf(borrador);
		this.versiones = List.copyOf(versiones);
	}

	/**
	 * Creates a draft plan on a template (e.g. {@code Plantillas.porVigencia(vigencia)}).
	 * @throws ErrorDominio {@code COMPONENTE_FUERA_DE_PLANTILLA},
	 * {@code ACTIVIDAD_DUPLICADA}
	 */
	public static PlanAnticorrupcion crear(String entidad, int vigencia, Plantilla plantilla,
			List<Actividad> actividades) {
		validar(plantilla, actividades);
		return new PlanAnticorrupcion(entidad, vigencia, plantilla, actividades, List.of());
	}

	public String entidad() {
		return entidad;
	}

	public int vigencia() {
		return vigencia;
	}

	public Plantilla plantilla() {
		return plantilla;
	}

	/**
	 * @return the published versions, oldest first; empty for a draft.
	 */
	public List<VersionPlan> versiones() {
		return versiones;
	}

	public boolean publicado() {
		return !versiones.isEmpty();
	}

	/**
	 * @return the draft's activities, or those of the version in force once published.
	 */
	public List<Actividad> actividades() {
		return publicado() ? versionVigente().actividades() : borrador;
	}

	/**
	 * Replaces the draft's activities.
	 * @throws ErrorDominio {@code PLAN_PUBLICADO} once published (use {@link #ajustar})
	 */
	public PlanAnticorrupcion conActividades(List<Actividad> actividades) {
		if (publicado()) {
			throw new ErrorDominio("PLAN_PUBLICADO",
					"El plan " + vigencia
							+ " ya está publicado: un cambio se registra como ajuste motivado, con una nueva versión.",
					Map.of("vigencia", vigencia));
		}
		validar(plantilla, actividades);
		return new PlanAnticorrupcion(entidad, vigencia, plantilla, actividades, versiones);
	}

	/**
	 * Publishes the draft as version 1.
	 * @throws ErrorDominio {@code PLAN_PUBLICADO}; {@code PLAN_SIN_ACTIVIDADES}
	 */
	public PlanAnticorrupcion publicar(String quien, Instant ahora) {
		if (publicado()) {
			throw new ErrorDominio("PLAN_PUBLICADO", "El plan " + vigencia + " ya está publicado.",
					Map.of("vigencia", vigencia));
		}
		if (borrador.isEmpty()) {
			throw new ErrorDominio("PLAN_SIN_ACTIVIDADES", "No se publica un plan sin actividades.",
					Map.of("vigencia", vigencia));
		}
		return new PlanAnticorrupcion(entidad, vigencia, plantilla, List.of(),
				List.of(new VersionPlan(1, borrador, ahora, quien, null)));
	}

	/**
	 * Adjusts a published plan: a new version with the motivation (R-PAAC-2).
	 * @throws ErrorDominio {@code PLAN_NO_PUBLICADO}; {@code AJUSTE_SIN_MOTIVO};
	 * {@code AJUSTE_ANTERIOR_A_LA_VERSION} when {@code ahora} is before the version in
	 * force; and the activity checks of {@link #crear}
	 */
	public PlanAnticorrupcion ajustar(List<Actividad> actividades, String motivo, String quien, Instant ahora) {
		VersionPlan vigente = versionVigente();
		if (motivo.isBlank()) {
			throw new ErrorDominio("AJUSTE_SIN_MOTIVO",
					"Un ajuste del plan publicado debe estar motivado: escriba por qué se cambia.",
					Map.of("vigencia", vigencia));
		}
		if (ahora.isBefore(vigente.publicadaEn())) {
			throw new ErrorDominio("AJUSTE_ANTERIOR_A_LA_VERSION",
					"El ajuste no puede ser anterior a la versión " + vigente.numero() + " del plan.",
					Map.of("version", vigente.numero()));
		}
		validar(plantilla, actividades);
		List<VersionPlan> todas = new ArrayList<>(versiones);
		todas.add(new VersionPlan(vigente.numero() + 1, actividades, ahora, quien, motivo.strip()));
		return new PlanAnticorrupcion(entidad, vigencia, plantilla, List.of(), todas);
	}

	/**
	 * @throws ErrorDominio {@code PLAN_NO_PUBLICADO}
	 */
	public VersionPlan versionVigente() {
		if (!publicado()) {
			throw new ErrorDominio("PLAN_NO_PUBLICADO", "El plan " + vigencia + " aún no se ha publicado.",
					Map.of("vigencia", vigencia));
		}
		return versiones.get(versiones.size() - 1);
	}

	/**
	 * @return the version in force at the end of a day in Colombia (e.g. a cut date)
	 * @throws ErrorDominio {@code PLAN_NO_PUBLICADO} when none was published by then
	 */
	public VersionPlan versionAl(LocalDate fecha) {
		Instant fin = fecha.plusDays(1).atStartOfDay(Colombia.ZONA).toInstant();
		VersionPlan encontrada = null;
		for (VersionPlan v : versiones) {
			if (v.publicadaEn().isBefore(fin)) {
				encontrada = v;
			}
		}
		if (encontrada == null) {
			throw new ErrorDominio("PLAN_NO_PUBLICADO",
					"El plan " + vigencia + " no estaba publicado el " + fecha + ".",
					Map.of("vigencia", vigencia, "fecha", fecha.toString()));
		}
		return encontrada;
	}

	/**
	 * @return whether version 1 was published by 31 January of the vigencia, Colombia
	 * time (domain-rules.md R-PAAC-1); {@code false} for a draft
	 */
	public boolean publicadoATiempo() {
		return publicado() && !versiones.get(0)
			.publicadaEn()
			.atZone(Colombia.ZONA)
			.toLocalDate()
			.isAfter(LocalDate.of(vigencia, 1, 31));
	}

	private static void validar(Plantilla plantilla, List<Actividad> actividades) {
		Set<String> codigos = new HashSet<>();
		for (Actividad a : actividades) {
			plantilla.componente(a.componente());
			if (!codigos.add(a.codigo())) {
				throw new ErrorDominio("ACTIVIDAD_DUPLICADA",
						"El código de actividad " + a.codigo() + " está repetido.", Map.of("actividad", a.codigo()));
			}
		}
	}

}
