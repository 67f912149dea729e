package co.pqrsd.server.pqrsd;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import co.pqrsd.core.comun.Colombia;
import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.core.pqrsd.Actor;
import co.pqrsd.core.pqrsd.Canal;
import co.pqrsd.core.pqrsd.Historial;
import co.pqrsd.core.pqrsd.NormasPqrsd;
import co.pqrsd.core.pqrsd.Plazos;
import co.pqrsd.core.pqrsd.Pqrsd;
import co.pqrsd.core.pqrsd.Resultado;
import co.pqrsd.core.pqrsd.SituacionTermino;
import co.pqrsd.core.pqrsd.SolicitudPqrsd;
import co.pqrsd.core.pqrsd.VisibilidadPqrsd;
import co.pqrsd.server.auditoria.AccionAuditoria;
import co.pqrsd.server.auditoria.Auditoria;
import co.pqrsd.server.comun.Conflicto;
import co.pqrsd.server.comun.NoEncontrado;
import co.pqrsd.server.radicacion.EntradasRadicacion;
import co.pqrsd.server.radicacion.EntradasRadicacion.Entrada;
import co.pqrsd.server.seguridad.Dependencias;
import co.pqrsd.server.seguridad.Rol;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens PQRSD cases and runs their actions through the core aggregate: load (locked),
 * act, store the new case and its facts, audit, all in one transaction.
 */
@Service
class ServicioPqrsd {

	static final String OBJETO = "PQRSD";

	private static final NormasPqrsd NORMAS = NormasPqrsd.legales();

	private final PqrsdRepository repositorio;

	private final EntradasRadicacion entradas;

	private final co.pqrsd.server.terminos.TerminosEntidad terminos;

	private final Auditoria auditoria;

	private final Clock reloj;

	private final Dependencias dependencias;

	private final ApplicationEventPublisher eventos;

	ServicioPqrsd(PqrsdRepository repositorio, EntradasRadicacion entradas,
			co.pqrsd.server.terminos.TerminosEntidad terminos, Auditoria auditoria, Clock reloj,
			Dependencias dependencias, ApplicationEventPublisher eventos) {
		this.dependencias = dependencias;
		this.eventos = eventos;
		this.repositorio = repositorio;
		this.entradas = entradas;
		this.terminos = terminos;
		this.auditoria = auditoria;
		this.reloj = reloj;
	}

	/** The case's dates over the entity's calendar as configured now. */
	Plazos plazos() {
		return new Plazos(terminos.motor(), terminos.semaforo(), NORMAS);
	}

