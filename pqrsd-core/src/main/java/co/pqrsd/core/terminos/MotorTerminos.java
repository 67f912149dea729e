package co.pqrsd.core.terminos;

import co.pqrsd.core.comun.Colombia;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.pqrsd.core.calendario.CalendarioHabil;
import co.pqrsd.core.calendario.MotivoNoHabil;
import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.core.terminos.PasoExplicacion.Tipo;
import org.jspecify.annotations.Nullable;

/**
 * Computes legal deadlines as Colombian law counts them, each with its explanation.
 * Immutable and thread-safe.
 */
public final class MotorTerminos {

	/** The domain's time zone, whatever the machine's (no daylight saving time). */
	public static final ZoneId ZONA = Colombia.ZONA;

	private static final String FUENTE_ART_17 = "Ley 1437 de 2011, art. 17 (sustituido por la Ley 1755 de 2015)";

	private final CalendarioHabil calendario;

	private final CatalogoTerminos catalogo;

	private final PoliticaTerminos politica;

	public MotorTerminos(CalendarioHabil calendario, CatalogoTerminos catalogo, PoliticaTerminos politica) {
		this.calendario = calendario;
		this.catalogo = catalogo;
		this.politica = politica;
	}

	public CalendarioHabil calendario() {
		return calendario;
	}

	public CatalogoTerminos catalogo() {
		return catalogo;
	}

	public PoliticaTerminos politica() {
		return politica;
	}

	/**
	 * The deadline alone, without explanation: the hot path for lists, alerts and
	 * benchmarks.
	 * @throws ErrorDominio for an unknown modality
	 */
	public LocalDate fechaVencimiento(String modalidad, Instant recibido) {
		LocalDateTime local = LocalDateTime.ofInstant(recibido, ZONA);
		ReglaTermino regla = catalogo.regla(modalidad, local.toLocalDate());
		LocalDate base = base(local);
		if (regla.unidad() == UnidadTermino.HABILES) {
			// Ley 1755 de 2015, art. 14: day 1 is the first business day after reception.
			return calendario.habilNumero(base, regla.termino());
		}
		return calendario.habilOSiguiente(base.plusMonths(regla.termino()));
	}

	/** The deadline with its explanation, for a petition without requerimientos. */
	public Vencimiento calcular(String modalidad, OffsetDateTime recibido) {
		return calcular(modalidad, recibido, List.of());
	}

	/**
	 * The deadline with its explanation.
	 * @param recibido the real reception instant (electronic filings keep theirs, CPACA
	 * art. 15 par. 1)
	 * @param suspensiones requerimientos of art. 17 that stop the clock, in any order
	 * @throws ErrorDominio for an unknown modality or a date outside the calendar
	 */
	public Vencimiento calcular(String modalidad, OffsetDateTime recibido, List<Suspension> suspensiones) {
		OffsetDateTime enBogota = recibido.atZoneSameInstant(ZONA).toOffsetDateTime();
		ReglaTermino regla = catalogo.regla(modalidad, enBogota.toLocalDate());
		List<PasoExplicacion> pasos = new ArrayList<>();
		LocalDate base = base(enBogota.toLocalDateTime());
		pasos.add(new PasoExplicacion(enBogota.toLocalDate(), Tipo.RECEPCION, 0,
				"Recibida el " + enBogota.toLocalDate() + " a las " + enBogota.toLocalTime().withNano(0)
						+ " (hora de Colombia). Modalidad " + regla.nombre() + ": " + regla.descripcionTermino() + " — "
						+ regla.fundamento() + "."));
		notaPolitica(enBogota.toLocalDateTime(), base, pasos);
		List<Suspension> ordenadas = new ArrayList<>(suspensiones);
		ordenadas.sort(Comparator.comparing(Suspension::requerido));
		LocalDate fecha = regla.unidad() == UnidadTermino.HABILES
				? contarHabiles(base, regla.termino(), ordenadas, pasos) : contarMeses(base, regla, pasos);
		return new Vencimiento(regla, enBogota, base, fecha, ordenadas, null, pasos);
	}

