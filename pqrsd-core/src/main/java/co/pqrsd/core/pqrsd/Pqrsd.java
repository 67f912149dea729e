package co.pqrsd.core.pqrsd;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.core.pqrsd.HechoPqrsd.ConsultaInternaRespondida;
import co.pqrsd.core.pqrsd.HechoPqrsd.ConsultaInternaSolicitada;
import co.pqrsd.core.pqrsd.HechoPqrsd.EnviadaAReparto;
import co.pqrsd.core.pqrsd.HechoPqrsd.InformacionRequerida;
import co.pqrsd.core.pqrsd.HechoPqrsd.NotaRegistrada;
import co.pqrsd.core.pqrsd.HechoPqrsd.PlazoPeticionarioProrrogado;
import co.pqrsd.core.pqrsd.HechoPqrsd.PlazoPeticionarioVencido;
import co.pqrsd.core.pqrsd.HechoPqrsd.PqrsdAsignada;
import co.pqrsd.core.pqrsd.HechoPqrsd.PqrsdCerrada;
import co.pqrsd.core.pqrsd.HechoPqrsd.PqrsdDesistida;
import co.pqrsd.core.pqrsd.HechoPqrsd.PqrsdRadicada;
import co.pqrsd.core.pqrsd.HechoPqrsd.PqrsdReasignada;
import co.pqrsd.core.pqrsd.HechoPqrsd.PqrsdTrasladada;
import co.pqrsd.core.pqrsd.HechoPqrsd.RequerimientoAtendido;
import co.pqrsd.core.pqrsd.HechoPqrsd.RespuestaAprobada;
import co.pqrsd.core.pqrsd.HechoPqrsd.RespuestaComunicada;
import co.pqrsd.core.pqrsd.HechoPqrsd.RespuestaDevuelta;
import co.pqrsd.core.pqrsd.HechoPqrsd.RespuestaProyectada;
import co.pqrsd.core.pqrsd.HechoPqrsd.TareaCreada;
import co.pqrsd.core.pqrsd.HechoPqrsd.TerminoProrrogado;
import co.pqrsd.core.pqrsd.HechoPqrsd.TerminoVencido;
import co.pqrsd.core.terminos.PoliticaTerminos;
import co.pqrsd.core.terminos.Vencimiento;
import org.jspecify.annotations.Nullable;

/**
 * A PQRSD case: an immutable aggregate. Each action is one method that checks, in this
 * order, that the actor may see the case ({@code PQRSD_NO_ENCONTRADA}), that the state
 * allows it ({@code ACCION_NO_PERMITIDA} with the state), that the actor's role allows it
 * ({@code ACCION_NO_AUTORIZADA}) and the law's own limits (specific codes); it then
 * returns the new case and the facts to record. Time is always a parameter
 * ({@code ahora}, read in America/Bogota); dates come from {@link Plazos}. The canonical
 * constructor rebuilds a stored case and checks its invariants.
 *
 * @param radicado the ENTRADA radicado number
 * @param etiqueta the label (statistics)
 * @param modalidad the legal modality (catalogue code), {@code null} for FELICITACION
 * @param canal how it arrived
 * @param anonimo whether the peticionario is unknown
 * @param prioridades priority flags
 * @param pruebaPrioridad summary proof for ATENCION_PRIORITARIA, else {@code null}
 * @param denunciaCorrupcion whether it is a reserved corruption denuncia
 * @param recibido the real reception instant
 * @param dependencia the responsible dependencia
 * @param asignadoA the funcionario handling it, {@code null} while in reparto
 * @param estado the state shown
 * @param etapa the step of the work
 * @param requerimientos the art. 17 requerimientos, oldest first; at most one pending (an
 * open case with one pending is SUSPENDIDA; a withdrawn one may keep it unanswered)
 * @param prorroga the one extension, if granted
 * @param respuesta the drafted answer, if any
 * @param comunicacion the communication of the answer, once done
 * @param consultas the internal consultations, oldest first
 * @param traslado the traslado por competencia, once done
 * @param desistimiento the withdrawal, once done
 * @param venceEntregaCopias last day to deliver the copies after silencio positivo
 * @param advertencias irregularities recorded (late traslado, late answer…)
 * @param historial the accountability timeline, oldest first; the last step is open
 */
