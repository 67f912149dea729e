package co.pqrsd.core.pqrsd;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import co.pqrsd.core.calendario.CalendarioHabil;
import co.pqrsd.core.comun.Colombia;
import co.pqrsd.core.terminos.MotorTerminos;
import co.pqrsd.core.terminos.PasoExplicacion;
import co.pqrsd.core.terminos.Semaforo;
import co.pqrsd.core.terminos.Suspension;
import co.pqrsd.core.terminos.UnidadTermino;
import co.pqrsd.core.terminos.Vencimiento;

/**
 * Every date of a case as pure computation over the terms engine and the entity's
 * calendar. Nothing is stored: a calendar change (a closure declared or revoked) builds a
 * new instance and every date follows, except a prórroga's date, fixed once told to the
 * peticionario. Immutable and thread-safe.
 */
public final class Plazos {

	private final MotorTerminos motor;

	private final Semaforo semaforo;

	private final NormasPqrsd normas;

	public Plazos(MotorTerminos motor, Semaforo semaforo, NormasPqrsd normas) {
		this.motor = motor;
		this.semaforo = semaforo;
		this.normas = normas;
	}

	public MotorTerminos motor() {
		return motor;
	}

	public CalendarioHabil calendario() {
		return motor.calendario();
	}

	public Semaforo semaforo() {
		return semaforo;
	}

	public NormasPqrsd normas() {
		return normas;
	}

	/**
	 * @return the term of the case with its explanation: computed from the real reception
	 * instant, the requerimientos (stopped days; restart or resume per the entity's
	 * policy, Ley 1755 de 2015 art. 17) and the prórroga (art. 14 par.); empty without a
	 * legal term (FELICITACION).
	 */
	public Optional<Vencimiento> vencimiento(Pqrsd caso) {
		String modalidad = caso.modalidad();
		if (modalidad == null) {
			return Optional.empty();
		}
		List<Suspension> suspensiones = caso.requerimientos().stream().map(Requerimiento::suspension).toList();
		Vencimiento legal = motor.calcular(modalidad, caso.recibido(), suspensiones);
		Prorroga p = caso.prorroga();
		if (p == null || legal.fecha() == null) {
			return Optional.of(legal);
		}
		List<PasoExplicacion> pasos = new ArrayList<>(legal.explicacion());
		LocalDate informada = p.informadaEn().atZoneSameInstant(Colombia.ZONA).toLocalDate();
		pasos.add(new PasoExplicacion(informada, PasoExplicacion.Tipo.NOTA, 0,
				"Prórroga informada al peticionario el " + informada + ": " + p.motivo() + ". Vencimiento anterior: "
						+ p.fechaOriginal() + "; máximo legal: " + p.tope()
						+ " (doble del término, Ley 1755 de 2015, art. 14 parágrafo)."));
		pasos.add(new PasoExplicacion(p.nuevaFecha(), PasoExplicacion.Tipo.VENCIMIENTO, 0,
				"Nuevo vencimiento por prórroga — vence a la medianoche."));
		return Optional
			.of(new Vencimiento(legal.regla(), legal.recibido(), legal.base(), p.nuevaFecha(), legal.suspensiones(),
					new Vencimiento.Prorroga(p.fechaOriginal(), p.tope(), p.informadaEn(), p.motivo()), pasos));
	}

	/**
	 * @return the current deadline, or empty without a term or while the clock is
	 * stopped.
	 */
	public Optional<LocalDate> fechaVencimiento(Pqrsd caso) {
		String modalidad = caso.modalidad();
		if (modalidad != null && caso.requerimientos().isEmpty()) {
			// Hot path for lists: no explanation needed, the same count
			// (MotorTerminos#fechaVencimiento).
			Prorroga p = caso.prorroga();
			return Optional
				.of(p != null ? p.nuevaFecha() : motor.fechaVencimiento(modalidad, caso.recibido().toInstant()));
		}
		return vencimiento(caso).map(Vencimiento::fecha);
	}

