package co.pqrsd.server.archivo.expedientes;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.pqrsd.core.archivo.expedientes.EntradaIndice;
import co.pqrsd.core.archivo.expedientes.IndiceElectronico;
import co.pqrsd.core.archivo.expedientes.NivelAcceso;
import co.pqrsd.core.archivo.expedientes.OrigenDocumento;
import co.pqrsd.core.archivo.expedientes.PatronExpediente;
import co.pqrsd.core.archivo.trd.FilaTrd;
import co.pqrsd.core.comun.Colombia;
import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.server.archivo.DocumentosIncorporados;
import co.pqrsd.server.archivo.ExpedienteCerrado;
import co.pqrsd.server.archivo.trd.ConsultaTrd;
import co.pqrsd.server.archivo.trd.FilaGuardada;
import co.pqrsd.server.auditoria.AccionAuditoria;
import co.pqrsd.server.auditoria.Auditoria;
import co.pqrsd.server.auditoria.Resultado;
import co.pqrsd.server.comun.Conflicto;
import co.pqrsd.server.comun.NoEncontrado;
import co.pqrsd.server.documentos.AlmacenDocumentos;
import co.pqrsd.server.radicacion.EntradasRadicacion;
import co.pqrsd.server.seguridad.Dependencias;
import co.pqrsd.server.seguridad.Rol;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expedientes' use cases: apertura under the TRD in force, incorporation of documents
 * (appending to the índice electrónico), cierre (freezing and sealing), and reads with
 * the access level enforced. Every write checks permission first, locks the expediente's
 * row and is audited in its transaction.
 */
@Service
class ServicioExpedientes {

	/** Largest uploaded document (radicación's default). */
	static final long TAMANO_MAXIMO = 50L * 1024 * 1024;

	private final RepositorioExpedientes repositorio;

	private final ConsultaTrd trd;

	private final EntradasRadicacion radicacion;

	private final AlmacenDocumentos almacen;

	private final Dependencias dependencias;

	private final Auditoria auditoria;

	private final ApplicationEventPublisher eventos;

	private final Clock reloj;

	private final PatronExpediente patron;

	ServicioExpedientes(RepositorioExpedientes repositorio, ConsultaTrd trd, EntradasRadicacion radicacion,
			AlmacenDocumentos almacen, Dependencias dependencias, Auditoria auditoria,
			ApplicationEventPublisher eventos, Clock reloj, Environment entorno) {
		this.repositorio = repositorio;
		this.trd = trd;
		this.radicacion = radicacion;
		this.almacen = almacen;
		this.dependencias = dependencias;
		this.auditoria = auditoria;
		this.eventos = eventos;
		this.reloj = reloj;
		this.patron = new PatronExpediente(
				entorno.getProperty("pqrsd.archivo.patron-expediente", PatronExpediente.PREDETERMINADO));
	}

	private LocalDate hoy() {
		return LocalDate.now(reloj.withZone(Colombia.ZONA));
	}

	/** What a dependencia gives to open an expediente. */
	record Apertura(String dependencia, String serie, @Nullable String subserie, String nombre,
			@Nullable String descripcion, @Nullable String soporte, @Nullable String ubicacionFisica,
			NivelAcceso nivelAcceso, @Nullable String fundamentoReserva, @Nullable LocalDate reservaHasta) {
	}

	/**
	 * Opens an expediente under a serie/subserie of the TRD in force (R-TRD-1), numbered
	 * by the configured pattern with a gapless consecutive per prefix.
	 * @throws AccessDeniedException before anything is written, unless the user belongs
	 * to the dependencia or is ARCHIVISTA
	 * @throws ErrorDominio {@code EXPEDIENTE_SIN_SERIE_VIGENTE} when the serie is not in
	 * the TRD in force for that dependencia
	 */
	@Transactional
	Expediente abrir(Apertura a, UsuarioAutenticado u) {
		exigirEscritura(u, a.dependencia());
		FilaGuardada fila = trd.filaVigente(a.dependencia(), a.serie(), vacio(a.subserie()))
			.orElseThrow(() -> new ErrorDominio("EXPEDIENTE_SIN_SERIE_VIGENTE",
					"La serie " + a.dependencia() + "." + a.serie()
							+ (vacio(a.subserie()) == null ? "" : "." + a.subserie())
							+ " no está en la TRD vigente de esa dependencia.",
					Map.of("dependencia", a.dependencia(), "serie", a.serie())));
		return abrirEn(fila, a, u.username(), false);
	}

