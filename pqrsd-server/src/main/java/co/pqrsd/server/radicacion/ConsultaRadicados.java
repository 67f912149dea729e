package co.pqrsd.server.radicacion;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.pqrsd.server.documentos.AlmacenDocumentos;
import co.pqrsd.core.comun.LimiteTexto;
import co.pqrsd.server.auditoria.AccionAuditoria;
import co.pqrsd.server.auditoria.Auditoria;
import co.pqrsd.server.auditoria.Resultado;
import co.pqrsd.server.comun.NoEncontrado;
import co.pqrsd.server.seguridad.Rol;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading radicados: detail, search, documents, stickers and constancias, each access
 * audited and permission-checked.
 */
@Service
class ConsultaRadicados {

	private final RadicadoRepository repositorio;

	private final BusquedaRadicados busqueda;

	private final PermisosRadicado permisos;

	private final AlmacenDocumentos almacen;

	private final DocumentosRadicacion impresos;

	private final Auditoria auditoria;

	private final JdbcTemplate jdbc;

	private final java.time.Clock reloj;

	private final DirectorioTerceros directorio;

	/** Other modules' rules over reserved radicados (PQRSD: who is assigned). */
	private final List<EntradasRadicacion.Reserva> reservas;

	ConsultaRadicados(RadicadoRepository repositorio, BusquedaRadicados busqueda, PermisosRadicado permisos,
			AlmacenDocumentos almacen, DocumentosRadicacion impresos, Auditoria auditoria, JdbcTemplate jdbc,
			java.time.Clock reloj, DirectorioTerceros directorio, List<EntradasRadicacion.Reserva> reservas) {
		this.directorio = directorio;
		this.reservas = reservas;
		this.repositorio = repositorio;
		this.busqueda = busqueda;
		this.permisos = permisos;
		this.almacen = almacen;
		this.impresos = impresos;
		this.auditoria = auditoria;
		this.jdbc = jdbc;
		this.reloj = reloj;
	}

	/**
	 * @throws NoEncontrado {@code RADICADO_NO_ENCONTRADO}, for a missing radicado and for
	 * one outside the user's dependencias alike (the denial is audited)
	 */
	@Transactional
	public Radicado obtener(String numero, UsuarioAutenticado usuario) {
		Radicado r = completo(numero, usuario);
		auditoria.registrar(AccionAuditoria.RADICADO_CONSULTADO, "RADICADO", numero);
		return r;
	}

	/**
	 * The radicado with documents and annotations, personal data masked for readers who
	 * may not see them.
	 */
	Radicado completo(String numero, UsuarioAutenticado usuario) {
		Radicado r = visible(numero, usuario);
		boolean datos = permisos.veDatosPersonales(usuario, r.dependencia());
		return r.conPartes(proteger(r.remitente(), datos), proteger(r.destinatario(), datos))
			.conDetalle(repositorio.documentos(numero), repositorio.anotaciones(numero));
	}

	/**
	 * The stored radicado, if the user may see it. A radicado of another dependencia
	 * answers as a missing one, so its existence does not leak; the denial is audited.
	 * @throws NoEncontrado {@code RADICADO_NO_ENCONTRADO}
	 */
	Radicado visible(String numero, UsuarioAutenticado usuario) {
		Radicado r = repositorio.buscar(numero).orElseThrow(() -> noEncontrado(numero));
		if (!permisos.puedeVer(usuario, r.dependencia())) {
			auditoria.registrarAparte(AccionAuditoria.ACCESO_DENEGADO, "RADICADO", numero, Resultado.DENEGADO,
					Map.of("motivo", "FUERA_DE_SUS_DEPENDENCIAS"));
			throw noEncontrado(numero);
		}
		if (!permisos.veReservados(usuario) && !usuario.username().equals(r.asignacion().radicador())
				&& repositorio.reservado(numero)
				&& reservas.stream().noneMatch(reserva -> reserva.puedeVer(numero, usuario))) {
			// Ley 1474 de 2011, art. 76: a corruption denuncia and its denunciante are
			// reserved; the radicado answers as a missing one.
			auditoria.registrarAparte(AccionAuditoria.ACCESO_DENEGADO, "RADICADO", numero, Resultado.DENEGADO,
					Map.of("motivo", "RESERVADO"));
			throw noEncontrado(numero);
		}
		return r;
	}

	/** Cap of each text filter: a search term, not a document. */
	static final int MAXIMO_FILTRO = 300;

