package co.pqrsd.server.pqrsd;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.core.pqrsd.Actor;
import co.pqrsd.core.pqrsd.Canal;
import co.pqrsd.core.pqrsd.EstadoPqrsd;
import co.pqrsd.core.pqrsd.Etiqueta;
import co.pqrsd.core.pqrsd.HechoPqrsd;
import co.pqrsd.core.pqrsd.Plazos;
import co.pqrsd.core.pqrsd.Pqrsd;
import co.pqrsd.core.pqrsd.Prioridad;
import co.pqrsd.core.pqrsd.Resultado;
import co.pqrsd.core.pqrsd.SolicitudPqrsd;
import co.pqrsd.core.terminos.PasoExplicacion;
import co.pqrsd.core.terminos.Vencimiento;
import co.pqrsd.server.auditoria.AccionAuditoria;
import co.pqrsd.server.auditoria.Auditoria;
import co.pqrsd.server.comun.Conflicto;
import co.pqrsd.server.comun.NoEncontrado;
import co.pqrsd.server.radicacion.EntradasRadicacion;
import co.pqrsd.server.seguridad.Dependencias;
import co.pqrsd.server.seguridad.Rol;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The citizen's channels (web form, public API, e-mail): a filing becomes an ENTRADA
 * radicado and a PQRSD in RADICADA state, with no process yet, that waits for the
 * ventanilla's classification (label, modality, dependencia); the classification sends it
 * to the dependencia's reparto and starts its process.
 */
@Service
public class PqrsdCiudadano {

	/** The system account that radicates what citizens file (V22__ciudadano.sql). */
	static final String USUARIO_CANAL = "canal.ciudadano";

	/**
	 * Until the ventanilla classifies it, a filing runs the general term: the default of
	 * Ley 1437 de 2011, art. 14 (sustituido por la Ley 1755 de 2015).
	 */
	static final String MODALIDAD_PROVISIONAL = "GENERAL";

	private final ServicioPqrsd servicio;

	private final PqrsdRepository repositorio;

	private final ClasificacionRepositorio clasificaciones;

	private final EntradasRadicacion entradas;

	private final Dependencias dependencias;

	private final Auditoria auditoria;

	private final ApplicationEventPublisher eventos;

	private final java.time.Clock reloj;

	private final String receptora;

	private final AutorizacionesDatos autorizaciones;

	private final java.util.concurrent.atomic.AtomicBoolean usuarioCanalListo = new java.util.concurrent.atomic.AtomicBoolean();

	PqrsdCiudadano(ServicioPqrsd servicio, PqrsdRepository repositorio, ClasificacionRepositorio clasificaciones,
			EntradasRadicacion entradas, Dependencias dependencias, Auditoria auditoria,
			ApplicationEventPublisher eventos, java.time.Clock reloj, AutorizacionesDatos autorizaciones,
			@Value("${pqrsd.ciudadano.dependencia-receptora:1}") String receptora) {
		this.autorizaciones = autorizaciones;
		this.servicio = servicio;
		this.repositorio = repositorio;
		this.clasificaciones = clasificaciones;
		this.entradas = entradas;
		this.dependencias = dependencias;
		this.auditoria = auditoria;
		this.eventos = eventos;
		this.reloj = reloj;
		this.receptora = receptora;
	}

	/** What a citizen files on the web form, the public API or by e-mail. */
	public record Solicitud(@Nullable String etiqueta, String asunto, @Nullable String descripcion, String canal,
			EntradasRadicacion.Peticionario peticionario, @Nullable String canalRespuesta,
			List<EntradasRadicacion.Adjunto> adjuntos, boolean denunciaCorrupcion, @Nullable String origenId) {

		public Solicitud {
			adjuntos = List.copyOf(adjuntos);
		}

	}

	/**
	 * @param vencimiento the last day of the term (the general one until the ventanilla
	 * classifies it), {@code null} for a FELICITACION
	 * @param explicacionVencimiento how the deadline was counted, in Spanish
	 * @param nueva false when {@code origenId} had already been filed (the first filing
	 * is returned)
	 */
	public record Radicada(String radicado, OffsetDateTime fechaRadicacion, @Nullable LocalDate vencimiento,
			String explicacionVencimiento, boolean nueva) {
	}