	private Expediente abrirEn(FilaGuardada fila, Apertura a, String usuario, boolean delSistema) {
		LocalDate hoy = hoy();
		a.nivelAcceso().validar(a.fundamentoReserva(), a.reservaHasta(), hoy);
		FilaTrd f = fila.fila();
		String prefijo = patron.prefijo(hoy.getYear(), f.dependencia(), f.serieCodigo(), f.subserieCodigo());
		long consecutivo = repositorio.siguienteConsecutivo(prefijo);
		String numero = patron.formatear(hoy.getYear(), f.dependencia(), f.serieCodigo(), f.subserieCodigo(),
				consecutivo);
		String soporte = a.soporte() != null ? a.soporte() : f.soporte().name();
		long id = repositorio.insertar(new RepositorioExpedientes.Nuevo(numero, prefijo, consecutivo, f.dependencia(),
				fila.versionId(), fila.id(), a.nombre().strip(), a.descripcion(), soporte, a.ubicacionFisica(),
				a.nivelAcceso(), a.fundamentoReserva(), a.reservaHasta(), hoy, usuario, reloj.instant()));
		Map<String, Object> d = Map.of("codigo", f.codigo(), "nombre", a.nombre(), "nivelAcceso",
				a.nivelAcceso().name(), "version", fila.versionId());
		if (delSistema) {
			auditoria.registrarDelSistema(AccionAuditoria.EXPEDIENTE_ABIERTO, "expediente", numero, d);
		}
		else {
			auditoria.registrar(AccionAuditoria.EXPEDIENTE_ABIERTO, "expediente", numero, d);
		}
		return repositorio.buscar(id, false).orElseThrow();
	}

	/** An uploaded document to incorporate. */
	record Carga(String nombre, byte[] contenido, @Nullable String tipologia, OrigenDocumento origen,
			@Nullable LocalDate fechaCreacion) {
	}

	/**
	 * Stores the file after radicación's type and size checks and appends it to the
	 * índice. Publishes {@link DocumentosIncorporados} with it (the archive queues it for
	 * Alfresco).
	 * @throws ErrorDominio {@code EXPEDIENTE_CERRADO} (409) when closed,
	 * {@code DOCUMENTO_YA_INCORPORADO} (409) when the same content is already in it
	 */
	@Transactional
	EntradaIndice incorporarArchivo(long id, Carga c, UsuarioAutenticado u) {
		Expediente e = bloquearParaEscribir(id, u);
		if (c.contenido().length > TAMANO_MAXIMO) {
			throw new co.pqrsd.server.comun.DemasiadoGrande(
					"DOCUMENTO_DEMASIADO_GRANDE", "El documento '" + c.nombre()
							+ "' supera el tamaño máximo permitido (" + TAMANO_MAXIMO / (1024 * 1024) + " MB).",
					Map.of("documento", c.nombre()));
		}
		radicacion.exigirAdmisibles(List.of(new EntradasRadicacion.Adjunto(c.nombre(), null, c.contenido())));
		AlmacenDocumentos.Recibido r = almacen.recibir(new ByteArrayInputStream(c.contenido()), TAMANO_MAXIMO,
				c.nombre());
		almacen.guardar(r);
		String documentoId = "archivo:" + r.sha256();
		if (repositorio.contiene(id, documentoId)) {
			throw new Conflicto("DOCUMENTO_YA_INCORPORADO",
					"Ese documento ya está en el expediente " + e.numero() + ".", Map.of("expediente", e.numero()));
		}
		String tipo = Formatos.tipo(c.contenido(), c.nombre());
		String formato = Formatos.deTipo(tipo, c.nombre());
		int paginas = Formatos.paginas(c.contenido(), formato);
		EntradaIndice entrada = IndiceElectronico.siguiente(repositorio.entradas(id), documentoId, c.nombre().strip(),
				vacio(c.tipologia()), c.fechaCreacion(), ahora(), r.sha256(), paginas, formato, r.tamano(), c.origen(),
				null);
		EntradaIndice nueva = agregar(e, entrada, r.sha256(), u.username(), false);
		// In this transaction: with Alfresco, the document is queued with the entry.
		eventos.publishEvent(new DocumentosIncorporados(e.id(), e.numero(), List.of(),
				List.of(new DocumentosIncorporados.DocumentoPropio(nueva.orden(), nueva.nombre(), tipo, r.sha256()))));
		return nueva;
	}