	/**
	 * @return the deadline, semáforo and business days left of the case on {@code hoy}.
	 */
	public SituacionTermino situacion(Pqrsd caso, LocalDate hoy) {
		Optional<Vencimiento> v = vencimiento(caso);
		if (v.isEmpty()) {
			return new SituacionTermino(null, null, 0, List.of());
		}
		Vencimiento vencimiento = v.get();
		if (!caso.estado().abierta()) {
			return new SituacionTermino(vencimiento.fecha(), null, 0, vencimiento.explicacion());
		}
		Semaforo.Estado estado = semaforo.evaluar(vencimiento, hoy, calendario());
		int restantes = estado.color() == Semaforo.Color.VENCIDO ? 0 : estado.restantes();
		return new SituacionTermino(vencimiento.fecha(), estado.color(), restantes, vencimiento.explicacion());
	}

	/**
	 * The same as {@link #situacion} without the explanation, for lists and counters over
	 * many cases (the bandeja): a case without requerimientos skips the day-by-day
	 * explanation.
	 * @return the deadline, semáforo and business days left on {@code hoy}; the
	 * explanation is empty
	 */
	public SituacionTermino situacionResumida(Pqrsd caso, LocalDate hoy) {
		String modalidad = caso.modalidad();
		if (modalidad == null || !caso.requerimientos().isEmpty()) {
			SituacionTermino s = situacion(caso, hoy);
			return new SituacionTermino(s.vencimiento(), s.color(), s.diasHabilesRestantes(), List.of());
		}
		LocalDate fecha = fechaVencimiento(caso).orElseThrow();
		if (!caso.estado().abierta()) {
			return new SituacionTermino(fecha, null, 0, List.of());
		}
		OffsetDateTime recibido = caso.recibido().atZoneSameInstant(Colombia.ZONA).toOffsetDateTime();
		var regla = motor.catalogo().regla(modalidad, recibido.toLocalDate());
		Prorroga p = caso.prorroga();
		Vencimiento ligero = new Vencimiento(regla, recibido, inicioDelConteo(recibido), fecha, List.of(),
				p == null ? null : new Vencimiento.Prorroga(p.fechaOriginal(), p.tope(), p.informadaEn(), p.motivo()),
				List.of());
		Semaforo.Estado estado = semaforo.evaluar(ligero, hoy, calendario());
		int restantes = estado.color() == Semaforo.Color.VENCIDO ? 0 : estado.restantes();
		return new SituacionTermino(fecha, estado.color(), restantes, List.of());
	}

	/**
	 * The day the count starts after, as {@link MotorTerminos} takes it: the reception
	 * date, or the next business day under the entity's after-hours policy.
	 */
	private LocalDate inicioDelConteo(OffsetDateTime recibido) {
		LocalDate fecha = recibido.toLocalDate();
		if (!motor.politica().fueraDeHorarioAlDiaSiguiente()) {
			return fecha;
		}
		boolean fuera = !calendario().esHabil(fecha)
				|| !recibido.toLocalTime().isBefore(calendario().jornada().cierre());
		return fuera ? calendario().siguienteHabil(fecha) : fecha;
	}

	/**
	 * @return the business days counted from radicación up to and including
	 * {@code hasta}, the days stopped by requerimientos excluded.
	 */
	public int diasHabilesUsados(Pqrsd caso, LocalDate hasta) {
		Vencimiento v = vencimiento(caso).orElse(null);
		LocalDate base = v != null ? v.base() : caso.recibido().atZoneSameInstant(Colombia.ZONA).toLocalDate();
		int dias = calendario().habilesEntre(base, hasta);
		for (Requerimiento r : caso.requerimientos()) {
			LocalDate fin = r.respondidoEn() == null || r.respondidoEn().isAfter(hasta) ? hasta : r.respondidoEn();
			dias -= calendario().habilesEntre(r.requeridoEn(), fin);
		}
		return Math.max(0, dias);
	}

	/**
	 * @return the last day for a traslado por competencia: 5 días after reception, or the
	 * reception day itself when the peticionario acted verbally ("de inmediato") (Ley
	 * 1755 de 2015, art. 21).
	 */
	public LocalDate limiteTraslado(Pqrsd caso) {
		if (caso.canal().verbal()) {
			return caso.recibido().atZoneSameInstant(Colombia.ZONA).toLocalDate();
		}
		return motor.calcular(NormasPqrsd.TRASLADO, caso.recibido()).fecha();
	}