	/**
	 * The data-protection consent shown on the form or sent through the public API (Ley
	 * 1581 de 2012, art. 9: prior, express and informed authorization, kept so that it
	 * can be proven).
	 *
	 * @param autoriza whether the peticionario authorized the processing of his data
	 * @param politica the version or address of the entity's policy he was shown
	 */
	public record AutorizacionDatos(boolean autoriza, String politica) {
	}

	/**
	 * An ENTRADA radicado and a PQRSD in RADICADA state awaiting the ventanilla's
	 * classification, as the system user, in one transaction.
	 * @throws ErrorDominio for a refused label, canal, answer channel or attachment
	 */
	@Transactional
	public Radicada radicar(Solicitud s) {
		Validada v = validar(s);
		String origen = s.origenId() == null || s.origenId().isBlank() ? null : s.origenId().strip();
		if (origen != null) {
			clasificaciones.bloquearOrigen(origen);
			Optional<String> previo = clasificaciones.radicadoDeOrigen(origen);
			if (previo.isPresent()) {
				Pqrsd caso = repositorio.buscar(previo.get()).orElseThrow();
				return radicada(caso, servicio.plazos(), false);
			}
		}
		asegurarUsuarioCanal();
		// The attachments pass radicación's type and size rules when the ENTRADA is
		// radicated with them (EntradasRadicacion.exigirAdmisibles' checks), inside this
		// transaction: a refused file leaves nothing written.
		EntradasRadicacion.Entrada entrada = entradas.radicarEntrada(nuevaEntrada(s, v), s.adjuntos(), usuarioCanal());
		Plazos plazos = servicio.plazos();
		return radicada(guardar(s, v, entrada, origen, null, plazos), plazos, true);
	}

	/**
	 * As {@link #radicar(Solicitud)} for the web form and the public API, committed by
	 * radicación's combiner (many filings share one commit, each in its own savepoint, as
	 * POST /api/v1/pqrsd): the ENTRADA with its attachments, the case, its consent and
	 * audit trail, and what {@code conRadicado} writes (the consultation code), all or
	 * nothing; a failed filing does not affect the others of its batch.
	 * @param autorizacion the data-protection consent, {@code null} when not asked (an
	 * anonymous filing)
	 * @param admitir runs once the filing is valid and before anything is written (the
	 * rate limits); what it throws is thrown as is
	 * @param conRadicado runs in the filing's savepoint with the new radicado; it must
	 * only write (the batch waits for it)
	 * @throws ErrorDominio for a refused label, answer channel or attachment, or without
	 * the object of the petition
	 */
	public Radicada radicarCombinado(Solicitud s, @Nullable AutorizacionDatos autorizacion, Runnable admitir,
			java.util.function.Consumer<String> conRadicado) {
		if (s.origenId() != null) {
			throw new IllegalArgumentException("Una solicitud con origen externo se radica con radicar(Solicitud)");
		}
		Validada v = validar(s);
		admitir.run();
		asegurarUsuarioCanal();
		Plazos plazos = servicio.plazos();
		Pqrsd caso = entradas.radicarEntradaCombinada(nuevaEntrada(s, v), s.adjuntos(), usuarioCanal(), entrada -> {
			Pqrsd guardado = guardar(s, v, entrada, null, autorizacion, plazos);
			conRadicado.accept(guardado.radicado());
			return guardado;
		});
		// The deadline's explanation after the commit, outside the shared transaction.
		return radicada(caso, plazos, true);
	}

	private record Validada(Etiqueta etiqueta, Canal canal, SolicitudCreacion.@Nullable CanalRespuesta canalRespuesta) {
	}

	private Validada validar(Solicitud s) {
		Etiqueta indicada = etiqueta(s.etiqueta());
		// Without a label the ventanilla classifies it; until then it is a petición.
		Etiqueta etiqueta = indicada == null ? Etiqueta.PETICION : indicada;
		Canal canal = canal(s.canal());
		SolicitudCreacion.CanalRespuesta canalRespuesta = canalRespuesta(s.canalRespuesta());
		if (s.asunto() == null || s.asunto().isBlank()) {
			// Ley 1437 de 2011, art. 16 par. 2: only the object of the petition is
			// required.
			throw new ErrorDominio("PQRSD_OBJETO_REQUERIDO",
					"Escriba el objeto de su petición: es el único dato obligatorio.", Map.of("campo", "asunto"));
		}
		return new Validada(etiqueta, canal, canalRespuesta);
	}

	private EntradasRadicacion.NuevaEntrada nuevaEntrada(Solicitud s, Validada v) {
		return new EntradasRadicacion.NuevaEntrada(s.asunto().strip(), s.descripcion(), receptora, v.canal().name(),
				s.peticionario());
	}