	/**
	 * Opens a case: with a new ENTRADA radicated in the same transaction, or on an
	 * existing one (one case per ENTRADA).
	 */
	@Transactional
	VistaPqrsd crear(SolicitudCreacion s, UsuarioAutenticado usuario) {
		Entrada entrada;
		String dependencia;
		boolean anonimo;
		if (s.radicado() != null && !s.radicado().isBlank()) {
			if (s.peticionario() != null || s.asunto() != null) {
				throw new ErrorDominio("PQRSD_RADICADO_Y_DATOS_NUEVOS",
						"Indique el radicado de entrada existente o los datos para radicar uno nuevo (asunto y "
								+ "peticionario), no ambos.");
			}
			String numero = s.radicado().strip();
			entrada = entradas.entrada(numero)
				.orElseThrow(() -> new NoEncontrado("RADICADO_NO_ENCONTRADO",
						"No existe el radicado de entrada " + numero + ".", Map.of("radicado", numero)));
			dependencia = s.dependencia() != null ? s.dependencia() : entrada.dependencia();
			// Permission before anything is written: who receives ENTRADA (the
			// ventanilla).
			if (!entradas.puedeRadicarEntrada(usuario, dependencia)) {
				throw new AccessDeniedException("radicar PQRSD sobre " + numero);
			}
			if (!entrada.vigente()) {
				throw new Conflicto("RADICADO_ANULADO", "El radicado " + numero + " está anulado.",
						Map.of("radicado", numero));
			}
			if (repositorio.existe(numero)) {
				throw yaExiste(numero);
			}
			anonimo = entrada.anonimo();
		}
		else {
			List<String> faltan = new ArrayList<>();
			if (s.asunto() == null || s.asunto().isBlank()) {
				faltan.add("asunto");
			}
			if (s.dependencia() == null) {
				faltan.add("dependencia");
			}
			if (s.peticionario() == null) {
				faltan.add("peticionario");
			}
			if (!faltan.isEmpty()) {
				throw new ErrorDominio(
						"PQRSD_DATOS_RADICACION_REQUERIDOS", "Para radicar la PQRSD indique "
								+ String.join(", ", faltan) + " (o el radicado de entrada existente en «radicado»).",
						Map.of("campos", faltan));
			}
			dependencia = s.dependencia();
			if (!entradas.puedeRadicarEntrada(usuario, dependencia)) {
				throw new AccessDeniedException("radicar PQRSD para " + dependencia);
			}
			EntradasRadicacion.Peticionario p = s.peticionario();
			entrada = entradas.radicarEntrada(
					new EntradasRadicacion.NuevaEntrada(s.asunto(), s.descripcion(), dependencia, medio(s.canal()), p),
					usuario);
			anonimo = p.esAnonimo();
		}
		Instant ahora = reloj.instant();
		Plazos plazos = plazos();
		Resultado r = Pqrsd.radicar(new SolicitudPqrsd(entrada.numero(), s.etiqueta(), s.modalidad(), s.canal(),
				anonimo, s.prioridadesOVacias(), s.pruebaPrioridad(), s.esDenunciaCorrupcion(),
				entrada.fechaRadicacion(), dependencia), plazos, ahora);
		Pqrsd caso = r.pqrsd();
		if (caso.denunciaCorrupcion()) {
			// Ley 1474 de 2011, art. 76: the denuncia and its denunciante are reserved,
			// the ENTRADA radicado included.
			entradas.reservar(caso.radicado(), "DENUNCIA_CORRUPCION");
		}
		if (!repositorio.insertar(caso, plazos.fechaVencimiento(caso).orElse(null), ahora)) {
			throw yaExiste(caso.radicado());
		}
		repositorio.registrarHechos(r.hechos(), usuario.username());
		eventos.publishEvent(new PqrsdCambiada(null, caso, r.hechos(), usuario.username()));
		Map<String, Object> detalles = new LinkedHashMap<>();
		detalles.put("etiqueta", caso.etiqueta().name());
		detalles.put("modalidad", caso.modalidad());
		detalles.put("dependencia", caso.dependencia());
		detalles.put("canal", caso.canal().name());
		detalles.put("prioridades", caso.prioridades().stream().map(Enum::name).sorted().toList());
		detalles.put("denunciaCorrupcion", caso.denunciaCorrupcion());
		auditoria.registrar(AccionAuditoria.PQRSD_RADICADA, OBJETO, caso.radicado(), detalles);
		return vista(caso, plazos);
	}

	/** The case, or 404 (audited) for a reserved denuncia the user may not see. */
	@Transactional(readOnly = true)
	VistaPqrsd obtener(String radicado, UsuarioAutenticado usuario) {
		Pqrsd caso = repositorio.buscar(radicado).orElseThrow(() -> noEncontrada(radicado));
		exigirVisible(caso, usuario);
		return vista(caso, plazos());
	}

	record Pagina(List<VistaPqrsd.Resumen> elementos, long total, int pagina, int tamano) {
	}