public record Pqrsd(String radicado, Etiqueta etiqueta, @Nullable String modalidad, Canal canal, boolean anonimo,
		Set<Prioridad> prioridades, @Nullable String pruebaPrioridad, boolean denunciaCorrupcion,
		OffsetDateTime recibido, String dependencia, @Nullable String asignadoA, EstadoPqrsd estado, Etapa etapa,
		List<Requerimiento> requerimientos, @Nullable Prorroga prorroga, @Nullable Respuesta respuesta,
		@Nullable Comunicacion comunicacion, List<ConsultaInterna> consultas, @Nullable Traslado traslado,
		@Nullable Desistimiento desistimiento, @Nullable LocalDate venceEntregaCopias, List<Advertencia> advertencias,
		List<Paso> historial) {

	public Pqrsd {
		prioridades = Set.copyOf(prioridades);
		requerimientos = List.copyOf(requerimientos);
		consultas = List.copyOf(consultas);
		advertencias = List.copyOf(advertencias);
		historial = List.copyOf(historial);
		if ((modalidad == null) == etiqueta.tieneTermino()) {
			throw new IllegalArgumentException("Solo la felicitación carece de modalidad con término");
		}
		long pendientes = requerimientos.stream().filter(Requerimiento::pendiente).count();
		if (pendientes > 1 || (estado.abierta() && (pendientes == 1) != (estado == EstadoPqrsd.SUSPENDIDA))) {
			throw new IllegalArgumentException("Abierta y suspendida si y solo si hay un requerimiento pendiente");
		}
		if (historial.isEmpty()) {
			throw new IllegalArgumentException("El historial empieza con la radicación");
		}
	}

	/**
	 * Opens a case on an ENTRADA radicado (state RADICADA). With PELIGRO_INMINENTE it
	 * also opens the urgent-measures task at once (Ley 1755 de 2015, art. 20 par.).
	 * @throws ErrorDominio {@code MODALIDAD_REQUERIDA}, {@code MODALIDAD_NO_APLICABLE},
	 * {@code MODALIDAD_DESCONOCIDA}, {@code PRUEBA_SUMARIA_REQUERIDA}
	 */
	public static Resultado radicar(SolicitudPqrsd s, Plazos plazos, Instant ahora) {
		String modalidad = s.modalidad();
		if (s.etiqueta().tieneTermino() && modalidad == null) {
			throw new ErrorDominio("MODALIDAD_REQUERIDA",
					"Indique la modalidad legal (general, documentos, consulta…): de ella depende el término "
							+ "(Ley 1437 de 2011, art. 14, sustituido por la Ley 1755 de 2015).");
		}
		if (!s.etiqueta().tieneTermino() && modalidad != null) {
			throw new ErrorDominio("MODALIDAD_NO_APLICABLE", "Una felicitación no tiene término legal ni modalidad.",
					Map.of("modalidad", modalidad));
		}
		if (modalidad != null && !NormasPqrsd.esModalidadDePeticion(modalidad)) {
			throw new ErrorDominio("MODALIDAD_NO_APLICABLE",
					"'" + modalidad
							+ "' es un plazo del procedimiento, no una modalidad de petición. Modalidades: GENERAL, "
							+ "DOCUMENTOS, CONSULTA, ENTRE_AUTORIDADES o las que defina la entidad.",
					Map.of("modalidad", modalidad));
		}
		if (s.prioridades().contains(Prioridad.ATENCION_PRIORITARIA)
				&& (s.pruebaPrioridad() == null || s.pruebaPrioridad().isBlank())) {
			// Ley 1755 de 2015, art. 20: the right and the risk must be proved "al menos
			// sumariamente".
			throw new ErrorDominio("PRUEBA_SUMARIA_REQUERIDA",
					"La atención prioritaria exige prueba, al menos "
							+ "sumaria, del derecho fundamental y del perjuicio irremediable ("
							+ Prioridad.ATENCION_PRIORITARIA.fundamento() + ").");
		}
		if (s.radicado().isBlank() || s.dependencia().isBlank()) {
			throw new IllegalArgumentException("Radicado y dependencia son obligatorios");
		}
		Pqrsd caso = new Pqrsd(s.radicado(), s.etiqueta(), modalidad, s.canal(), s.anonimo(), s.prioridades(),
				s.pruebaPrioridad(), s.denunciaCorrupcion(), s.recibido(), s.dependencia(), null, EstadoPqrsd.RADICADA,
				Etapa.REPARTO, List.of(), null, null, null, List.of(), null, null, null, List.of(),
				List.of(new Paso(EstadoPqrsd.RADICADA, Etapa.REPARTO, s.dependencia(), null, s.recibido().toInstant(),
						null, "Radicación")));
		LocalDate vence = plazos.fechaVencimiento(caso).orElse(null);
		List<HechoPqrsd> hechos = new ArrayList<>();
		hechos.add(new PqrsdRadicada(s.radicado(), ahora, s.etiqueta(), modalidad, s.dependencia(), vence));
		if (s.prioridades().contains(Prioridad.PELIGRO_INMINENTE)) {
			hechos.add(new TareaCreada(s.radicado(), ahora, new Tarea(Tarea.Tipo.MEDIDAS_URGENTES, s.dependencia(),
					null, null, Prioridad.PELIGRO_INMINENTE.fundamento())));
		}
		return new Resultado(caso, hechos);
	}

	/**
	 * RADICADA → EN_REPARTO: the dependencia's jefe (or repartidor) gets the reparto
	 * task.
	 */
	public Resultado enviarAReparto(Actor actor, Plazos plazos, Instant ahora) {
		ReglasAccion.exigir(Accion.ENVIAR_A_REPARTO, this, actor, plazos, ahora);
		Pqrsd nuevo = cambio().paso(EstadoPqrsd.EN_REPARTO, Etapa.REPARTO, dependencia, null, ahora, "Reparto").crear();
		return new Resultado(nuevo, List.of(new EnviadaAReparto(radicado, ahora, dependencia)));
	}

	/**
	 * Assigns (or reassigns) a funcionario of the same dependencia.
	 * @param usuario the funcionario's login, never blank
	 * @throws ErrorDominio {@code FUNCIONARIO_YA_ASIGNADO} besides the common codes
	 */
	public Resultado asignar(String usuario, Actor actor, Plazos plazos, Instant ahora) {
		ReglasAccion.exigir(Accion.ASIGNAR, this, actor, plazos, ahora);
		requerido(usuario, "USUARIO_REQUERIDO", "Indique el funcionario a quien se asigna.");
		if (usuario.equals(asignadoA)) {
			throw new ErrorDominio("FUNCIONARIO_YA_ASIGNADO", "La PQRSD ya está asignada a " + usuario + ".",
					Map.of("usuario", usuario));
		}
		Pqrsd nuevo = cambio().paso(estadoPara(Etapa.TRAMITE), Etapa.TRAMITE, dependencia, usuario, ahora, "Asignación")
			.crear();
		return new Resultado(nuevo, List.of(new PqrsdAsignada(radicado, ahora, usuario, asignadoA, actor.usuario())));
	}

	/**
	 * Sends the case to another dependencia of the same alcaldía: not a traslado under
	 * art. 21, so the clock keeps running from the original radicación (domain-rules
	 * R-PQ-30).
	 * @throws ErrorDominio {@code MOTIVO_REQUERIDO}, {@code DEPENDENCIA_IGUAL} besides
	 * the common codes
	 */
	public Resultado reasignar(String nuevaDependencia, String motivo, Actor actor, Plazos plazos, Instant ahora) {
		ReglasAccion.exigir(Accion.REASIGNAR, this, actor, plazos, ahora);
		requerido(motivo, "MOTIVO_REQUERIDO", "Indique el motivo de la reasignación.");
		if (nuevaDependencia.equals(dependencia)) {
			throw new ErrorDominio("DEPENDENCIA_IGUAL", "La PQRSD ya está en la dependencia " + dependencia + ".",
					Map.of("dependencia", dependencia));
		}
		CambioPqrsd c = cambio();
		c.dependencia = nuevaDependencia;
		Pqrsd nuevo = c.paso(estadoPara(Etapa.REPARTO), Etapa.REPARTO, nuevaDependencia, null, ahora, "Reasignación")
			.crear();
		return new Resultado(nuevo,
				List.of(new PqrsdReasignada(radicado, ahora, dependencia, nuevaDependencia, motivo, actor.usuario())));
	}

	/** Records a note on the case; the state does not change. */
	public Resultado registrarNota(String texto, Actor actor, Plazos plazos, Instant ahora) {
		ReglasAccion.exigir(Accion.REGISTRAR_NOTA, this, actor, plazos, ahora);
		requerido(texto, "TEXTO_REQUERIDO", "La nota no puede estar vacía.");
		return new Resultado(this, List.of(new NotaRegistrada(radicado, ahora, actor.usuario(), texto)));
	}

	/**
	 * Opens an internal consultation to another dependencia, a sub-task with its own due
	 * date. It does not stop the legal clock, so its date can be no later than the case's
	 * deadline.
	 * @param vence the internal due date: a business day from today up to the deadline
	 * @throws ErrorDominio {@code CONSULTA_INTERNA_FECHA_INVALIDA},
	 * {@code DEPENDENCIA_IGUAL}
	 */
	public Resultado consultarDependencia(String consultada, String pregunta, LocalDate vence, Actor actor,
			Plazos plazos, Instant ahora) {
		ReglasAccion.exigir(Accion.CONSULTAR_DEPENDENCIA, this, actor, plazos, ahora);
		requerido(pregunta, "TEXTO_REQUERIDO", "Indique qué se consulta.");
		if (consultada.equals(dependencia)) {
			throw new ErrorDominio("DEPENDENCIA_IGUAL", "La consulta interna es a otra dependencia.",
					Map.of("dependencia", dependencia));
		}
		LocalDate hoy = Plazos.fecha(ahora);
		LocalDate limite = estado.vencida() ? null : plazos.fechaVencimiento(this).orElse(null);
		if (vence.isBefore(hoy) || !plazos.calendario().esHabil(vence) || (limite != null && vence.isAfter(limite))) {
			throw new ErrorDominio("CONSULTA_INTERNA_FECHA_INVALIDA",
					"La fecha interna (" + vence + ") debe ser un día hábil entre hoy y el vencimiento de la petición"
							+ (limite == null ? "" : " (" + limite + ")") + ": la consulta no suspende el término.",
					Map.of("vence", vence.toString()));
		}
		ConsultaInterna consulta = new ConsultaInterna(consultas.size() + 1, consultada, pregunta, actor.usuario(), hoy,
				vence, null, null, null);
		CambioPqrsd c = cambio();
		c.consultas.add(consulta);
		return new Resultado(c.crear(),
				List.of(new ConsultaInternaSolicitada(radicado, ahora, consulta),
						new TareaCreada(radicado, ahora, new Tarea(Tarea.Tipo.RESPONDER_CONSULTA_INTERNA, consultada,
								null, vence, "Consulta interna de la dependencia " + dependencia))));
	}

	/**
	 * Records the consulted dependencia's answer.
	 * @throws ErrorDominio {@code CONSULTA_INTERNA_INEXISTENTE} when the number is not a
	 * pending consultation to one of the actor's dependencias
	 */
	public Resultado responderConsulta(int numero, String texto, Actor actor, Plazos plazos, Instant ahora) {
		ReglasAccion.exigir(Accion.RESPONDER_CONSULTA, this, actor, plazos, ahora);
		requerido(texto, "TEXTO_REQUERIDO", "La respuesta a la consulta no puede estar vacía.");
		ConsultaInterna consulta = consultas.stream()
			.filter(k -> k.numero() == numero && k.pendiente() && actor.dependencias().contains(k.dependencia()))
			.findFirst()
			.orElseThrow(() -> new ErrorDominio("CONSULTA_INTERNA_INEXISTENTE",
					"No hay una consulta interna pendiente número " + numero + " para su dependencia.",
					Map.of("numero", numero)));
		ConsultaInterna respondida = consulta.respondida(texto, actor.usuario(), Plazos.fecha(ahora));
		CambioPqrsd c = cambio();
		c.consultas.set(numero - 1, respondida);
		return new Resultado(c.crear(), List.of(new ConsultaInternaRespondida(radicado, ahora, respondida)));
	}

	/**
	 * Drafts the answer. With the dependencia's approval step on, it goes to the jefe
	 * (EN_APROBACION); otherwise it is ready to be communicated.
	 * @param requiereAprobacion the dependencia's setting
	 */
	public Resultado proyectarRespuesta(String texto, boolean requiereAprobacion, Actor actor, Plazos plazos,
			Instant ahora) {
		ReglasAccion.exigir(Accion.PROYECTAR_RESPUESTA, this, actor, plazos, ahora);
		requerido(texto, "TEXTO_REQUERIDO", "La respuesta no puede estar vacía.");
		Etapa siguiente = requiereAprobacion ? Etapa.APROBACION : Etapa.COMUNICACION;
		CambioPqrsd c = cambio();
		c.respuesta = new Respuesta(texto, actor.usuario(), ahora, requiereAprobacion, null, null);
		Pqrsd nuevo = c.paso(estadoPara(siguiente), siguiente, dependencia, asignadoA, ahora, "Respuesta proyectada")
			.crear();
		return new Resultado(nuevo,
				List.of(new RespuestaProyectada(radicado, ahora, actor.usuario(), requiereAprobacion)));
	}

	/** The jefe approves the drafted answer; it can then be communicated. */
	public Resultado aprobarRespuesta(String observaciones, Actor actor, Plazos plazos, Instant ahora) {
		ReglasAccion.exigir(Accion.APROBAR_RESPUESTA, this, actor, plazos, ahora);
		Respuesta r = Objects.requireNonNull(respuesta);
		CambioPqrsd c = cambio();
		c.respuesta = new Respuesta(r.texto(), r.proyectadaPor(), r.proyectadaEn(), true, actor.usuario(), ahora);
		Pqrsd nuevo = c
			.paso(estadoPara(Etapa.COMUNICACION), Etapa.COMUNICACION, dependencia, asignadoA, ahora,
					"Respuesta aprobada")
			.crear();
		return new Resultado(nuevo, List.of(new RespuestaAprobada(radicado, ahora, actor.usuario(), observaciones)));
	}

	/**
	 * The jefe returns the draft to the funcionario with his observations.
	 * @throws ErrorDominio {@code OBSERVACIONES_REQUERIDAS}
	 */
	public Resultado devolverRespuesta(String observaciones, Actor actor, Plazos plazos, Instant ahora) {
		ReglasAccion.exigir(Accion.DEVOLVER_RESPUESTA, this, actor, plazos, ahora);
		requerido(observaciones, "OBSERVACIONES_REQUERIDAS", "Indique qué debe corregirse.");
		Pqrsd nuevo = cambio()
			.paso(estadoPara(Etapa.TRAMITE), Etapa.TRAMITE, dependencia, asignadoA, ahora, "Respuesta devuelta")
			.crear();
		return new Resultado(nuevo, List.of(new RespuestaDevuelta(radicado, ahora, actor.usuario(), observaciones)));
	}

	/**
	 * Records the communication of the approved answer: the term is satisfied now, at the
	 * communication date, not at the signature (Corte Constitucional T-149 de 2013). For
	 * an anonymous filing the answer is published and the window computed. A late answer
	 * records {@code RESPUESTA_EXTEMPORANEA} (Ley 1437 de 2011, art. 31).
	 * @param radicadoSalida the SALIDA radicado of the answer
	 * @param medio the channel used (for an anonymous filing, the publication)
	 */
	public Resultado comunicarRespuesta(String radicadoSalida, String medio, Actor actor, Plazos plazos,
			Instant ahora) {
		ReglasAccion.exigir(Accion.COMUNICAR_RESPUESTA, this, actor, plazos, ahora);
		requerido(radicadoSalida, "RADICADO_SALIDA_REQUERIDO", "La respuesta se comunica con un radicado de salida.");
		LocalDate hoy = Plazos.fecha(ahora);
		LocalDate vence = plazos.fechaVencimiento(this).orElse(null);
		boolean oportuna = vence == null || !hoy.isAfter(vence);
		PublicacionAnonima publicacion = anonimo ? plazos.publicacion(hoy) : null;
		Comunicacion comunicacion = new Comunicacion(radicadoSalida, medio, ahora, hoy, vence, oportuna,
				plazos.diasHabilesUsados(this, hoy), publicacion);
		CambioPqrsd c = cambio();
		c.comunicacion = comunicacion;
		List<HechoPqrsd> hechos = new ArrayList<>();
		hechos.add(new RespuestaComunicada(radicado, ahora, comunicacion));
		if (!oportuna) {
			// Ley 1437 de 2011, art. 31: missing the term is a disciplinary fault.
			hechos.add(c.advertir("RESPUESTA_EXTEMPORANEA", "La respuesta se comunicó el " + hoy
					+ ", después del vencimiento del " + vence + " (Ley 1437 de 2011, art. 31).", ahora));
		}
		if (venceEntregaCopias != null && hoy.isAfter(venceEntregaCopias)) {
			hechos.add(c.advertir("ENTREGA_COPIAS_EXTEMPORANEA",
					"Las copias se entregaron el " + hoy + "; debían entregarse a más tardar el " + venceEntregaCopias
							+ " (Ley 1437 de 2011, art. 14 num. 1).",
					ahora));
		}
		Pqrsd nuevo = c
			.paso(EstadoPqrsd.RESPONDIDA, Etapa.FINALIZADA, dependencia, asignadoA, ahora, "Respuesta comunicada")
			.crear();
		return new Resultado(nuevo, hechos);
	}

	/**
	 * Sends the petition to the competent authority (Ley 1755 de 2015, art. 21): within 5
	 * días after reception, or at once for a verbal petition. Late is recorded as
	 * {@code TRASLADO_EXTEMPORANEO}, never refused: the traslado is still owed. Ends the
	 * case for the entity as TRASLADADA.
	 * @param radicadoOficio the SALIDA radicado of the oficio remisorio (a copy goes to
	 * the peticionario)
	 */
	public Resultado trasladar(String entidad, String motivo, String radicadoOficio, Actor actor, Plazos plazos,
			Instant ahora) {
		ReglasAccion.exigir(Accion.TRASLADAR, this, actor, plazos, ahora);
		requerido(entidad, "ENTIDAD_REQUERIDA", "Indique la autoridad competente.");
		requerido(motivo, "MOTIVO_REQUERIDO", "Indique por qué la entidad no es competente.");
		requerido(radicadoOficio, "RADICADO_SALIDA_REQUERIDO", "El traslado se hace con un oficio remisorio radicado.");
		LocalDate hoy = Plazos.fecha(ahora);
		LocalDate limite = plazos.limiteTraslado(this);
		Traslado traslado = new Traslado(entidad, motivo, radicadoOficio, hoy, limite, hoy.isAfter(limite));
		CambioPqrsd c = cambio();
		c.traslado = traslado;
		List<HechoPqrsd> hechos = new ArrayList<>();
		hechos.add(new PqrsdTrasladada(radicado, ahora, traslado));
		if (traslado.extemporaneo()) {
			hechos.add(c.advertir("TRASLADO_EXTEMPORANEO",
					"El traslado por competencia se hizo el " + hoy + "; debía hacerse a más tardar el " + limite
							+ (canal.verbal() ? " (petición verbal: de inmediato)"
									: " (5 días siguientes a la recepción)")
							+ " (Ley 1437 de 2011, art. 21, sustituido por la Ley 1755 de 2015).",
					ahora));
		}
		Pqrsd nuevo = c.paso(EstadoPqrsd.TRASLADADA, Etapa.FINALIZADA, dependencia, asignadoA, ahora, "Traslado")
			.crear();
		return new Resultado(nuevo, hechos);
	}

	/**
	 * Asks the peticionario to complete the petition (Ley 1755 de 2015, art. 17): only
	 * within 10 días after radicación; the clock stops from the day after (the
	 * requerimiento's own day counts).
	 * @param plazoPeticionario the last day he is given, at most one calendar month
	 * ("término máximo"); {@code null} gives the whole month
	 * @throws ErrorDominio {@code REQUERIMIENTO_EXTEMPORANEO},
	 * {@code REQUERIMIENTO_TRAS_PRORROGA}, {@code PLAZO_PETICIONARIO_INVALIDO}
	 */
	public Resultado requerirInformacion(String solicitud, @Nullable LocalDate plazoPeticionario, Actor actor,
			Plazos plazos, Instant ahora) {
		ReglasAccion.exigir(Accion.REQUERIR_INFORMACION, this, actor, plazos, ahora);
		requerido(solicitud, "TEXTO_REQUERIDO", "Indique qué debe aportar el peticionario.");
		LocalDate hoy = Plazos.fecha(ahora);
		LocalDate maximo = plazos.plazoMaximoPeticionario(hoy);
		LocalDate plazo = plazoPeticionario == null ? maximo : plazoPeticionario;
		if (!plazo.isAfter(hoy) || plazo.isAfter(maximo) || !plazos.calendario().esHabil(plazo)) {
			throw new ErrorDominio("PLAZO_PETICIONARIO_INVALIDO",
					"El plazo del peticionario (" + plazo
							+ ") debe ser un día hábil posterior a hoy y no mayor a un mes: a más tardar el " + maximo
							+ " (" + ReglasAccion.ART_17 + ").",
					Map.of("plazoMaximo", maximo.toString()));
		}
		Requerimiento r = new Requerimiento(solicitud, hoy, plazo, plazo, false, null, false);
		CambioPqrsd c = cambio();
		c.requerimientos.add(r);
		Pqrsd nuevo = c.paso(EstadoPqrsd.SUSPENDIDA, etapa, dependencia, asignadoA, ahora, "Requerimiento").crear();
		return new Resultado(nuevo, List.of(new InformacionRequerida(radicado, ahora, r)));
	}

	/**
	 * Grants the peticionario's one extension, asked before his plazo ends, "hasta por un
	 * término igual" (Ley 1755 de 2015, art. 17).
	 * @param nuevoPlazo the new last day; {@code null} gives the whole extension
	 * @throws ErrorDominio {@code PRORROGA_PETICIONARIO_EXTEMPORANEA},
	 * {@code PRORROGA_PETICIONARIO_YA_CONCEDIDA},
	 * {@code PRORROGA_PETICIONARIO_EXCEDE_TOPE}
	 */
	public Resultado prorrogarPlazoPeticionario(@Nullable LocalDate nuevoPlazo, Actor actor, Plazos plazos,
			Instant ahora) {
		ReglasAccion.exigir(Accion.PRORROGAR_PLAZO_PETICIONARIO, this, actor, plazos, ahora);
		Requerimiento r = ReglasAccion.requerimientoPendiente(this);
		LocalDate tope = plazos.topeProrrogaPeticionario(r);
		LocalDate plazo = nuevoPlazo == null ? tope : nuevoPlazo;
		if (!plazo.isAfter(r.plazo()) || plazo.isAfter(tope) || !plazos.calendario().esHabil(plazo)) {
			throw new ErrorDominio("PRORROGA_PETICIONARIO_EXCEDE_TOPE",
					"El nuevo plazo (" + plazo + ") debe ser un día hábil posterior al " + r.plazo() + " y no mayor al "
							+ tope + ": la prórroga es hasta por un término igual (" + ReglasAccion.ART_17 + ").",
					Map.of("tope", tope.toString()));
		}
		Requerimiento prorrogado = r.prorrogadoHasta(plazo);
		CambioPqrsd c = cambio();
		c.requerimientos.set(requerimientos.indexOf(r), prorrogado);
		return new Resultado(c.crear(), List.of(new PlazoPeticionarioProrrogado(radicado, ahora, prorrogado)));
	}

	/**
	 * The peticionario provided what was asked: the clock runs again from the next day,
	 * resuming the remaining days or restarting the whole term as the entity's policy
	 * says (Ley 1755 de 2015, art. 17; domain-rules R-PQ-13). An answer after his plazo
	 * but before the act of desistimiento is accepted and recorded as
	 * {@code RESPUESTA_REQUERIMIENTO_EXTEMPORANEA}.
	 */
	public Resultado registrarRespuestaPeticionario(String texto, Actor actor, Plazos plazos, Instant ahora) {
		ReglasAccion.exigir(Accion.REGISTRAR_RESPUESTA_PETICIONARIO, this, actor, plazos, ahora);
		requerido(texto, "TEXTO_REQUERIDO", "Registre lo aportado por el peticionario.");
		LocalDate hoy = Plazos.fecha(ahora);
		Requerimiento r = ReglasAccion.requerimientoPendiente(this);
		Requerimiento atendido = r.respondidoEl(hoy);
		CambioPqrsd c = cambio();
		c.requerimientos.set(requerimientos.indexOf(r), atendido);
		List<HechoPqrsd> hechos = new ArrayList<>();
		if (hoy.isAfter(r.plazo())) {
			hechos.add(c.advertir("RESPUESTA_REQUERIMIENTO_EXTEMPORANEA",
					"El peticionario respondió el " + hoy + ", vencido su plazo del " + r.plazo()
							+ "; se acepta porque aún no se había decretado el desistimiento (" + ReglasAccion.ART_17
							+ ").",
					ahora));
		}
		Pqrsd nuevo = c.paso(estadoDeEtapa(etapa), etapa, dependencia, asignadoA, ahora, "Respuesta del peticionario")
			.crear();
		Vencimiento v = plazos.vencimiento(nuevo).orElseThrow();
		String politica = plazos.motor()
			.politica()
			.reanudacion() == PoliticaTerminos.Reanudacion.REANUDAR_DIAS_RESTANTES
					? "Se reanudan los días restantes desde el día siguiente a la respuesta"
					: "Se reinicia el término completo desde el día siguiente a la respuesta";
		hechos.add(0, new RequerimientoAtendido(radicado, ahora, atendido, Objects.requireNonNull(v.fecha()),
				politica + " (" + ReglasAccion.ART_17 + ")."));
		return new Resultado(nuevo, hechos);
	}

	/**
	 * At the end of the peticionario's plazo without an answer: opens the task to decree
	 * the desistimiento tácito by motivated act; the case is not closed by itself (Ley
	 * 1755 de 2015, art. 17; domain-rules R-PQ-14).
	 * @throws ErrorDominio {@code DESISTIMIENTO_TACITO_PREMATURO} before the plazo ends
	 */
	public Resultado vencerPlazoPeticionario(Actor actor, Plazos plazos, Instant ahora) {
		ReglasAccion.exigir(Accion.VENCER_PLAZO_PETICIONARIO, this, actor, plazos, ahora);
		Requerimiento r = ReglasAccion.requerimientoPendiente(this);
		CambioPqrsd c = cambio();
		c.requerimientos.set(requerimientos.indexOf(r), r.vencido());
		return new Resultado(c.crear(),
				List.of(new PlazoPeticionarioVencido(radicado, ahora, r),
						new TareaCreada(radicado, ahora,
								new Tarea(Tarea.Tipo.DECRETAR_DESISTIMIENTO, dependencia, null, null,
										ReglasAccion.ART_17
												+ ": acto administrativo motivado, notificado personalmente, contra el "
												+ "que solo procede recurso de reposición"))));
	}

	/**
	 * Decrees the desistimiento tácito by a motivated administrative act, notified
	 * personally and open only to recurso de reposición (Ley 1755 de 2015, art. 17). The
	 * peticionario may file the petition again.
	 * @param acto the act's number, e.g. "Resolución 045 del 2026-03-20"
	 * @param motivacion its reasons
	 * @throws ErrorDominio {@code ACTO_MOTIVADO_REQUERIDO},
	 * {@code DESISTIMIENTO_TACITO_PREMATURO}
	 */
	public Resultado decretarDesistimientoTacito(String acto, String motivacion, Actor actor, Plazos plazos,
			Instant ahora) {
		ReglasAccion.exigir(Accion.DECRETAR_DESISTIMIENTO_TACITO, this, actor, plazos, ahora);
		if (acto.isBlank() || motivacion.isBlank()) {
			throw new ErrorDominio("ACTO_MOTIVADO_REQUERIDO", "El desistimiento tácito se decreta mediante acto "
					+ "administrativo motivado: indique su número y su motivación (" + ReglasAccion.ART_17 + ").");
		}
		return desistir(new Desistimiento(Desistimiento.Tipo.TACITO, acto, motivacion, Plazos.fecha(ahora),
				ReglasAccion.ART_17 + ": se notifica personalmente; solo procede recurso de reposición; la solicitud "
						+ "puede presentarse de nuevo"),
				ahora);
	}

	/**
	 * The peticionario withdraws (Ley 1755 de 2015, art. 18), at any time.
	 * @param documento the radicado of his written withdrawal (or of the record of a
	 * verbal one)
	 * @throws ErrorDominio {@code DOCUMENTO_REQUERIDO}
	 */
	public Resultado registrarDesistimientoExpreso(String documento, String manifestacion, Actor actor, Plazos plazos,
			Instant ahora) {
		ReglasAccion.exigir(Accion.REGISTRAR_DESISTIMIENTO_EXPRESO, this, actor, plazos, ahora);
		requerido(documento, "DOCUMENTO_REQUERIDO", "Indique el radicado de la manifestación de desistimiento.");
		return desistir(new Desistimiento(Desistimiento.Tipo.EXPRESO, documento, manifestacion, Plazos.fecha(ahora),
				"Ley 1437 de 2011, art. 18 (sustituido por la Ley 1755 de 2015)"), ahora);
	}

	/**
	 * Extends the term once (Ley 1755 de 2015, art. 14 parágrafo): told to the
	 * peticionario before the deadline ({@code ahora} is that moment), with the reasons
	 * and a new business day no later than double the original term. The
	 * {@link TerminoProrrogado} fact carries what he must be told.
	 * @throws ErrorDominio {@code PRORROGA_EXTEMPORANEA}, {@code PRORROGA_YA_CONCEDIDA},
	 * {@code PRORROGA_EXCEDE_TOPE}, {@code PRORROGA_TERMINO_SUSPENDIDO},
	 * {@code PRORROGA_NO_PERMITIDA}, {@code PRORROGA_FECHA_INVALIDA},
	 * {@code PRORROGA_DIA_NO_HABIL}, {@code MOTIVO_REQUERIDO}
	 */
	public Resultado prorrogar(String motivo, LocalDate nuevaFecha, Actor actor, Plazos plazos, Instant ahora) {
		ReglasAccion.exigir(Accion.PRORROGAR, this, actor, plazos, ahora);
		requerido(motivo, "MOTIVO_REQUERIDO",
				"La prórroga debe expresar los motivos de la demora (" + ReglasAccion.ART_14_PAR + ").");
		Vencimiento original = plazos.vencimiento(this).orElseThrow();
		Vencimiento prorrogado;
		try {
			prorrogado = plazos.motor().prorrogar(original, nuevaFecha, Plazos.enColombia(ahora), motivo);
		}
		catch (ErrorDominio e) {
			if (e.codigo().equals("PRORROGA_EXCEDE_DOBLE")) {
				throw new ErrorDominio("PRORROGA_EXCEDE_TOPE", e.getMessage(), e.parametros());
			}
			throw e;
		}
		Vencimiento.Prorroga p = Objects.requireNonNull(prorrogado.prorroga());
		Prorroga prorroga = new Prorroga(p.fechaOriginal(), nuevaFecha, p.tope(), p.informadaEn(), motivo);
		CambioPqrsd c = cambio();
		c.prorroga = prorroga;
		return new Resultado(c.crear(), List.of(new TerminoProrrogado(radicado, ahora, prorroga)));
	}

	/**
	 * At the end of the deadline (from midnight, Ley 4 de 1913 art. 59) without an
	 * answer: VENCIDA, still open (CPACA art. 83); or, for a modality with silencio
	 * positivo (requests for documents), VENCIDA_SILENCIO_POSITIVO with the task to
	 * deliver the copies within 3 días (Ley 1755 de 2015, art. 14 num. 1).
	 * @throws ErrorDominio {@code TERMINO_NO_VENCIDO} before the deadline ends
	 */
	public Resultado vencer(Actor actor, Plazos plazos, Instant ahora) {
		ReglasAccion.exigir(Accion.VENCER, this, actor, plazos, ahora);
		LocalDate vence = plazos.fechaVencimiento(this).orElseThrow();
		var tarea = plazos.tareaSilencioPositivo(this, vence);
		CambioPqrsd c = cambio();
		List<HechoPqrsd> hechos = new ArrayList<>();
		hechos.add(new TerminoVencido(radicado, ahora, vence, tarea.isPresent()));
		if (tarea.isPresent()) {
			c.venceEntregaCopias = tarea.get().vence();
			hechos.add(new TareaCreada(radicado, ahora, tarea.get()));
		}
		EstadoPqrsd nuevoEstado = tarea.isPresent() ? EstadoPqrsd.VENCIDA_SILENCIO_POSITIVO : EstadoPqrsd.VENCIDA;
		return new Resultado(c.paso(nuevoEstado, etapa, dependencia, asignadoA, ahora, "Vencimiento").crear(), hechos);
	}

	/**
	 * Archives a case already answered, transferred or withdrawn (a FELICITACION may be
	 * closed at any time). An answer to an anonymous filing must first complete its
	 * publication.
	 * @throws ErrorDominio {@code CIERRE_ANTES_DE_NOTIFICACION}
	 */
	public Resultado cerrar(Actor actor, Plazos plazos, Instant ahora) {
		ReglasAccion.exigir(Accion.CERRAR, this, actor, plazos, ahora);
		Pqrsd nuevo = cambio().paso(EstadoPqrsd.CERRADA, Etapa.FINALIZADA, dependencia, asignadoA, ahora, "Cierre")
			.crear();
		return new Resultado(nuevo, List.of(new PqrsdCerrada(radicado, ahora, estado)));
	}

	/**
	 * @return the pending requerimiento, if any.
	 */
	public Optional<Requerimiento> requerimientoPendiente() {
		return requerimientos.stream().filter(Requerimiento::pendiente).findFirst();
	}

	private Resultado desistir(Desistimiento d, Instant ahora) {
		CambioPqrsd c = cambio();
		c.desistimiento = d;
		Pqrsd nuevo = c.paso(EstadoPqrsd.DESISTIDA, Etapa.FINALIZADA, dependencia, asignadoA, ahora, "Desistimiento")
			.crear();
		return new Resultado(nuevo, List.of(new PqrsdDesistida(radicado, ahora, d)));
	}

	/** The state that shows a step, unless expiry or a requerimiento overlays it. */
	private EstadoPqrsd estadoPara(Etapa nueva) {
		return estado.vencida() || estado == EstadoPqrsd.SUSPENDIDA ? estado : estadoDeEtapa(nueva);
	}

	private static EstadoPqrsd estadoDeEtapa(Etapa etapa) {
		return switch (etapa) {
			case REPARTO -> EstadoPqrsd.EN_REPARTO;
			case TRAMITE -> EstadoPqrsd.EN_TRAMITE;
			case APROBACION, COMUNICACION -> EstadoPqrsd.EN_APROBACION;
			case FINALIZADA -> throw new IllegalStateException("Sin estado abierto para una etapa finalizada");
		};
	}

	private static void requerido(String valor, String codigo, String mensaje) {
		if (valor.isBlank()) {
			throw new ErrorDominio(codigo, mensaje);
		}
	}

	private CambioPqrsd cambio() {
		return new CambioPqrsd(this);
	}

}
