package co.pqrsd.server.radicacion;

import co.pqrsd.core.comun.Colombia;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.core.radicacion.Anulacion;
import co.pqrsd.core.radicacion.DatosParte;
import co.pqrsd.core.radicacion.DependenciaRadicadora;
import co.pqrsd.core.radicacion.PatronNumeracion;
import co.pqrsd.core.radicacion.RadicadoRegistrado;
import co.pqrsd.core.radicacion.RolDocumento;
import co.pqrsd.server.auditoria.AccionAuditoria;
import co.pqrsd.server.auditoria.Auditoria;
import co.pqrsd.server.comun.NoEncontrado;
import co.pqrsd.server.seguridad.Dependencia;
import co.pqrsd.server.seguridad.Dependencias;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Radicación: every official communication gets a unique, gapless, yearly number, its
 * date and time from the server clock, and its documents (AGN Acuerdo 060 de 2001, art.
 * 5; CPACA arts. 15 and 16). Registered data never change afterwards; corrections are
 * annotations and errors are annulled, keeping the number.
 */
@Service
class Radicacion {

	private static final ZoneId BOGOTA = Colombia.ZONA;

	private final RadicadoRepository repositorio;

	private final TerceroRepository terceros;

	private final RecepcionArchivos recepcion;

	private final Dependencias dependencias;

	private final PermisosRadicado permisos;

	private final ConsultaRadicados consulta;

	private final Auditoria auditoria;

	private final TransactionTemplate transaccion;

	private final CombinadorTransacciones combinador;

	private final PatronNumeracion patron;

	private final Clock reloj;

	Radicacion(RadicadoRepository repositorio, TerceroRepository terceros, RecepcionArchivos recepcion,
			Dependencias dependencias, PermisosRadicado permisos, ConsultaRadicados consulta, Auditoria auditoria,
			TransactionTemplate transaccion, CombinadorTransacciones combinador, RadicacionProperties propiedades,
			Clock reloj) {
		this.repositorio = repositorio;
		this.terceros = terceros;
		this.recepcion = recepcion;
		this.dependencias = dependencias;
		this.permisos = permisos;
		this.consulta = consulta;
		this.auditoria = auditoria;
		this.transaccion = transaccion;
		this.combinador = combinador;
		this.patron = new PatronNumeracion(propiedades.patron());
		this.reloj = reloj;
	}

	/**
	 * Radicates a communication with its documents. The counter advances in the same
	 * transaction that stores the radicado, so a failure consumes no number.
	 * @throws ErrorDominio for invalid data or a document type not allowed (nothing is
	 * stored)
	 * @throws AccessDeniedException when the user may not radicate that type for that
	 * dependencia (checked before anything is written)
	 */
	public Radicado radicar(SolicitudRadicacion s, List<Archivo> archivos, UsuarioAutenticado usuario) {
		Preparada p = preparar(s, usuario);
		Parte remitente = p.remitente();
		if (s.radicadoRelacionado() != null && !s.radicadoRelacionado().isBlank()
				&& !repositorio.existe(s.radicadoRelacionado().strip())) {
			throw new ErrorDominio("RADICADO_RELACIONADO_INEXISTENTE",
					"El radicado relacionado " + s.radicadoRelacionado() + " no existe.");
		}
		// Read-only, so it runs here, in parallel, rather than in the shared transaction.
		List<String> duplicados = remitente == null || !remitente.identificada() ? List.of()
				: repositorio.posiblesDuplicados(null, remitente.numeroDocumento(), s.asunto(),
						reloj.instant().minus(Duration.ofDays(30)), null, permisos.alcance(usuario));
		List<RecepcionArchivos.Listo> listos = recepcion.recibir(archivos);
		Guardado guardado;
		try {
			guardado = combinador.ejecutar(() -> guardar(s, listos, remitente, p.destinatario(), p.responsable(),
					p.radicadora(), duplicados, usuario));
		}
		finally {
			RecepcionArchivos.descartar(listos);
		}
		// Read back after commit: the counter's row lock covers only the writes.
		Radicado r = consulta.completo(guardado.numero(), usuario);
		List<Radicado.Advertencia> advertencias = guardado.duplicados().isEmpty() ? List.of()
				: List.of(new Radicado.Advertencia("POSIBLE_DUPLICADO",
						"El mismo remitente radicó un asunto similar en los últimos 30 días.", guardado.duplicados()));
		return r.conAdvertencias(advertencias);
	}

	private record Guardado(String numero, List<String> duplicados) {
	}