	/**
	 * @throws co.pqrsd.core.comun.ErrorDominio {@code TEXTO_DEMASIADO_LARGO} for a text
	 * filter over {@value #MAXIMO_FILTRO} characters
	 */
	@Transactional
	public ResultadoBusqueda buscar(FiltroRadicados filtro, UsuarioAutenticado usuario) {
		new LimiteTexto("q", MAXIMO_FILTRO).exigir(filtro.q());
		new LimiteTexto("numero", MAXIMO_FILTRO).exigir(filtro.numero());
		new LimiteTexto("tercero", MAXIMO_FILTRO).exigir(filtro.tercero());
		new LimiteTexto("asunto", MAXIMO_FILTRO).exigir(filtro.asunto());
		new LimiteTexto("radicador", MAXIMO_FILTRO).exigir(filtro.radicador());
		new LimiteTexto("dependencia", MAXIMO_FILTRO).exigir(filtro.dependencia());
		ResultadoBusqueda resultado = busqueda.buscar(filtro, permisos.alcance(usuario),
				permisos.veReservados(usuario));
		Map<String, Object> detalles = criterios(filtro);
		detalles.put("resultados", resultado.total());
		auditoria.registrar(AccionAuditoria.RADICADOS_BUSCADOS, "RADICADO", null, detalles);
		return resultado;
	}

	/** The search criteria in words, for the audit trail (only those given). */
	private static Map<String, Object> criterios(FiltroRadicados f) {
		Map<String, Object> c = new LinkedHashMap<>();
		poner(c, "numero", f.numero());
		poner(c, "texto", f.q());
		poner(c, "desde", f.desde() == null ? null : co.pqrsd.server.comun.Fechas.deFechaHora(f.desde()));
		poner(c, "hasta", f.hasta() == null ? null : co.pqrsd.server.comun.Fechas.deFechaHora(f.hasta()));
		poner(c, "tipo", f.tipo() == null ? null : f.tipo().etiqueta());
		poner(c, "dependencia", f.dependencia());
		poner(c, "tercero", f.tercero());
		poner(c, "asunto", f.asunto());
		poner(c, "medio", f.medio() == null ? null : f.medio().etiqueta());
		poner(c, "estado", f.estado());
		poner(c, "radicador", f.radicador());
		if (f.pagina() > 1) {
			c.put("pagina", f.pagina());
		}
		return c;
	}

	private static void poner(Map<String, Object> c, String clave, @Nullable Object valor) {
		if (valor != null && !(valor instanceof String s && s.isBlank())) {
			c.put(clave, valor);
		}
	}

	/** A document's stored bytes; the download is audited. */
	public record Descarga(Radicado.Documento documento, InputStream contenido) {
	}

	@Transactional
	public Descarga descargar(String numero, long id, UsuarioAutenticado usuario) {
		completo(numero, usuario);
		Radicado.Documento d = repositorio.documento(numero, id)
			.orElseThrow(() -> new NoEncontrado("DOCUMENTO_NO_ENCONTRADO",
					"El radicado " + numero + " no tiene el documento " + id + "."));
		auditoria.registrar(AccionAuditoria.DOCUMENTO_DESCARGADO, "RADICADO", numero,
				Map.of("documento", id, "sha256", d.sha256()));
		return new Descarga(d, almacen.abrir(d.sha256()));
	}

	/**
	 * Re-hashes a stored document and says whether it still matches its recorded SHA-256.
	 */
	@Transactional(readOnly = true)
	public boolean verificarDocumento(String numero, long id, UsuarioAutenticado usuario) {
		completo(numero, usuario);
		Radicado.Documento d = repositorio.documento(numero, id)
			.orElseThrow(() -> new NoEncontrado("DOCUMENTO_NO_ENCONTRADO",
					"El radicado " + numero + " no tiene el documento " + id + "."));
		return almacen.verificar(d.sha256());
	}

	@Transactional
	public byte[] rotulo(String numero, UsuarioAutenticado usuario) {
		Radicado r = completo(numero, usuario);
		auditoria.registrar(AccionAuditoria.ROTULO_GENERADO, "RADICADO", numero);
		return impresos.rotulo(r);
	}