	private void asegurarUsuarioCanal() {
		if (!usuarioCanalListo.get() && clasificaciones.asegurarUsuarioCanal(USUARIO_CANAL, reloj.instant())) {
			usuarioCanalListo.set(true);
		}
	}

	private UsuarioAutenticado usuarioCanal() {
		return new UsuarioAutenticado(USUARIO_CANAL, "Canal ciudadano", Set.of(Rol.RADICADOR), Set.of(receptora), "!",
				true, true);
	}

	/**
	 * Stores the case on its new ENTRADA, its facts, origin, consent and audit trail, in
	 * the caller's transaction (or savepoint).
	 */
	private Pqrsd guardar(Solicitud s, Validada v, EntradasRadicacion.Entrada entrada, @Nullable String origen,
			@Nullable AutorizacionDatos autorizacion, Plazos plazos) {
		Instant ahora = reloj.instant();
		Etiqueta etiqueta = v.etiqueta();
		Canal canal = v.canal();
		SolicitudCreacion.CanalRespuesta canalRespuesta = v.canalRespuesta();
		// Ley 1437 de 2011, art. 15 par. 1: an electronic filing keeps the real instant
		// it arrived, nights and weekends included; the term starts the next business day
		// (art. 14).
		Resultado r = co.pqrsd.core.pqrsd.Pqrsd.radicar(new SolicitudPqrsd(entrada.numero(), etiqueta,
				etiqueta.tieneTermino() ? MODALIDAD_PROVISIONAL : null, canal, s.peticionario().esAnonimo(), Set.of(),
				null, s.denunciaCorrupcion(), entrada.fechaRadicacion(), receptora), plazos, ahora);
		Pqrsd caso = r.pqrsd();
		if (caso.denunciaCorrupcion()) {
			// Ley 1474 de 2011, art. 76: the denuncia and its denunciante are reserved.
			entradas.reservar(caso.radicado(), "DENUNCIA_CORRUPCION");
		}
		// No semáforo until classified: the ventanilla's queue, not a dependencia's
		// bandeja.
		repositorio.insertar(caso, plazos.fechaVencimiento(caso).orElse(null), ahora, new PqrsdRepository.Bandeja(
				entrada.asunto(), null, null, canalRespuesta == null ? null : canalRespuesta.name()));
		repositorio.registrarHechos(r.hechos(), USUARIO_CANAL);
		if (origen != null) {
			clasificaciones.registrarOrigen(origen, caso.radicado(), ahora);
		}
		if (autorizacion != null) {
			// Ley 1581 de 2012, arts. 9 and 17 lit. b: the authorization is kept with the
			// filing instant and the policy shown, so that it can be proven.
			autorizaciones.registrar(caso.radicado(), autorizacion.autoriza(), caso.recibido().toInstant(),
					autorizacion.politica());
		}
		Map<String, Object> detalles = new LinkedHashMap<>();
		detalles.put("etiqueta", caso.etiqueta().name());
		detalles.put("etiquetaIndicada", s.etiqueta() != null);
		detalles.put("modalidad", caso.modalidad());
		detalles.put("dependencia", caso.dependencia());
		detalles.put("canal", caso.canal().name());
		detalles.put("denunciaCorrupcion", caso.denunciaCorrupcion());
		detalles.put("canalRespuesta", canalRespuesta == null ? null : canalRespuesta.name());
		detalles.put("adjuntos", s.adjuntos().size());
		detalles.put("origen", origen);
		if (autorizacion != null) {
			detalles.put("autorizaDatos", autorizacion.autoriza());
			detalles.put("politicaDatos", autorizacion.politica());
		}
		auditoria.registrarDelSistema(AccionAuditoria.PQRSD_RADICADA, ServicioPqrsd.OBJETO, caso.radicado(), detalles);
		return caso;
	}

	/** A case waiting for the ventanilla's classification. */
	public record Pendiente(String radicado, OffsetDateTime recibido, String etiqueta, String canal, String asunto,
			boolean anonimo, boolean denunciaCorrupcion, @Nullable LocalDate vencimiento) {
	}