	/**
	 * Extends a term (Ley 1755 de 2015, art. 14 parágrafo): only once, only when informed
	 * before the deadline, and never beyond double the original term counted from the
	 * original start.
	 * @throws ErrorDominio {@code PRORROGA_NO_PERMITIDA}, {@code PRORROGA_YA_CONCEDIDA},
	 * {@code PRORROGA_TERMINO_SUSPENDIDO}, {@code PRORROGA_EXTEMPORANEA},
	 * {@code PRORROGA_FECHA_INVALIDA}, {@code PRORROGA_DIA_NO_HABIL} or
	 * {@code PRORROGA_EXCEDE_DOBLE}
	 */
	public Vencimiento prorrogar(Vencimiento original, LocalDate nuevaFecha, OffsetDateTime informadaEn,
			String motivo) {
		ReglaTermino regla = original.regla();
		if (!regla.admiteProrroga()) {
			throw new ErrorDominio("PRORROGA_NO_PERMITIDA",
					"El término de la modalidad " + regla.nombre() + " no admite prórroga.");
		}
		if (original.prorrogado()) {
			// Ley 1755 de 2015, art. 14 parágrafo: one "plazo razonable"; no chain of
			// extensions.
			throw new ErrorDominio("PRORROGA_YA_CONCEDIDA", "Este término ya fue prorrogado una vez; la ley no "
					+ "contempla prórrogas sucesivas (Ley 1755 de 2015, art. 14 parágrafo).");
		}
		LocalDate vence = original.fecha();
		if (vence == null) {
			throw new ErrorDominio("PRORROGA_TERMINO_SUSPENDIDO",
					"El término está suspendido por un requerimiento pendiente; no se puede prorrogar.");
		}
		LocalDate informada = informadaEn.atZoneSameInstant(ZONA).toLocalDate();
		if (informada.isAfter(vence)) {
			// Ley 1755 de 2015, art. 14 parágrafo: the petitioner is informed "antes del
			// vencimiento del término".
			throw new ErrorDominio("PRORROGA_EXTEMPORANEA",
					"La prórroga debe informarse antes del vencimiento. " + "El término venció el " + vence
							+ " y la prórroga se informó el " + informada + " (Ley 1755 de 2015, art. 14 parágrafo).",
					Map.of("vencimiento", vence.toString()));
		}
		if (!nuevaFecha.isAfter(vence)) {
			throw new ErrorDominio("PRORROGA_FECHA_INVALIDA",
					"La nueva fecha (" + nuevaFecha + ") debe ser posterior al vencimiento actual (" + vence + ").");
		}
		if (!calendario.esHabil(nuevaFecha)) {
			throw new ErrorDominio("PRORROGA_DIA_NO_HABIL", "La nueva fecha (" + nuevaFecha + ") no es día hábil: "
					+ calendario.motivo(nuevaFecha).map(MotivoNoHabil::descripcion).orElse("") + ".");
		}
		LocalDate tope = regla.unidad() == UnidadTermino.HABILES
				? contarHabiles(original.base(), 2 * regla.termino(), original.suspensiones(), new ArrayList<>())
				// Ley 1755 de 2015, art. 17: the citizen's month can be extended once
				// "hasta por un término igual".
				: calendario.habilOSiguiente(original.base().plusMonths(2L * regla.termino()));
		if (tope == null || nuevaFecha.isAfter(tope)) {
			throw new ErrorDominio("PRORROGA_EXCEDE_DOBLE",
					"La nueva fecha (" + nuevaFecha
							+ ") excede el doble del término inicialmente previsto; la fecha máxima es " + tope
							+ " (Ley 1755 de 2015, art. 14 parágrafo).",
					Map.of("fechaMaxima", String.valueOf(tope)));
		}
		List<PasoExplicacion> pasos = new ArrayList<>(original.explicacion());
		pasos.add(new PasoExplicacion(informada, Tipo.NOTA, 0,
				"Prórroga informada al peticionario el " + informada + ": " + motivo + ". Máximo legal: " + tope
						+ " (doble del término, Ley 1755 de 2015, art. 14 parágrafo)."));
		pasos.add(new PasoExplicacion(nuevaFecha, Tipo.VENCIMIENTO, 0, "Nuevo vencimiento por prórroga."));
		return new Vencimiento(regla, original.recibido(), original.base(), nuevaFecha, original.suspensiones(),
				new Vencimiento.Prorroga(vence, tope, informadaEn, motivo), pasos);
	}

	private LocalDate base(LocalDateTime recibido) {
		LocalDate fecha = recibido.toLocalDate();
		if (!politica.fueraDeHorarioAlDiaSiguiente()) {
			return fecha;
		}
		boolean fueraDeHorario = !calendario.esHabil(fecha)
				|| !recibido.toLocalTime().isBefore(calendario.jornada().cierre());
		return fueraDeHorario ? calendario.siguienteHabil(fecha) : fecha;
	}