	/**
	 * Appends every document of a radicado (already stored by radicación) not yet in the
	 * expediente.
	 * @return the new entries (empty when all were already there)
	 */
	@Transactional
	List<EntradaIndice> incorporarRadicado(long id, String radicado, @Nullable String tipologia, UsuarioAutenticado u) {
		Expediente e = bloquearParaEscribir(id, u);
		List<EntradasRadicacion.DocumentoRadicado> docs = radicacion.documentos(radicado);
		if (docs.isEmpty()) {
			throw new NoEncontrado("RADICADO_SIN_DOCUMENTOS",
					"El radicado " + radicado + " no existe o no tiene documentos.", Map.of("radicado", radicado));
		}
		return incorporar(e, docs, vacio(tipologia), u.username(), false);
	}

	private List<EntradaIndice> incorporar(Expediente e, List<EntradasRadicacion.DocumentoRadicado> docs,
			@Nullable String tipologia, String usuario, boolean delSistema) {
		List<EntradaIndice> nuevas = new ArrayList<>();
		java.util.Set<String> radicados = new java.util.LinkedHashSet<>();
		for (EntradasRadicacion.DocumentoRadicado d : docs) {
			String documentoId = "radicado:" + d.radicado() + ":" + d.id();
			if (repositorio.contiene(e.id(), documentoId)) {
				continue;
			}
			String formato = Formatos.deTipo(d.tipoMime(), d.nombre());
			int paginas = d.paginas() != null ? d.paginas() : contarPaginas(d.sha256(), formato);
			EntradaIndice entrada = IndiceElectronico.siguiente(repositorio.entradas(e.id()), documentoId, d.nombre(),
					tipologia, d.cargadoEn().atZone(Colombia.ZONA).toLocalDate(), ahora(), d.sha256(), paginas, formato,
					d.tamano(), OrigenDocumento.ELECTRONICO, d.radicado());
			nuevas.add(agregar(e, entrada, d.sha256(), usuario, delSistema));
			radicados.add(d.radicado());
		}
		if (!radicados.isEmpty()) {
			eventos.publishEvent(new DocumentosIncorporados(e.id(), e.numero(), List.copyOf(radicados)));
		}
		return nuevas;
	}

	private int contarPaginas(String sha256, String formato) {
		if (!"PDF".equals(formato)) {
			return 1;
		}
		try (InputStream in = almacen.abrir(sha256)) {
			return Formatos.paginas(in.readNBytes((int) TAMANO_MAXIMO + 1), formato);
		}
		catch (java.io.IOException | RuntimeException ex) {
			return 1;
		}
	}