	/**
	 * @return the cases citizens filed that wait for classification, oldest first (the
	 * ventanilla and ADMIN; corruption denuncias only for whom may see them).
	 */
	@Transactional(readOnly = true)
	public List<Pendiente> pendientes(UsuarioAutenticado usuario) {
		exigirVentanilla(usuario);
		Actor actor = servicio.actor(usuario);
		Plazos plazos = servicio.plazos();
		return clasificaciones.pendientes(500)
			.stream()
			.filter(c -> co.pqrsd.core.pqrsd.VisibilidadPqrsd.puedeVer(c.caso(), actor))
			.map(c -> new Pendiente(c.caso().radicado(), c.caso().recibido(), c.caso().etiqueta().name(),
					c.caso().canal().name(), c.asunto(), c.caso().anonimo(), c.caso().denunciaCorrupcion(),
					plazos.fechaVencimiento(c.caso()).orElse(null)))
			.toList();
	}

	/**
	 * The ventanilla's classification of a citizen's filing.
	 *
	 * @param modalidad the legal modality; none for a FELICITACION
	 * @param denunciaCorrupcion once the citizen marked it, it stays reserved
	 */
	public record Clasificacion(String etiqueta, @Nullable String modalidad, String dependencia,
			boolean denunciaCorrupcion, @Nullable Set<String> prioridades, @Nullable String pruebaPrioridad) {
	}

	/**
	 * Classifies a filing in RADICADA state and sends it to the dependencia's reparto:
	 * the process starts as for a case opened at the ventanilla; the term keeps the real
	 * reception instant. Audited as PQRSD_CLASIFICADA and PQRSD_ENVIADA_A_REPARTO.
	 * @return the radicado's case state after it, e.g. EN_REPARTO
	 */
	@Transactional
	public String clasificar(String radicado, Clasificacion c, UsuarioAutenticado usuario) {
		// Permission before anything is read or written.
		exigirVentanilla(usuario);
		Pqrsd caso = repositorio.bloquear(radicado)
			.orElseThrow(() -> new NoEncontrado("PQRSD_NO_ENCONTRADA", "No existe la PQRSD " + radicado + ".",
					Map.of("radicado", radicado)));
		Actor actor = servicio.actor(usuario);
		if (!co.pqrsd.core.pqrsd.VisibilidadPqrsd.puedeVer(caso, actor)) {
			throw new NoEncontrado("PQRSD_NO_ENCONTRADA", "No existe la PQRSD " + radicado + ".",
					Map.of("radicado", radicado));
		}
		if (caso.estado() != EstadoPqrsd.RADICADA) {
			throw new Conflicto("PQRSD_YA_CLASIFICADA",
					"La PQRSD " + radicado + " ya fue clasificada (estado: " + caso.estado().nombre() + ").",
					Map.of("radicado", radicado, "estado", caso.estado().name()));
		}
		Etiqueta etiqueta = etiqueta(c.etiqueta());
		if (etiqueta == null) {
			throw new ErrorDominio("ETIQUETA_REQUERIDA",
					"Indique la etiqueta: PETICION, QUEJA, RECLAMO, SUGERENCIA, DENUNCIA o FELICITACION.");
		}
		var destino = dependencias.buscar(c.dependencia() == null ? "" : c.dependencia())
			.orElseThrow(() -> new NoEncontrado("DEPENDENCIA_NO_ENCONTRADA",
					"La dependencia " + c.dependencia() + " no existe.", Map.of("dependencia", c.dependencia())));
		if (!destino.activa()) {
			throw new ErrorDominio("DEPENDENCIA_INACTIVA", "La dependencia " + destino.codigo() + " está inactiva.");
		}
		Set<Prioridad> prioridades = new java.util.HashSet<>();
		for (String p : c.prioridades() == null ? Set.<String>of() : c.prioridades()) {
			try {
				prioridades.add(Prioridad.valueOf(p));
			}
			catch (IllegalArgumentException e) {
				throw new ErrorDominio("PRIORIDAD_DESCONOCIDA", "Prioridad desconocida: " + p + ".",
						Map.of("prioridad", p));
			}
		}
		boolean denuncia = caso.denunciaCorrupcion() || c.denunciaCorrupcion();
		Instant ahora = reloj.instant();
		Plazos plazos = servicio.plazos();
		String modalidad = c.modalidad() == null || c.modalidad().isBlank() ? null : c.modalidad().strip();
		// The same checks as a case opened at the ventanilla (modality required but for a
		// felicitación; summary proof for priority attention), on the real reception
		// instant (Ley 1437 de 2011, art. 15 par. 1).
		Resultado clasificada = Pqrsd.radicar(new SolicitudPqrsd(radicado, etiqueta, modalidad, caso.canal(),
				caso.anonimo(), prioridades, c.pruebaPrioridad(), denuncia, caso.recibido(), destino.codigo()), plazos,
				ahora);
		// The reparto follows from the classification, as the system's step (as for a
		// case opened at the ventanilla).
		Resultado reparto = clasificada.pqrsd().enviarAReparto(Actor.sistema(), plazos, ahora);
		Pqrsd nuevo = reparto.pqrsd();
		if (denuncia && !caso.denunciaCorrupcion()) {
			// Ley 1474 de 2011, art. 76.
			entradas.reservar(radicado, "DENUNCIA_CORRUPCION");
		}
		List<co.pqrsd.core.pqrsd.Aviso> plan = co.pqrsd.core.pqrsd.PlanAvisos.de(nuevo, plazos);
		LocalDate amarillo = ProgramacionPqrsd.dia(plan, co.pqrsd.core.pqrsd.Aviso.Tipo.SEMAFORO_AMARILLO);
		LocalDate rojo = ProgramacionPqrsd.dia(plan, co.pqrsd.core.pqrsd.Aviso.Tipo.SEMAFORO_ROJO);
		clasificaciones.guardarClasificada(nuevo, plazos.fechaVencimiento(nuevo).orElse(null), ahora,
				amarillo != null ? amarillo : rojo, rojo);
		List<HechoPqrsd> hechos = new ArrayList<>();
		clasificada.hechos().stream().filter(h -> !(h instanceof HechoPqrsd.PqrsdRadicada)).forEach(hechos::add);
		hechos.addAll(reparto.hechos());
		repositorio.registrarHechos(hechos, usuario.username());
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("etiquetaAnterior", caso.etiqueta().name());
		d.put("etiqueta", nuevo.etiqueta().name());
		d.put("modalidad", nuevo.modalidad());
		d.put("dependencia", nuevo.dependencia());
		d.put("denunciaCorrupcion", nuevo.denunciaCorrupcion());
		d.put("prioridades", nuevo.prioridades().stream().map(Enum::name).sorted().toList());
		auditoria.registrar(AccionAuditoria.PQRSD_CLASIFICADA, ServicioPqrsd.OBJETO, radicado, d);
		auditoria.registrarDelSistema(AccionAuditoria.PQRSD_ENVIADA_A_REPARTO, ServicioPqrsd.OBJETO, radicado,
				Map.of("estadoAnterior", caso.estado().name(), "estado", nuevo.estado().name()));
		// For the engine the case is born now, in reparto: it starts its process and
		// timer as for a case opened at the ventanilla (ProgramacionPqrsd).
		eventos.publishEvent(new PqrsdCambiada(null, nuevo, hechos, usuario.username()));
		return nuevo.estado().name();
	}