	@Transactional(readOnly = true)
	Pagina listar(@Nullable String estado, @Nullable String semaforo, @Nullable String dependencia,
			@Nullable String etiqueta, int pagina, int tamano, UsuarioAutenticado usuario) {
		Actor actor = actor(usuario);
		boolean reservados = usuario.tiene(Rol.CONTROL_INTERNO) || usuario.tiene(Rol.ADMIN);
		Set<String> jefeDe = usuario.tiene(Rol.JEFE_DEPENDENCIA) ? usuario.codigosDependencias() : Set.of();
		Plazos plazos = plazos();
		LocalDate hoy = terminos.hoy();
		PqrsdRepository.PaginaCasos encontrados = repositorio.pagina(estado, semaforo, dependencia, etiqueta,
				new PqrsdRepository.Visor(usuario.username(), reservados, jefeDe), hoy, pagina, tamano);
		List<VistaPqrsd.Resumen> elementos = encontrados.casos()
			.stream()
			.filter(c -> VisibilidadPqrsd.puedeVer(c, actor))
			.map(c -> VistaPqrsd.resumen(c, plazos.situacionResumida(c, hoy)))
			.toList();
		return new Pagina(elementos, encontrados.total(), pagina, tamano);
	}

	/** Assigns a funcionario (the jefe of the dependencia, his repartidor or ADMIN). */
	@Transactional
	VistaPqrsd asignar(String radicado, String funcionario, UsuarioAutenticado usuario) {
		Hecho h = actuar(radicado, usuario, (caso, actor, plazos, ahora) -> {
			Resultado r = caso.asignar(funcionario, actor, plazos, ahora);
			// Checked after the core's state and role rules, so only who may assign
			// learns who exists.
			if (!dependencias.esMiembroActivo(funcionario, caso.dependencia())) {
				throw new ErrorDominio("FUNCIONARIO_NO_ASIGNABLE",
						"El usuario " + funcionario + " no es un funcionario activo de la dependencia "
								+ caso.dependencia() + ".",
						Map.of("usuario", funcionario, "dependencia", caso.dependencia()));
			}
			return r;
		});
		auditoria.registrar(AccionAuditoria.PQRSD_ASIGNADA, OBJETO, radicado,
				h.detalles(Map.of("usuario", funcionario)));
		return vista(h.nuevo(), h.plazos());
	}

	/** The one extension of the term (Ley 1755 de 2015, art. 14 parágrafo). */
	@Transactional
	VistaPqrsd prorrogar(String radicado, String motivo, LocalDate nuevoVencimiento, UsuarioAutenticado usuario) {
		Hecho h = actuar(radicado, usuario,
				(caso, actor, plazos, ahora) -> caso.prorrogar(motivo, nuevoVencimiento, actor, plazos, ahora));
		auditoria.registrar(AccionAuditoria.PQRSD_PRORROGADA, OBJETO, radicado,
				h.detalles(Map.of("motivo", motivo, "nuevoVencimiento", nuevoVencimiento.toString())));
		return vista(h.nuevo(), h.plazos());
	}

	/** An action done and stored, to be audited by the caller. */
	record Hecho(Pqrsd anterior, Pqrsd nuevo, Plazos plazos) {

		Map<String, Object> detalles(Map<String, Object> propios) {
			Map<String, Object> d = new LinkedHashMap<>(propios);
			d.put("estadoAnterior", anterior.estado().name());
			d.put("estado", nuevo.estado().name());
			return d;
		}

	}

	interface Accion {

		Resultado aplicar(Pqrsd caso, Actor actor, Plazos plazos, Instant ahora);

	}

	/**
	 * Loads the case locked, checks it is visible, applies the core action and stores the
	 * new case and its facts; the caller audits in the same transaction.
	 */
	private Hecho actuar(String radicado, UsuarioAutenticado usuario, Accion a) {
		Pqrsd caso = repositorio.bloquear(radicado).orElseThrow(() -> noEncontrada(radicado));
		exigirVisible(caso, usuario);
		return aplicar(caso, actor(usuario), a);
	}