	/**
	 * Radicates a communication without documents in the combiner's shared transaction,
	 * then runs {@code conNumero} in the same savepoint (another module's record stored
	 * with it, all or nothing).
	 * @return what {@code conNumero} returned, once the batch committed
	 * @throws AccessDeniedException checked before anything is written
	 */
	<T> T radicarCombinado(SolicitudRadicacion s, UsuarioAutenticado usuario,
			java.util.function.Function<String, T> conNumero) {
		return radicarCombinado(s, List.of(), usuario, conNumero);
	}

	/**
	 * As
	 * {@link #radicarCombinado(SolicitudRadicacion, UsuarioAutenticado, java.util.function.Function)},
	 * with documents: the files pass radicación's limits and type checks in the caller's
	 * thread, before the shared transaction, and are stored in the item's savepoint.
	 */
	<T> T radicarCombinado(SolicitudRadicacion s, List<Archivo> archivos, UsuarioAutenticado usuario,
			java.util.function.Function<String, T> conNumero) {
		Preparada p = preparar(s, usuario);
		List<RecepcionArchivos.Listo> listos = archivos.isEmpty() ? List.of() : recepcion.recibir(archivos);
		try {
			return combinador.ejecutar(() -> conNumero.apply(guardar(s, listos, p.remitente(), p.destinatario(),
					p.responsable(), p.radicadora(), List.of(), usuario)
				.numero()));
		}
		finally {
			RecepcionArchivos.descartar(listos);
		}
	}

	/**
	 * Radicates a communication without documents inside the caller's transaction (for a
	 * module that stores its own record with it, all or nothing). The counter's row lock
	 * is held until the caller commits.
	 * @return the new number
	 * @throws AccessDeniedException checked before anything is written
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	String radicarEnCurso(SolicitudRadicacion s, UsuarioAutenticado usuario) {
		return radicarEnCurso(s, List.of(), usuario);
	}

	/**
	 * Radicates a communication with its documents inside the caller's transaction: the
	 * files pass radicación's own limits and type checks, and are stored with it.
	 * @return the new number
	 * @throws AccessDeniedException checked before anything is written
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	String radicarEnCurso(SolicitudRadicacion s, List<Archivo> archivos, UsuarioAutenticado usuario) {
		Preparada p = preparar(s, usuario);
		List<RecepcionArchivos.Listo> listos = archivos.isEmpty() ? List.of() : recepcion.recibir(archivos);
		try {
			return guardar(s, listos, p.remitente(), p.destinatario(), p.responsable(), p.radicadora(), List.of(),
					usuario)
				.numero();
		}
		finally {
			RecepcionArchivos.descartar(listos);
		}
	}

	/**
	 * Checks files against radicación's limits and allowed types without storing them.
	 * @throws ErrorDominio as radicación refuses them
	 */
	void exigirArchivosAdmisibles(List<Archivo> archivos) {
		RecepcionArchivos.descartar(recepcion.recibir(archivos));
	}

	/**
	 * What a radicación needs before anything is written: permission first, then its
	 * parts.
	 */
	private Preparada preparar(SolicitudRadicacion s, UsuarioAutenticado usuario) {
		if (!permisos.puedeRadicar(usuario, s.tipo(), s.dependencia())) {
			throw new AccessDeniedException("radicar " + s.tipo() + " para " + s.dependencia());
		}
		return new Preparada(parte("remitente", s.remitente(), s.tipo().exigeRemitente()),
				parte("destinatario", s.destinatario(), s.tipo().exigeDestinatario()), activa(s.dependencia()),
				dependenciaRadicadora(s, usuario));
	}

	private record Preparada(@Nullable Parte remitente, @Nullable Parte destinatario, Dependencia responsable,
			String radicadora) {
	}