	private EntradaIndice agregar(Expediente e, EntradaIndice entrada, String contenido, String usuario,
			boolean delSistema) {
		repositorio.agregar(e.id(), entrada, contenido, usuario);
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("orden", entrada.orden());
		d.put("documento", entrada.documentoId());
		d.put("sha256", entrada.sha256());
		d.put("paginas", entrada.paginaInicio() + "-" + entrada.paginaFin());
		if (delSistema) {
			auditoria.registrarDelSistema(AccionAuditoria.EXPEDIENTE_DOCUMENTO_INCORPORADO, "expediente", e.numero(),
					d);
		}
		else {
			auditoria.registrar(AccionAuditoria.EXPEDIENTE_DOCUMENTO_INCORPORADO, "expediente", e.numero(), d);
		}
		return entrada;
	}

	/**
	 * Closes the expediente: it is frozen, its índice sealed with its final hash, and the
	 * retention count starts (R-TRD-3; R-EXP-4). Publishes {@link ExpedienteCerrado}.
	 * @throws ErrorDominio {@code EXPEDIENTE_VACIO} when it has no documents
	 */
	@Transactional
	Expediente cerrar(long id, UsuarioAutenticado u) {
		Expediente e = bloquearParaEscribir(id, u);
		List<EntradaIndice> entradas = repositorio.entradas(id);
		if (entradas.isEmpty()) {
			throw new ErrorDominio("EXPEDIENTE_VACIO",
					"El expediente " + e.numero() + " no tiene documentos: no se cierra vacío.",
					Map.of("expediente", e.numero()));
		}
		IndiceElectronico.exigirConsistente(entradas);
		String huella = IndiceElectronico.huella(e.numero(), entradas);
		LocalDate hoy = hoy();
		FilaTrd fila = trd.fila(e.trdFilaId()).orElseThrow().fila();
		// R-TRD-3: by default the retention counts from the cierre; another event
		// (R-TRD-4)
		// is dated when it happens.
		LocalDate inicio = FilaTrd.CIERRE.equals(fila.eventoInicio()) ? hoy : null;
		repositorio.cerrar(id, hoy, inicio, huella, u.username(), reloj.instant());
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("indiceSha256", huella);
		d.put("documentos", entradas.size());
		d.put("inicioRetencion", inicio == null ? fila.eventoInicio() : inicio.toString());
		auditoria.registrar(AccionAuditoria.EXPEDIENTE_CERRADO, "expediente", e.numero(), d);
		eventos
			.publishEvent(new ExpedienteCerrado(id, e.numero(), e.dependencia(), e.trdFilaId(), hoy, inicio, huella));
		return repositorio.buscar(id, false).orElseThrow();
	}

	/**
	 * Dates the start of the retention count of a closed expediente whose TRD row counts
	 * from another event (R-TRD-4: e.g. the loss of force of an act), once.
	 * @throws ErrorDominio {@code INICIO_RETENCION_YA_FIJADO} when it already has one,
	 * {@code EXPEDIENTE_ABIERTO} when it is not closed yet
	 */
	@Transactional
	Expediente fijarInicioRetencion(long id, LocalDate fecha, UsuarioAutenticado u) {
		Expediente e = repositorio.buscar(id, false).orElseThrow(() -> noExiste(String.valueOf(id)));
		exigirEscritura(u, e.dependencia());
		e = repositorio.buscar(id, true).orElseThrow();
		if (e.estado().name().equals("ABIERTO")) {
			throw new Conflicto("EXPEDIENTE_ABIERTO",
					"El expediente " + e.numero() + " sigue abierto: la retención se fecha después del cierre.",
					Map.of("expediente", e.numero()));
		}
		if (e.fechaInicioRetencion() != null) {
			throw new Conflicto("INICIO_RETENCION_YA_FIJADO", "La retención del expediente " + e.numero()
					+ " ya cuenta desde el " + e.fechaInicioRetencion() + ".", Map.of("expediente", e.numero()));
		}
		if (e.fechaCierre() != null && fecha.isBefore(e.fechaCierre()) || fecha.isAfter(hoy())) {
			throw new ErrorDominio("INICIO_RETENCION_INVALIDO",
					"La fecha del evento va entre el cierre del expediente y hoy.", Map.of("expediente", e.numero()));
		}
		repositorio.fijarInicioRetencion(id, fecha);
		eventos.publishEvent(new co.pqrsd.server.archivo.InicioRetencionFijado(id, fecha));
		auditoria.registrar(AccionAuditoria.EXPEDIENTE_RETENCION_INICIADA, "expediente", e.numero(),
				Map.of("fecha", fecha.toString()));
		return repositorio.buscar(id, false).orElseThrow();
	}