	private void notaPolitica(LocalDateTime recibido, LocalDate base, List<PasoExplicacion> pasos) {
		if (!politica.fueraDeHorarioAlDiaSiguiente()) {
			return;
		}
		String texto = base.equals(recibido.toLocalDate())
				? "Política de la entidad: lo recibido fuera del horario de atención se tiene por recibido el día "
						+ "hábil siguiente. Esta petición llegó dentro del horario; no cambia el conteo."
				: "Política de la entidad: recibida fuera del horario de atención (cierre "
						+ calendario.jornada().cierre() + ") o en día no hábil; se tiene por recibida el " + base
						+ ". La ley conserva la fecha real (CPACA, arts. 5 num. 1 y 15 par. 1).";
		pasos.add(new PasoExplicacion(base, Tipo.NOTA, 0, texto));
	}

	/**
	 * @return the deadline, or {@code null} when a pending requerimiento stops the clock.
	 */
	private @Nullable LocalDate contarHabiles(LocalDate base, int termino, List<Suspension> suspensiones,
			List<PasoExplicacion> pasos) {
		int contados = 0;
		LocalDate dia = base;
		@Nullable Suspension reiniciadaPor = null;
		while (contados < termino) {
			dia = dia.plusDays(1);
			Optional<MotivoNoHabil> motivo = calendario.motivo(dia);
			Optional<Suspension> detenida = suspensionEn(suspensiones, dia);
			if (detenida.isPresent() && detenida.get().pendiente()) {
				pasos.add(new PasoExplicacion(dia, Tipo.NOTA, 0,
						"Término suspendido desde el " + dia + ": requerimiento del " + detenida.get().requerido()
								+ " pendiente de respuesta del " + "peticionario (" + FUENTE_ART_17
								+ "). Días hábiles ya contados: " + contados + "."));
				return null;
			}
			if (motivo.isPresent()) {
				pasos.add(new PasoExplicacion(dia, Tipo.OMITIDO, 0, motivo.get().descripcion()));
				continue;
			}
			if (detenida.isPresent()) {
				pasos.add(new PasoExplicacion(dia, Tipo.OMITIDO, 0,
						"Término suspendido: requerimiento del " + detenida.get().requerido() + ", respondido el "
								+ detenida.get().respondido() + " (" + FUENTE_ART_17 + ")."));
				continue;
			}
			Suspension recienRespondida = respondidaJustoAntes(suspensiones, dia);
			if (recienRespondida != null && recienRespondida != reiniciadaPor
					&& politica.reanudacion() == PoliticaTerminos.Reanudacion.REINICIAR_TERMINO_COMPLETO) {
				reiniciadaPor = recienRespondida;
				contados = 0;
				pasos.add(new PasoExplicacion(dia, Tipo.NOTA, 0, "Política de la entidad: el término se reinicia "
						+ "completo desde el día siguiente a la respuesta del peticionario (" + FUENTE_ART_17 + ")."));
			}
			contados++;
			pasos.add(new PasoExplicacion(dia, contados == termino ? Tipo.VENCIMIENTO : Tipo.CONTADO, contados,
					"Día hábil " + contados + " de " + termino + (contados == termino ? " — vence a la medianoche" : "")
							+ "."));
		}
		return dia;
	}

	private LocalDate contarMeses(LocalDate base, ReglaTermino regla, List<PasoExplicacion> pasos) {
		LocalDate calendarioFin = base.plusMonths(regla.termino());
		pasos.add(new PasoExplicacion(calendarioFin, Tipo.NOTA, 0, "Término en meses: corre en el calendario del "
				+ base + " al " + calendarioFin + " (Ley 4 de 1913, arts. 59 y 62)."));
		LocalDate dia = calendarioFin;
		Optional<MotivoNoHabil> motivo;
		while ((motivo = calendario.motivo(dia)).isPresent()) {
			pasos.add(new PasoExplicacion(dia, Tipo.OMITIDO, 0, motivo.get().descripcion()
					+ "; el término se extiende al siguiente día hábil (Ley 4 de 1913, art. 62)."));
			dia = dia.plusDays(1);
		}
		pasos.add(new PasoExplicacion(dia, Tipo.VENCIMIENTO, 0, "Vence a la medianoche."));
		return dia;
	}

	private static Optional<Suspension> suspensionEn(List<Suspension> suspensiones, LocalDate dia) {
		for (Suspension s : suspensiones) {
			if (s.detiene(dia)) {
				return Optional.of(s);
			}
		}
		return Optional.empty();
	}

	/**
	 * @return the latest requerimiento already answered before that day, if any.
	 */
	private static @Nullable Suspension respondidaJustoAntes(List<Suspension> suspensiones, LocalDate dia) {
		Suspension ultima = null;
		for (Suspension s : suspensiones) {
			if (s.respondido() != null && s.respondido().isBefore(dia)) {
				ultima = s;
			}
		}
		return ultima;
	}

}