	/**
	 * An action of the process itself (a timer: the term's expiry, the peticionario's
	 * plazo), as {@link Actor#sistema()}, in the caller's transaction; audited here as
	 * the user {@code sistema}.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	Hecho actuarComoSistema(String radicado, AccionAuditoria accionAuditoria, Accion a) {
		Pqrsd caso = repositorio.bloquear(radicado).orElseThrow(() -> noEncontrada(radicado));
		Hecho h = aplicar(caso, Actor.sistema(), a);
		auditoria.registrarDelSistema(accionAuditoria, OBJETO, radicado, h.detalles(Map.of()));
		return h;
	}

	/** Applies the core action and stores the new case and its facts. */
	private Hecho aplicar(Pqrsd caso, Actor actor, Accion a) {
		Plazos plazos = plazos();
		Instant ahora = reloj.instant();
		Resultado r;
		try {
			r = a.aplicar(caso, actor, plazos, ahora);
		}
		catch (ErrorDominio e) {
			throw traducir(e);
		}
		Pqrsd nuevo = r.pqrsd();
		repositorio.actualizar(nuevo, plazos.fechaVencimiento(nuevo).orElse(null), ahora);
		repositorio.registrarHechos(r.hechos(), actor.usuario());
		eventos.publishEvent(new PqrsdCambiada(caso, nuevo, r.hechos(), actor.usuario()));
		return new Hecho(caso, nuevo, plazos);
	}

	/** The core's refusals as HTTP: not found, state conflict, role, or a 400 rule. */
	private static ErrorDominio traducir(ErrorDominio e) {
		return switch (e.codigo()) {
			case "PQRSD_NO_ENCONTRADA" -> new NoEncontrado(e.codigo(), e.getMessage(), e.parametros());
			case "ACCION_NO_PERMITIDA" -> new Conflicto(e.codigo(), e.getMessage(), e.parametros());
			case "ACCION_NO_AUTORIZADA" -> new AccionNoAutorizada(e);
			default -> e;
		};
	}

	private void exigirVisible(Pqrsd caso, UsuarioAutenticado usuario) {
		if (!VisibilidadPqrsd.puedeVer(caso, actor(usuario))) {
			// Ley 1474 de 2011, art. 76: a corruption denuncia is reserved; its existence
			// must not leak (404), and the attempt is recorded.
			auditoria.registrarAparte(AccionAuditoria.ACCESO_DENEGADO, OBJETO, caso.radicado(),
					co.pqrsd.server.auditoria.Resultado.DENEGADO, Map.of("motivo", "PQRSD_RESERVADA"));
			throw noEncontrada(caso.radicado());
		}
	}

	private static Conflicto yaExiste(String numero) {
		return new Conflicto("PQRSD_YA_EXISTE",
				"El radicado " + numero + " ya tiene su PQRSD: una sola por radicado de entrada.",
				Map.of("radicado", numero));
	}

	private static NoEncontrado noEncontrada(String radicado) {
		return new NoEncontrado("PQRSD_NO_ENCONTRADA", "No existe la PQRSD " + radicado + ".",
				Map.of("radicado", radicado));
	}

	/** The user as the core's rules know him. */
	static Actor actor(UsuarioAutenticado u) {
		Set<co.pqrsd.core.pqrsd.Rol> roles = u.rolesAsignados()
			.stream()
			.map(r -> co.pqrsd.core.pqrsd.Rol.valueOf(r.name()))
			.collect(Collectors.toSet());
		return new Actor(u.username(), roles, u.codigosDependencias(), Set.of());
	}

	/** Radicación's medio for a PQRSD canal (the verbal one is received in person). */
	private static String medio(Canal canal) {
		return canal == Canal.PRESENCIAL_VERBAL ? "PRESENCIAL" : canal.name();
	}

	private VistaPqrsd vista(Pqrsd caso, Plazos plazos) {
		Instant ahora = reloj.instant();
		SituacionTermino s = plazos.situacion(caso, LocalDate.ofInstant(ahora, Colombia.ZONA));
		return VistaPqrsd.de(caso, s, Historial.de(caso, plazos.calendario(), ahora));
	}

	static OffsetDateTime enBogota(Instant instante) {
		return instante.atZone(Colombia.ZONA).toOffsetDateTime();
	}

}