	/**
	 * @throws NoEncontrado {@code EXPEDIENTE_NO_ENCONTRADO}
	 * @throws AccessDeniedException for a classified or reserved expediente, to anyone
	 * but its dependencia, ARCHIVISTA, CONTROL_INTERNO and ADMIN (audited)
	 */
	@Transactional(readOnly = true)
	Expediente obtener(long id, UsuarioAutenticado u) {
		Expediente e = repositorio.buscar(id, false).orElseThrow(() -> noExiste(String.valueOf(id)));
		exigirLectura(e, u);
		return e;
	}

	@Transactional(readOnly = true)
	List<EntradaIndice> indice(long id, UsuarioAutenticado u) {
		obtener(id, u);
		return repositorio.entradas(id);
	}

	/** A document's content, to download. */
	record Descarga(String nombre, String formato, InputStream contenido) {
	}

	@Transactional(readOnly = true)
	Descarga documento(long id, int orden, UsuarioAutenticado u) {
		obtener(id, u);
		RepositorioExpedientes.Contenido c = repositorio.contenido(id, orden)
			.orElseThrow(() -> new NoEncontrado("DOCUMENTO_NO_ENCONTRADO",
					"El expediente no tiene un documento de orden " + orden + ".", Map.of("orden", orden)));
		return new Descarga(c.nombre(), c.formato(), almacen.abrir(c.contenidoSha256()));
	}

	Optional<Long> idDe(String numero) {
		return repositorio.idDe(numero);
	}

	/**
	 * @return the expedientes the user works with: every one for ARCHIVISTA, CONTROL
	 * INTERNO and ADMIN, else those of his dependencias
	 */
	@Transactional(readOnly = true)
	List<Expediente> listar(UsuarioAutenticado u, @Nullable String dependencia, @Nullable String estado) {
		boolean todos = u.tiene(Rol.ARCHIVISTA) || u.tiene(Rol.CONTROL_INTERNO) || u.tiene(Rol.ADMIN);
		java.util.Set<String> mias = u.codigosDependencias();
		List<String> filtro = dependencia != null
				? (todos || mias.contains(dependencia) ? List.of(dependencia) : List.of())
				: todos ? null : List.copyOf(mias);
		return repositorio.listar(filtro, estado, 500);
	}

	// ------------------------------------------------------------ PQRSD archiving

	/**
	 * Files a closed or answered PQRSD: the documents of its radicados go into the open
	 * expediente of the serie configured for its dependencia, opened when there is none.
	 * Idempotent (a document already incorporated is skipped); does nothing when the
	 * dependencia has no serie configured or the serie is not in the TRD in force.
	 * @return the expediente used, if any
	 */
	@Transactional
	Optional<String> archivarPqrsd(String dependencia, List<String> radicados, String asunto) {
		Optional<RepositorioExpedientes.SeriePqrsd> config = repositorio.seriePqrsd(dependencia);
		if (config.isEmpty()) {
			return Optional.empty();
		}
		RepositorioExpedientes.SeriePqrsd s = config.get();
		Optional<FilaGuardada> fila = trd.filaVigente(dependencia, s.serie(), s.subserie());
		if (fila.isEmpty()) {
			return Optional.empty();
		}
		List<EntradasRadicacion.DocumentoRadicado> docs = new ArrayList<>();
		radicados.forEach(r -> docs.addAll(radicacion.documentos(r)));
		if (docs.isEmpty()) {
			return Optional.empty();
		}
		Optional<Long> abierto = repositorio.abiertoDe(fila.get().id());
		Expediente e = abierto.isPresent() ? repositorio.buscar(abierto.get(), true).orElseThrow()
				: abrirEn(fila.get(),
						new Apertura(dependencia, s.serie(), s.subserie(),
								fila.get().fila().nombre() + " " + hoy().getYear(), asunto, null, null,
								NivelAcceso.PUBLICA, null, null),
						"sistema", true);
		incorporar(e, docs, s.tipologia(), "sistema", true);
		return Optional.of(e.numero());
	}

