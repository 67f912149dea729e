package co.pqrsd.core.archivo.disposicion;

import java.time.LocalDate;
import java.util.Map;

import co.pqrsd.core.calendario.CalendarioHabil;
import co.pqrsd.core.comun.ConflictoDeEstado;
import co.pqrsd.core.comun.ErrorDominio;
import org.jspecify.annotations.Nullable;

/**
 * The state machine of one disposición final (R-TRD-11). Every step returns the next
 * state or refuses with a stable code; nothing here is automatic.
 */
public record ProcesoDisposicion(EstadoDisposicion estado, @Nullable String actaComite, @Nullable LocalDate fechaComite,
		@Nullable LocalDate publicacionDesde, @Nullable LocalDate publicacionHasta, @Nullable String actaEliminacion,
		@Nullable LocalDate fechaActaEliminacion) {

	/** R-TRD-9: Acuerdo 001 de 2024 art. 4.5.4 num. 2, sesenta (60) días hábiles. */
	public static final int DIAS_HABILES_PUBLICACION = 60;

	public static ProcesoDisposicion nuevo() {
		return new ProcesoDisposicion(EstadoDisposicion.CANDIDATOS, null, null, null, null, null, null);
	}

	/** R-TRD-8: the committee approves the elimination (acta number and date). */
	public ProcesoDisposicion aprobar(String acta, LocalDate fecha, LocalDate hoy) {
		exigir(EstadoDisposicion.CANDIDATOS, "aprobar");
		if (acta.isBlank()) {
			throw new ErrorDominio("ACTA_OBLIGATORIA", "Indique el número del acta del comité.");
		}
		if (fecha.isAfter(hoy)) {
			throw new ErrorDominio("FECHA_FUTURA", "La fecha del acta no puede ser futura.");
		}
		return new ProcesoDisposicion(EstadoDisposicion.APROBADA, acta.strip(), fecha, null, null, null, null);
	}

	/**
	 * R-TRD-9: the inventory is published on the web site for 60 días hábiles starting
	 * {@code hoy}; the period ends on the 60th business day after it.
	 */
	public ProcesoDisposicion publicar(LocalDate hoy, CalendarioHabil calendario) {
		exigir(EstadoDisposicion.APROBADA, "publicar");
		LocalDate hasta = calendario.habilNumero(hoy, DIAS_HABILES_PUBLICACION);
		return new ProcesoDisposicion(EstadoDisposicion.EN_PUBLICACION, actaComite, fechaComite, hoy, hasta, null,
				null);
	}

	/**
	 * @return whether the publication is running on {@code hoy}.
	 */
	public boolean publicacionVigente(LocalDate hoy) {
		return estado == EstadoDisposicion.EN_PUBLICACION && publicacionHasta != null && !hoy.isAfter(publicacionHasta);
	}

	/**
	 * R-TRD-10: after the publication period, and with every observation answered, the
	 * acta de eliminación is signed.
	 * @param observacionesAbiertas observations still without an answer
	 */
	public ProcesoDisposicion firmarActa(String acta, LocalDate hoy, int observacionesAbiertas) {
		antesDeEliminar(hoy, observacionesAbiertas, false);
		if (acta.isBlank()) {
			throw new ErrorDominio("ACTA_OBLIGATORIA", "Indique el número del acta de eliminación.");
		}
		return new ProcesoDisposicion(EstadoDisposicion.ACTA_FIRMADA, actaComite, fechaComite, publicacionDesde,
				publicacionHasta, acta.strip(), hoy);
	}

	/**
	 * R-TRD-10, R-TRD-11: execution only after the acta, never with an open observation.
	 */
	public ProcesoDisposicion ejecutar(LocalDate hoy, int observacionesAbiertas) {
		antesDeEliminar(hoy, observacionesAbiertas, true);
		return new ProcesoDisposicion(EstadoDisposicion.EJECUTADA, actaComite, fechaComite, publicacionDesde,
				publicacionHasta, actaEliminacion, fechaActaEliminacion);
	}

	private void antesDeEliminar(LocalDate hoy, int observacionesAbiertas, boolean ejecutando) {
		switch (estado) {
			case CANDIDATOS -> throw new ConflictoDeEstado("DISPOSICION_NO_APROBADA",
					"El comité no ha aprobado la eliminación (R-TRD-8).");
			case APROBADA -> throw new ConflictoDeEstado("PUBLICACION_PENDIENTE",
					"El inventario no se ha publicado durante 60 días hábiles (R-TRD-9).");
			case EN_PUBLICACION -> {
				if (publicacionVigente(hoy)) {
					throw new ConflictoDeEstado("PUBLICACION_EN_CURSO",
							"El inventario está publicado hasta el " + publicacionHasta
									+ "; no se puede eliminar antes (R-TRD-9).",
							Map.of("publicacionHasta", String.valueOf(publicacionHasta)));
				}
				if (ejecutando) {
					throw new ConflictoDeEstado("ACTA_ELIMINACION_PENDIENTE",
							"Falta el acta de eliminación (R-TRD-10).");
				}
			}
			case ACTA_FIRMADA -> {
				if (!ejecutando) {
					throw new ConflictoDeEstado("DISPOSICION_ESTADO_INVALIDO", "El acta ya fue firmada.");
				}
			}
			case EJECUTADA ->
				throw new ConflictoDeEstado("DISPOSICION_ESTADO_INVALIDO", "La disposición ya fue ejecutada.");
		}
		if (observacionesAbiertas > 0) {
			// R-TRD-11: a pending observation blocks the rows it concerns.
			throw new ConflictoDeEstado("OBSERVACION_PENDIENTE",
					"Hay " + observacionesAbiertas + " observaciones ciudadanas sin responder.",
					Map.of("observaciones", observacionesAbiertas));
		}
	}

	private void exigir(EstadoDisposicion esperado, String paso) {
		if (estado != esperado) {
			throw new ConflictoDeEstado("DISPOSICION_ESTADO_INVALIDO",
					"No se puede " + paso + " una disposición en estado " + estado + ".",
					Map.of("estado", estado.name()));
		}
	}

}
