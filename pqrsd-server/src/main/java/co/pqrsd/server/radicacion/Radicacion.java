package co.pqrsd.server.radicacion;

import co.pqrsd.core.comun.Colombia;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.core.radicacion.PatronNumeracion;
import co.pqrsd.core.radicacion.TipoRadicado;
import co.pqrsd.server.auditoria.AccionAuditoria;
import co.pqrsd.server.auditoria.Auditoria;
import co.pqrsd.server.comun.Conflicto;
import co.pqrsd.server.comun.NoEncontrado;
import co.pqrsd.server.seguridad.Dependencia;
import co.pqrsd.server.seguridad.Dependencias;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
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

	private final RecepcionArchivos recepcion;

	private final Dependencias dependencias;

	private final PermisosRadicado permisos;

	private final ConsultaRadicados consulta;

	private final Auditoria auditoria;

	private final TransactionTemplate transaccion;

	private final CombinadorTransacciones combinador;

	private final PatronNumeracion patron;

	private final Clock reloj;

	Radicacion(RadicadoRepository repositorio, RecepcionArchivos recepcion, Dependencias dependencias,
			PermisosRadicado permisos, ConsultaRadicados consulta, Auditoria auditoria, TransactionTemplate transaccion,
			CombinadorTransacciones combinador, RadicacionProperties propiedades, Clock reloj) {
		this.repositorio = repositorio;
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
	 * @throws AccessDeniedException when the user may not radicate that type
	 */
	public Radicado radicar(SolicitudRadicacion s, List<Archivo> archivos, UsuarioAutenticado usuario) {
		if (!permisos.puedeRadicar(usuario, s.tipo())) {
			throw new AccessDeniedException("radicar " + s.tipo());
		}
		Parte remitente = parte("remitente", s.remitente(), s.tipo() == TipoRadicado.ENTRADA);
		Parte destinatario = parte("destinatario", s.destinatario(), s.tipo() != TipoRadicado.ENTRADA);
		Dependencia responsable = activa(s.dependencia());
		String radicadora = dependenciaRadicadora(s, usuario);
		if (s.radicadoRelacionado() != null && !s.radicadoRelacionado().isBlank()
				&& !repositorio.existe(s.radicadoRelacionado().strip())) {
			throw new ErrorDominio("RADICADO_RELACIONADO_INEXISTENTE",
					"El radicado relacionado " + s.radicadoRelacionado() + " no existe.");
		}
		// Read-only, so it runs here, in parallel, rather than in the shared transaction.
		List<String> duplicados = remitente == null || !remitente.identificada() ? List.of()
				: repositorio.posiblesDuplicados(null, remitente.numeroDocumento(), s.asunto(),
						reloj.instant().minus(Duration.ofDays(30)), null);
		List<RecepcionArchivos.Listo> listos = recepcion.recibir(archivos);
		Guardado guardado;
		try {
			guardado = combinador.ejecutar(
					() -> guardar(s, listos, remitente, destinatario, responsable, radicadora, duplicados, usuario));
		}
		finally {
			RecepcionArchivos.descartar(listos);
		}
		// Read back after commit: the counter's row lock covers only the writes.
		Radicado r = consulta.completo(guardado.numero(), usuario);
		List<Radicado.Advertencia> advertencias = guardado.duplicados().isEmpty() ? List.of()
				: List.of(new Radicado.Advertencia("POSIBLE_DUPLICADO",
						"El mismo remitente radicó un asunto similar en los últimos 30 días.", guardado.duplicados()));
		return new Radicado(r.numero(), r.anio(), r.tipo(), r.consecutivo(), r.fechaRadicacion(), r.estado(),
				r.dependencia(), r.dependenciaNombre(), r.dependenciaRadicadora(), r.asunto(), r.descripcion(),
				r.medio(), r.guia(), r.folios(), r.anexosCantidad(), r.anexosDescripcion(), r.remitente(),
				r.destinatario(), r.radicadoRelacionado(), r.radicador(), r.observaciones(), r.anulacion(),
				r.documentos(), r.anotaciones(), advertencias);
	}

	private record Guardado(String numero, List<String> duplicados) {
	}

	private Guardado guardar(SolicitudRadicacion s, List<RecepcionArchivos.Listo> listos, @Nullable Parte remitente,
			@Nullable Parte destinatario, Dependencia responsable, String radicadora, List<String> duplicados,
			UsuarioAutenticado usuario) {
		Instant ahora = reloj.instant();
		Long remitenteId = remitente == null || remitente.anonimo() ? null
				: repositorio.guardarTercero(remitente, ahora);
		Long destinatarioId = destinatario == null || destinatario.anonimo() ? null
				: repositorio.guardarTercero(destinatario, ahora);
		// AGN Acuerdo 060 de 2001, art. 5: numbering restarts at 1 every year (the year
		// of America/Bogota).
		int anio = LocalDate.ofInstant(ahora, BOGOTA).getYear();
		String alcance = patron.alcance(anio, radicadora, s.tipo());
		// The counter is taken last, so its row lock is held as briefly as possible.
		long consecutivo = repositorio.siguienteConsecutivo(alcance, anio, s.tipo());
		String numero = patron.formatear(anio, radicadora, s.tipo(), consecutivo);
		repositorio.insertar(
				new RadicadoRepository.Nuevo(numero, anio, s.tipo(), consecutivo, alcance, ahora, responsable.codigo(),
						radicadora, s, remitenteId, remitente, destinatarioId, destinatario, usuario.username()));
		boolean principal = listos.stream().anyMatch(l -> l.archivo().parte().equals("principal"));
		List<Map<String, Object>> documentos = new ArrayList<>();
		for (int i = 0; i < listos.size(); i++) {
			RecepcionArchivos.Listo l = listos.get(i);
			String rol = l.archivo().parte().equals("principal") || !principal && i == 0 ? "PRINCIPAL" : "ANEXO";
			documentos.add(guardarDocumento(numero, rol, 1, null, l, usuario, ahora));
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
	 * Adds a document, or a new version of one (the old versions stay).
	 * @param versionDe id of the document this one supersedes, or null for a new document
	 */
	public Radicado.Documento agregarDocumento(String numero, Archivo archivo, @Nullable Long versionDe, boolean anexo,
			UsuarioAutenticado usuario) {
		Radicado r = repositorio.buscar(numero).orElseThrow(() -> ConsultaRadicados.noEncontrado(numero));
		if (!permisos.puedeVer(usuario, r.dependencia()) || !permisos.puedeAgregarDocumentos(usuario, r)) {
			throw new AccessDeniedException("documentos de " + numero);
		}
		List<RecepcionArchivos.Listo> listos = recepcion.recibir(List.of(archivo));
		try {
			return transaccion.execute(t -> {
				Radicado bloqueado = repositorio.bloquear(numero).orElseThrow();
				if (!bloqueado.vigente()) {
					throw new Conflicto("RADICADO_ANULADO",
							"El radicado " + numero + " está anulado; no admite documentos.");
				}
				String rol = anexo ? "ANEXO" : "PRINCIPAL";
				int version = 1;
				if (versionDe != null) {
					Radicado.Documento anterior = repositorio.documento(numero, versionDe)
						.orElseThrow(() -> new NoEncontrado("DOCUMENTO_NO_ENCONTRADO",
								"El radicado " + numero + " no tiene el documento " + versionDe + "."));
					rol = anterior.rol();
					version = anterior.version() + 1;
				}
				else if (!anexo && repositorio.documentos(numero).stream().anyMatch(d -> d.rol().equals("PRINCIPAL"))) {
					rol = "ANEXO";
				}
				Map<String, Object> d = guardarDocumento(numero, rol, version, versionDe, listos.get(0), usuario,
						reloj.instant());
				repositorio.indexar(numero);
				auditoria.registrar(AccionAuditoria.DOCUMENTO_AGREGADO, "RADICADO", numero, d);
				return repositorio.documento(numero, (Long) d.get("id")).orElseThrow();
			});
		}
		finally {
			RecepcionArchivos.descartar(listos);
		}
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
		if (justificacion == null || justificacion.isBlank() || acta == null || acta.isBlank()) {
			throw new ErrorDominio("CAMPO_REQUERIDO",
					"La anulación exige la justificación y el número del acta de anulación.");
		}
		return transaccion.execute(t -> {
			Radicado r = repositorio.bloquear(numero).orElseThrow(() -> ConsultaRadicados.noEncontrado(numero));
			if (!r.vigente()) {
				throw new Conflicto("RADICADO_YA_ANULADO", "El radicado " + numero + " ya está anulado.");
			}
			repositorio.anular(numero, usuario.username(), justificacion.strip(), acta.strip(), reloj.instant());
			auditoria.registrar(AccionAuditoria.RADICADO_ANULADO, "RADICADO", numero,
					Map.of("justificacion", justificacion.strip(), "acta", acta.strip()));
			return consulta.completo(numero, usuario);
		});
	}

	/** Records a correction as an annotation; the registered data stay as they were. */
	public Radicado.Anotacion anotar(String numero, String texto, UsuarioAutenticado usuario) {
		if (texto == null || texto.isBlank()) {
			throw new ErrorDominio("CAMPO_REQUERIDO", "El texto de la anotación es obligatorio.");
		}
		return transaccion.execute(t -> {
			Radicado r = repositorio.buscar(numero).orElseThrow(() -> ConsultaRadicados.noEncontrado(numero));
			if (!permisos.puedeVer(usuario, r.dependencia())) {
				throw new AccessDeniedException("anotar " + numero);
			}
			long id = repositorio.anotar(numero, texto.strip(), usuario.username(), reloj.instant());
			auditoria.registrar(AccionAuditoria.RADICADO_ANOTADO, "RADICADO", numero,
					Map.of("anotacion", id, "texto", texto.strip()));
			return repositorio.anotaciones(numero).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
		});
	}

	private Map<String, Object> guardarDocumento(String numero, String rol, int version, @Nullable Long versionDe,
			RecepcionArchivos.Listo l, UsuarioAutenticado usuario, Instant ahora) {
		recepcion.guardar(l);
		long id = repositorio.insertarDocumento(numero, rol, l.nombre(), version, versionDe, l.recibido(), l.analisis(),
				l.archivo().tipoDeclarado(), usuario.username(), ahora);
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("id", id);
		d.put("nombre", l.nombre());
		d.put("rol", rol);
		d.put("version", version);
		d.put("sha256", l.recibido().sha256());
		d.put("tipo", l.analisis().tipoMime());
		d.put("texto", l.analisis().estadoTexto());
		return d;
	}

	private @Nullable Parte parte(String campo, SolicitudRadicacion.@Nullable Parte p, boolean requerida) {
		if (p == null) {
			if (requerida) {
				throw new ErrorDominio("CAMPO_REQUERIDO",
						"Falta el " + campo + ". Si es anónimo, envíe {\"anonimo\": true}.", Map.of("campo", campo));
			}
			return null;
		}
		if (p.esAnonimo()) {
			return Parte.anonima();
		}
		if (p.nombre() == null || p.nombre().isBlank()) {
			throw new ErrorDominio("CAMPO_REQUERIDO",
					"El " + campo + " debe tener nombre o razón social (o ser anónimo).",
					Map.of("campo", campo + ".nombre"));
		}
		if ((p.tipoDocumento() == null) != (p.numeroDocumento() == null || p.numeroDocumento().isBlank())) {
			throw new ErrorDominio("DOCUMENTO_INCOMPLETO",
					"El " + campo + " debe tener tipo y número de documento, o ninguno de los dos.",
					Map.of("campo", campo + ".numeroDocumento"));
		}
		return Parte.de(p);
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

	/**
	 * {DEP} in the number: the radicating dependencia, one of the clerk's (Orfeo's rule);
	 * the responsible one for users without.
	 */
	private String dependenciaRadicadora(SolicitudRadicacion s, UsuarioAutenticado u) {
		if (s.dependenciaRadicadora() != null && !s.dependenciaRadicadora().isBlank()) {
			if (!u.codigosDependencias().contains(s.dependenciaRadicadora())
					&& !u.tiene(co.pqrsd.server.seguridad.Rol.ADMIN)) {
				throw new ErrorDominio("DEPENDENCIA_RADICADORA_INVALIDA",
						"Solo puede radicar a nombre de una de sus dependencias.");
			}
			return activa(s.dependenciaRadicadora()).codigo();
		}
		if (u.codigosDependencias().contains(s.dependencia())) {
			return s.dependencia();
		}
		return u.codigosDependencias().stream().sorted().findFirst().orElse(s.dependencia());
	}

}