	/** Sets where a dependencia files its PQRSD: a serie of the TRD in force. */
	@Transactional
	void configurarSeriePqrsd(String dependencia, String serie, @Nullable String subserie, @Nullable String tipologia,
			UsuarioAutenticado u) {
		if (trd.filaVigente(dependencia, serie, vacio(subserie)).isEmpty()) {
			throw new ErrorDominio("EXPEDIENTE_SIN_SERIE_VIGENTE",
					"La serie " + dependencia + "." + serie + (vacio(subserie) == null ? "" : "." + subserie)
							+ " no está en la TRD vigente de esa dependencia.",
					Map.of("dependencia", dependencia, "serie", serie));
		}
		repositorio.configurar(
				new RepositorioExpedientes.SeriePqrsd(dependencia, serie, vacio(subserie), vacio(tipologia)),
				u.username(), reloj.instant());
		auditoria.registrar(AccionAuditoria.ARCHIVO_SERIE_PQRSD_CONFIGURADA, "dependencia", dependencia,
				Map.of("serie", serie, "subserie", subserie == null ? "" : subserie));
	}

	@Transactional(readOnly = true)
	List<RepositorioExpedientes.SeriePqrsd> seriesPqrsd() {
		return repositorio.seriesPqrsd();
	}

	// ------------------------------------------------------------ permissions

	boolean puedeEscribir(UsuarioAutenticado u, String dependencia) {
		return u.tiene(Rol.ARCHIVISTA) || dependencias.esMiembroActivo(u.username(), dependencia);
	}

	private void exigirEscritura(UsuarioAutenticado u, String dependencia) {
		if (!puedeEscribir(u, dependencia)) {
			throw new AccessDeniedException("expedientes de la dependencia " + dependencia);
		}
	}

	private Expediente bloquearParaEscribir(long id, UsuarioAutenticado u) {
		Expediente e = repositorio.buscar(id, false).orElseThrow(() -> noExiste(String.valueOf(id)));
		exigirEscritura(u, e.dependencia());
		e = repositorio.buscar(id, true).orElseThrow();
		e.estado().exigirAbierto(e.numero());
		return e;
	}

	/** Ley 1712 de 2014, arts. 18, 19 and 22: classified and reserved information. */
	private void exigirLectura(Expediente e, UsuarioAutenticado u) {
		if (!e.nivelAcceso().restringido(e.reservaHasta(), hoy()) || u.tiene(Rol.ARCHIVISTA)
				|| u.tiene(Rol.CONTROL_INTERNO) || u.tiene(Rol.ADMIN)
				|| dependencias.esMiembroActivo(u.username(), e.dependencia())) {
			return;
		}
		auditoria.registrarAparte(AccionAuditoria.EXPEDIENTE_ACCESO_DENEGADO, "expediente", e.numero(),
				Resultado.DENEGADO, Map.of("nivelAcceso", e.nivelAcceso().name()));
		throw new AccessDeniedException("expediente " + e.numero() + " " + e.nivelAcceso());
	}

	private java.time.Instant ahora() {
		return reloj.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
	}

	static NoEncontrado noExiste(String cual) {
		return new NoEncontrado("EXPEDIENTE_NO_ENCONTRADO", "No existe el expediente " + cual + ".",
				Map.of("expediente", cual));
	}

	private static @Nullable String vacio(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