	private Guardado guardar(SolicitudRadicacion s, List<RecepcionArchivos.Listo> listos, @Nullable Parte remitente,
			@Nullable Parte destinatario, Dependencia responsable, String radicadora, List<String> duplicados,
			UsuarioAutenticado usuario) {
		Instant ahora = reloj.instant();
		RadicadoRepository.Vinculo remitenteVinculo = vincular(remitente, usuario, ahora);
		RadicadoRepository.Vinculo destinatarioVinculo = vincular(destinatario, usuario, ahora);
		// AGN Acuerdo 060 de 2001, art. 5: numbering restarts at 1 every year (the year
		// of America/Bogota).
		int anio = LocalDate.ofInstant(ahora, BOGOTA).getYear();
		String alcance = patron.alcance(anio, radicadora, s.tipo());
		// The counter is taken last, so its row lock is held as briefly as possible.
		long consecutivo = repositorio.siguienteConsecutivo(alcance, anio, s.tipo());
		String numero = patron.formatear(anio, radicadora, s.tipo(), consecutivo);
		Radicado.Numeracion numeracion = new Radicado.Numeracion(numero, anio, s.tipo(), consecutivo,
				OffsetDateTime.ofInstant(ahora, BOGOTA));
		repositorio.insertar(new RadicadoRepository.Nuevo(numeracion, alcance, responsable.codigo(), radicadora,
				usuario.username(), s, remitenteVinculo, destinatarioVinculo));
		List<RolDocumento> roles = RolDocumento
			.alRadicar(listos.stream().map(l -> l.archivo().parte().equals("principal")).toList());
		List<Map<String, Object>> documentos = new ArrayList<>();
		for (int i = 0; i < listos.size(); i++) {
			documentos.add(guardarDocumento(numero, roles.get(i), 1, null, listos.get(i), usuario, ahora));
		}
		repositorio.indexar(numero);
		Map<String, Object> detalles = new LinkedHashMap<>();
		detalles.put("tipo", s.tipo().name());
		detalles.put("dependencia", responsable.codigo());
		detalles.put("medio", s.medio().name());
		detalles.put("asunto", s.asunto());
		detalles.put("documentos", documentos);
		if (!duplicados.isEmpty()) {
			detalles.put("posiblesDuplicados", duplicados);
		}
		auditoria.registrar(AccionAuditoria.RADICADO_CREADO, "RADICADO", numero, detalles);
		return new Guardado(numero, duplicados);
	}

	/**
	 * Adds a document, or a new version of one (the old versions stay). Received
	 * documents (ENTRADA) never get new versions.
	 * @param versionDe id of the document this one supersedes, or null for a new document
	 * @throws NoEncontrado {@code RADICADO_NO_ENCONTRADO} also for a radicado the user
	 * may not see
	 */
	public Radicado.Documento agregarDocumento(String numero, Archivo archivo, @Nullable Long versionDe, boolean anexo,
			UsuarioAutenticado usuario) {
		Radicado r = consulta.visible(numero, usuario);
		if (!permisos.puedeAgregarDocumentos(usuario, r)) {
			throw new AccessDeniedException("documentos de " + numero);
		}
		// Refused before the upload is parsed: the rules only need the stored state.
		nuevaVersion(r.registro(), numero, versionDe, anexo);
		List<RecepcionArchivos.Listo> listos = recepcion.recibir(List.of(archivo));
		try {
			return transaccion.execute(t -> {
				RadicadoRegistrado bloqueado = repositorio.bloquear(numero).orElseThrow().registro();
				RadicadoRegistrado.NuevaVersion nueva = nuevaVersion(bloqueado, numero, versionDe, anexo);
				Map<String, Object> d = guardarDocumento(numero, nueva.rol(), nueva.version(), versionDe, listos.get(0),
						usuario, reloj.instant());
				repositorio.indexar(numero);
				auditoria.registrar(AccionAuditoria.DOCUMENTO_AGREGADO, "RADICADO", numero, d);
				return repositorio.documento(numero, (Long) d.get("id")).orElseThrow();
			});
		}
		finally {
			RecepcionArchivos.descartar(listos);
		}
	}

	private RadicadoRegistrado.NuevaVersion nuevaVersion(RadicadoRegistrado r, String numero, @Nullable Long versionDe,
			boolean anexo) {
		r.exigirAdmiteDocumentos();
		if (versionDe == null) {
			boolean conPrincipal = repositorio.documentos(numero)
				.stream()
				.anyMatch(d -> d.rol().equals(RolDocumento.PRINCIPAL.name()));
			return new RadicadoRegistrado.NuevaVersion(RolDocumento.alAgregar(anexo, conPrincipal), 1);
		}
		Radicado.Documento anterior = repositorio.documento(numero, versionDe)
			.orElseThrow(() -> new NoEncontrado("DOCUMENTO_NO_ENCONTRADO",
					"El radicado " + numero + " no tiene el documento " + versionDe + "."));
		return r.versionar(RolDocumento.valueOf(anterior.rol()), anterior.version());
	}

	/**
	 * Annuls a radicado (AGN Acuerdo 060 de 2001, art. 5 par.): the number stays consumed
	 * and visible as ANULADO.
	 * @throws AccessDeniedException unless the user is ADMIN or the jefe of the
	 * correspondence unit
	 */
	public Radicado anular(String numero, String justificacion, String acta, UsuarioAutenticado usuario) {
		if (!permisos.puedeAnular(usuario)) {
			throw new AccessDeniedException("anular " + numero);
		}
		Anulacion anulacion = Anulacion.de(reloj.instant(), usuario.username(), justificacion, acta);
		return transaccion.execute(t -> {
			Radicado r = repositorio.bloquear(numero).orElseThrow(() -> ConsultaRadicados.noEncontrado(numero));
			RadicadoRegistrado anulado = r.registro().anular(anulacion);
			repositorio.anular(numero, anulado.anulacion());
			auditoria.registrar(AccionAuditoria.RADICADO_ANULADO, "RADICADO", numero,
					Map.of("justificacion", anulacion.justificacion(), "acta", anulacion.acta()));
			return consulta.completo(numero, usuario);
		});
	}