	/** A communicated answer, as the citizen may see it. */
	public record RespuestaComunicada(String radicadoSalida, LocalDate fecha, String medio,
			List<EntradasRadicacion.DocumentoRadicado> documentos) {
	}

	/** The state of a filing as its peticionario sees it. */
	public record Estado(String radicado, String estado, String estadoNombre, OffsetDateTime fechaRadicacion,
			@Nullable LocalDate vencimiento, List<RespuestaComunicada> respuestas) {
	}

	/**
	 * @return the state of the case for its peticionario (the caller checked the PIN);
	 * empty when there is no PQRSD with that number.
	 */
	@Transactional(readOnly = true)
	public Optional<Estado> estado(String radicado) {
		return repositorio.buscar(radicado).map(caso -> {
			List<RespuestaComunicada> respuestas = new ArrayList<>();
			var com = caso.comunicacion();
			if (com != null) {
				respuestas.add(new RespuestaComunicada(com.radicadoSalida(), com.fecha(), com.medio(),
						entradas.documentos(com.radicadoSalida())));
			}
			return new Estado(caso.radicado(), caso.estado().name(), caso.estado().nombre(),
					ServicioPqrsd.enBogota(caso.recibido().toInstant()),
					servicio.plazos().fechaVencimiento(caso).orElse(null), respuestas);
		});
	}

	/**
	 * @return whether {@code salida} is the communicated answer of the case (its
	 * documents may then be given to the peticionario).
	 */
	@Transactional(readOnly = true)
	public boolean esRespuestaComunicada(String radicado, String salida) {
		return repositorio.buscar(radicado)
			.map(Pqrsd::comunicacion)
			.map(c -> c.radicadoSalida().equals(salida))
			.orElse(false);
	}