	/**
	 * @return the last day to send a requerimiento: 10 días after radicación (Ley 1755 de
	 * 2015, art. 17).
	 */
	public LocalDate limiteRequerimiento(Pqrsd caso) {
		return motor.calcular(NormasPqrsd.REQUERIMIENTO, caso.recibido()).fecha();
	}

	/**
	 * @return the longest plazo the peticionario can be given: one calendar month from
	 * the requerimiento, moved to the next business day (Ley 1755 de 2015, art. 17; Ley 4
	 * de 1913, art. 62).
	 */
	public LocalDate plazoMaximoPeticionario(LocalDate requeridoEn) {
		return motor
			.calcular(NormasPqrsd.RESPUESTA_REQUERIMIENTO, requeridoEn.atStartOfDay(Colombia.ZONA).toOffsetDateTime())
			.fecha();
	}

	/**
	 * @return the latest date his one extension "hasta por un término igual" can reach:
	 * as much time again as first granted (a month more when he was given the month) (Ley
	 * 1755 de 2015, art. 17).
	 */
	public LocalDate topeProrrogaPeticionario(Requerimiento r) {
		LocalDate mes = plazoMaximoPeticionario(r.requeridoEn());
		if (r.plazoConcedido().equals(mes)) {
			var regla = motor.catalogo().regla(NormasPqrsd.RESPUESTA_REQUERIMIENTO, r.requeridoEn());
			return calendario().habilOSiguiente(r.requeridoEn().plusMonths(2L * regla.termino()));
		}
		long dias = ChronoUnit.DAYS.between(r.requeridoEn(), r.plazoConcedido());
		return calendario().habilOSiguiente(r.plazoConcedido().plusDays(dias));
	}

	/**
	 * @return the last day to deliver the copies after silencio positivo, counted in
	 * business days after the deadline; empty when the modality has no silencio positivo.
	 */
	public Optional<Tarea> tareaSilencioPositivo(Pqrsd caso, LocalDate vencimiento) {
		String modalidad = caso.modalidad();
		if (modalidad == null) {
			return Optional.empty();
		}
		LocalDate recibido = caso.recibido().atZoneSameInstant(Colombia.ZONA).toLocalDate();
		return normas.silencioPositivo(modalidad, recibido).map(s -> {
			int dias = motor.catalogo().regla(s.plazoTarea(), recibido).termino();
			return new Tarea(s.tarea(), caso.dependencia(), caso.asignadoA(),
					calendario().habilNumero(vencimiento, dias), s.fundamento());
		});
	}

	/**
	 * @return the publication window of an answer to an anonymous filing published on
	 * {@code desde} (Ley 1437 de 2011, art. 69, by analogy).
	 */
	public PublicacionAnonima publicacion(LocalDate desde) {
		NormasPqrsd.PlazoProcedimiento p = normas.plazo(NormasPqrsd.PUBLICACION_ANONIMO, desde);
		LocalDate retiro = p.unidad() == UnidadTermino.HABILES ? calendario().habilNumero(desde, p.plazo())
				: calendario().habilOSiguiente(desde.plusMonths(p.plazo()));
		return new PublicacionAnonima(desde, retiro, calendario().siguienteHabil(retiro), p.fundamento());
	}

	/**
	 * @return the instant the office opens on that day, in Colombia.
	 */
	Instant apertura(LocalDate dia) {
		return dia.atTime(calendario().jornada().apertura()).atZone(Colombia.ZONA).toInstant();
	}

	/**
	 * @return midnight at the end of that day (a term "de días" ends then, Ley 4 de 1913,
	 * art. 59).
	 */
	static Instant finDelDia(LocalDate dia) {
		return dia.plusDays(1).atStartOfDay(Colombia.ZONA).toInstant();
	}

	static LocalDate fecha(Instant instante) {
		return LocalDate.ofInstant(instante, Colombia.ZONA);
	}

	static OffsetDateTime enColombia(Instant instante) {
		return instante.atZone(Colombia.ZONA).toOffsetDateTime();
	}

}