	@Transactional
	public byte[] estampado(String numero, long id, UsuarioAutenticado usuario) {
		Descarga d = descargar(numero, id, usuario);
		try (InputStream in = d.contenido()) {
			auditoria.registrar(AccionAuditoria.ROTULO_GENERADO, "RADICADO", numero, Map.of("estampadoEn", id));
			return impresos.estampar(completo(numero, usuario), in, d.documento().nombre());
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	@Transactional
	public byte[] constancia(String numero, UsuarioAutenticado usuario) {
		Radicado r = completo(numero, usuario);
		auditoria.registrar(AccionAuditoria.CONSTANCIA_GENERADA, "RADICADO", numero);
		return impresos.constancia(r);
	}

	/**
	 * The senders and addressees directory, for autocomplete; personal data, so only for
	 * who keeps it, every read audited (see {@link DirectorioTerceros#buscar}).
	 */
	public List<Map<String, Object>> terceros(String q, UsuarioAutenticado usuario) {
		return directorio.buscar(q, usuario);
	}

	/**
	 * Radicados of the same sender with a similar subject in the last 30 days, among
	 * those the user may see.
	 * @throws AccessDeniedException for users who do not radicate
	 */
	@Transactional(readOnly = true)
	public List<String> posiblesDuplicados(@Nullable String numeroDocumento, String asunto,
			UsuarioAutenticado usuario) {
		if (!permisos.radica(usuario)) {
			throw new AccessDeniedException("posibles duplicados");
		}
		return numeroDocumento == null || numeroDocumento.isBlank() || asunto == null || asunto.isBlank() ? List.of()
				: repositorio.posiblesDuplicados(null, numeroDocumento.strip(), asunto,
						reloj.instant().minus(java.time.Duration.ofDays(30)), null, permisos.alcance(usuario));
	}

	/**
	 * The anulaciones report: every annulled radicado of the year with who, when, why and
	 * the acta.
	 */
	@Transactional
	public List<Map<String, Object>> anulaciones(int anio, UsuarioAutenticado usuario) {
		if (!puedeVerAnulaciones(usuario)) {
			throw new AccessDeniedException("anulaciones");
		}
		auditoria.registrar(AccionAuditoria.RADICADOS_BUSCADOS, "RADICADO", null,
				Map.of("reporte", "anulaciones", "anio", anio));
		return jdbc.queryForList(
				"""
						SELECT numero, tipo, fecha_radicacion AS "fechaRadicacion", asunto, radicador, anulado_en AS "anuladoEn", anulado_por AS "anuladoPor",
						       anulacion_justificacion AS justificacion, anulacion_acta AS acta
						FROM radicado WHERE estado = 'ANULADO' AND anio = ? ORDER BY anulado_en""",
				anio);
	}

	/** Whether the screens should offer "Anular" to this user. */
	public boolean puedeAnular(UsuarioAutenticado usuario) {
		return permisos.puedeAnular(usuario);
	}

	/** Whether the screens should offer the anulaciones report to this user. */
	public boolean puedeVerAnulaciones(UsuarioAutenticado usuario) {
		return usuario.tiene(Rol.ADMIN) || usuario.tiene(Rol.CONTROL_INTERNO) || permisos.puedeAnular(usuario);
	}

	/** The types of radicado this user may radicate, for the form's choices. */
	public List<co.pqrsd.core.radicacion.TipoRadicado> tiposRadicables(UsuarioAutenticado usuario) {
		return java.util.Arrays.stream(co.pqrsd.core.radicacion.TipoRadicado.values())
			.filter(t -> usuario.codigosDependencias().stream().anyMatch(d -> permisos.puedeRadicar(usuario, t, d))
					|| permisos.puedeRadicar(usuario, t, ""))
			.toList();
	}

	/**
	 * Whether the user may add documents to this radicado (what the detail screen
	 * offers).
	 */
	public boolean puedeAgregarDocumentos(UsuarioAutenticado usuario, Radicado r) {
		return permisos.puedeAgregarDocumentos(usuario, r);
	}

	/** Whether the user may write anotaciones into this radicado (the detail's form). */
	public boolean puedeAnotar(UsuarioAutenticado usuario, Radicado r) {
		return permisos.puedeAnotar(usuario, r);
	}

	/** Whether the user may read the senders and addressees directory (autocomplete). */
	public boolean administraDirectorio(UsuarioAutenticado usuario) {
		return permisos.administraDirectorio(usuario);
	}

	/**
	 * Public verification of a sticker: existence, date and state only, no personal data.
	 */
	@Transactional(readOnly = true)
	public Optional<Map<String, Object>> verificarPublico(String numero, String codigo) {
		return repositorio.buscar(numero)
			.filter(r -> DocumentosRadicacion.codigoVerificacion(r).equals(codigo))
			.map(r -> {
				Map<String, Object> m = new LinkedHashMap<>();
				m.put("numero", r.numero());
				m.put("fechaRadicacion", r.fechaRadicacion());
				m.put("tipo", r.tipo().etiqueta());
				m.put("estado", r.estado());
				m.put("dependencia", r.dependenciaNombre());
				return m;
			});
	}

	private static @Nullable Parte proteger(@Nullable Parte p, boolean datos) {
		return p == null || datos ? p : p.protegida();
	}

	static NoEncontrado noEncontrado(String numero) {
		return new NoEncontrado("RADICADO_NO_ENCONTRADO", "No existe el radicado " + numero + ".");
	}

	/**
	 * @return how many of the radicado's documents still wait to be stored in Alfresco (0
	 * with the embedded store).
	 */
	int pendientesAlfresco(String numero) {
		return almacen.pendientesAlfresco(numero);
	}

}