	/**
	 * Records a correction as an annotation; the registered data stay as they were.
	 * @throws NoEncontrado also for a radicado the user may not see
	 * @throws AccessDeniedException for readers who may not write into the record
	 * (Control Interno)
	 */
	public Radicado.Anotacion anotar(String numero, String texto, UsuarioAutenticado usuario) {
		Radicado r = consulta.visible(numero, usuario);
		if (!permisos.puedeAnotar(usuario, r)) {
			throw new AccessDeniedException("anotar " + numero);
		}
		String anotacion = r.registro().anotacion(texto);
		return transaccion.execute(t -> {
			long id = repositorio.anotar(numero, anotacion, usuario.username(), reloj.instant());
			auditoria.registrar(AccionAuditoria.RADICADO_ANOTADO, "RADICADO", numero,
					Map.of("anotacion", id, "texto", anotacion));
			return repositorio.anotaciones(numero).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
		});
	}

	private Map<String, Object> guardarDocumento(String numero, RolDocumento rol, int version, @Nullable Long versionDe,
			RecepcionArchivos.Listo l, UsuarioAutenticado usuario, Instant ahora) {
		recepcion.guardar(l);
		long id = repositorio.insertarDocumento(numero, rol.name(), l.nombre(), version, versionDe, l.recibido(),
				l.analisis(), l.archivo().tipoDeclarado(), usuario.username(), ahora);
		recepcion.registrar(() -> repositorio.paraAlmacen(numero), id, rol.name(), version, versionDe, l);
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("id", id);
		d.put("nombre", l.nombre());
		d.put("rol", rol.name());
		d.put("version", version);
		d.put("sha256", l.recibido().sha256());
		d.put("tipo", l.analisis().tipoMime());
		d.put("texto", l.analisis().estadoTexto());
		return d;
	}

	private static @Nullable Parte parte(String campo, SolicitudRadicacion.@Nullable Parte p, boolean requerida) {
		DatosParte.exigir(campo,
				p == null ? null
						: new DatosParte(p.esAnonimo(), p.nombre(),
								p.tipoDocumento() == null ? null : p.tipoDocumento().name(), p.numeroDocumento()),
				requerida);
		return p == null ? null : Parte.de(p);
	}

	/**
	 * Links the party to the directory without changing an existing entry; a new one is
	 * added (and audited) only by who keeps the directory.
	 */
	private RadicadoRepository.@Nullable Vinculo vincular(@Nullable Parte p, UsuarioAutenticado usuario,
			Instant ahora) {
		if (p == null) {
			return null;
		}
		Long id = terceros.registrar(p, permisos.administraDirectorio(usuario), ahora).map(t -> {
			if (t.creado()) {
				auditoria.registrar(AccionAuditoria.TERCERO_CREADO, "TERCERO", Long.toString(t.id()),
						Map.of("tipoPersona", p.tipoPersona().name(), "tipoDocumento", p.tipoDocumento().name()));
			}
			return t.id();
		}).orElse(null);
		return new RadicadoRepository.Vinculo(p, id);
	}

	private Dependencia activa(String codigo) {
		Dependencia d = dependencias.buscar(codigo)
			.orElseThrow(() -> new ErrorDominio("DEPENDENCIA_NO_ENCONTRADA", "La dependencia " + codigo + " no existe.",
					Map.of("dependencia", codigo)));
		if (!d.activa()) {
			throw new ErrorDominio("DEPENDENCIA_INACTIVA", "La dependencia " + codigo + " está inactiva.");
		}
		return d;
	}

	/** {DEP} in the number (see {@link DependenciaRadicadora}), an active dependencia. */
	private String dependenciaRadicadora(SolicitudRadicacion s, UsuarioAutenticado u) {
		String codigo = DependenciaRadicadora.elegir(s.dependenciaRadicadora(), s.dependencia(),
				u.codigosDependencias(), u.tiene(co.pqrsd.server.seguridad.Rol.ADMIN));
		boolean nombrada = s.dependenciaRadicadora() != null && !s.dependenciaRadicadora().isBlank();
		return nombrada ? activa(codigo).codigo() : codigo;
	}

}