	/**
	 * @return the filing as its receipt shows it (deadline and explanation as of now);
	 * empty when there is no PQRSD with that number.
	 */
	@Transactional(readOnly = true)
	public Optional<Radicada> radicada(String radicado) {
		return repositorio.buscar(radicado).map(c -> radicada(c, servicio.plazos(), false));
	}

	private Radicada radicada(Pqrsd caso, Plazos plazos, boolean nueva) {
		Optional<Vencimiento> v = plazos.vencimiento(caso);
		return new Radicada(caso.radicado(), ServicioPqrsd.enBogota(caso.recibido().toInstant()),
				v.map(Vencimiento::fecha).orElse(null), explicacion(caso, v.orElse(null)), nueva);
	}

	/** The deadline's explanation for the citizen's receipt. */
	static String explicacion(Pqrsd caso, @Nullable Vencimiento v) {
		if (v == null || v.fecha() == null) {
			return "Una felicitación no tiene término legal de respuesta.";
		}
		StringBuilder sb = new StringBuilder();
		for (PasoExplicacion p : v.explicacion()) {
			if (p.tipo() == PasoExplicacion.Tipo.RECEPCION || p.tipo() == PasoExplicacion.Tipo.NOTA) {
				sb.append(p.detalle()).append(' ');
			}
		}
		java.time.format.DateTimeFormatter dia = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
		v.explicacion()
			.stream()
			.filter(p -> p.tipo() == PasoExplicacion.Tipo.CONTADO || p.tipo() == PasoExplicacion.Tipo.VENCIMIENTO)
			.findFirst()
			.ifPresent(p -> sb
				.append("El término se cuenta en días hábiles desde el día hábil siguiente a la "
						+ "radicación: el día 1 es el ")
				.append(dia.format(p.fecha()))
				.append(". "));
		sb.append("Vence a la medianoche del ")
			.append(dia.format(v.fecha()))
			.append(" (Ley 1437 de 2011, art. 14, sustituido por la Ley 1755 de 2015; Ley 4 de 1913, art. 62). ");
		if (caso.estado() == EstadoPqrsd.RADICADA) {
			sb.append("La ventanilla clasificará su solicitud: si pide documentos o información el término es de 10 "
					+ "días hábiles; si es una consulta, de 30; en los demás casos, de 15.");
		}
		return sb.toString().strip();
	}

	private void exigirVentanilla(UsuarioAutenticado usuario) {
		// The ventanilla classifies; a corruption denuncia is only visible to Control
		// Interno and ADMIN (Ley 1474 de 2011, art. 76), who classify it then.
		if (!usuario.tiene(Rol.RADICADOR) && !usuario.tiene(Rol.ADMIN) && !usuario.tiene(Rol.CONTROL_INTERNO)) {
			throw new AccessDeniedException("clasificar PQRSD del canal ciudadano");
		}
	}

	private static @Nullable Etiqueta etiqueta(@Nullable String valor) {
		if (valor == null || valor.isBlank()) {
			return null;
		}
		try {
			return Etiqueta.valueOf(valor.strip());
		}
		catch (IllegalArgumentException e) {
			throw new ErrorDominio("ETIQUETA_DESCONOCIDA",
					"Etiqueta desconocida: use PETICION, QUEJA, RECLAMO, SUGERENCIA, DENUNCIA o FELICITACION.",
					Map.of("etiqueta", valor));
		}
	}

	private static Canal canal(String valor) {
		if (!"FORMULARIO_WEB".equals(valor) && !"CORREO_ELECTRONICO".equals(valor)) {
			throw new IllegalArgumentException("Canal ciudadano: FORMULARIO_WEB o CORREO_ELECTRONICO");
		}
		return Canal.valueOf(valor);
	}

	private static SolicitudCreacion.@Nullable CanalRespuesta canalRespuesta(@Nullable String valor) {
		if (valor == null || valor.isBlank()) {
			return null;
		}
		try {
			return SolicitudCreacion.CanalRespuesta.valueOf(valor.strip());
		}
		catch (IllegalArgumentException e) {
			throw new ErrorDominio("CANAL_RESPUESTA_DESCONOCIDO",
					"Canal de respuesta desconocido: use CORREO_ELECTRONICO, CORREO_POSTAL o PRESENCIAL.",
					Map.of("canalRespuesta", valor));
		}
	}

}
