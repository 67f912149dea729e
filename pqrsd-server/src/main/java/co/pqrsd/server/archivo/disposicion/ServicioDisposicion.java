package co.pqrsd.server.archivo.disposicion;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.pqrsd.core.archivo.disposicion.EstadoDisposicion;
import co.pqrsd.core.archivo.disposicion.ProcesoDisposicion;
import co.pqrsd.core.archivo.disposicion.ReglasDisposicion;
import co.pqrsd.core.comun.Colombia;
import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.server.archivo.indice.ExpedienteArchivado;
import co.pqrsd.server.archivo.indice.Expedientes;
import co.pqrsd.server.auditoria.AccionAuditoria;
import co.pqrsd.server.auditoria.Auditoria;
import co.pqrsd.server.comun.Conflicto;
import co.pqrsd.server.comun.NoEncontrado;
import co.pqrsd.server.documentos.AlmacenDocumentos;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import co.pqrsd.server.terminos.TerminosEntidad;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Disposición final, never automatic (R-TRD-11): the archivist proposes candidates whose
 * TRD allows elimination and whose retention ended; the committee's approval, the
 * publication for 60 días hábiles, the answers to citizens' observations and the acta de
 * eliminación are recorded step by step; execution destroys the contents (the files leave
 * the disk after the commit) and leaves a permanent tombstone. A legal hold blocks
 * everything it covers.
 */
@Service
class ServicioDisposicion {

	private static final Logger LOG = LoggerFactory.getLogger(ServicioDisposicion.class);

	static final String OBJETO = "DISPOSICION";

	static final int MAXIMO_ITEMS = 2000;

	private final JdbcClient jdbc;

	private final Expedientes expedientes;

	private final Bloqueos bloqueos;

	private final AlmacenDocumentos almacen;

	private final TerminosEntidad terminos;

	private final Auditoria auditoria;

	private final JsonMapper json;

	private final Clock reloj;

	ServicioDisposicion(JdbcClient jdbc, Expedientes expedientes, Bloqueos bloqueos, AlmacenDocumentos almacen,
			TerminosEntidad terminos, Auditoria auditoria, JsonMapper json, Clock reloj) {
		this.jdbc = jdbc;
		this.expedientes = expedientes;
		this.bloqueos = bloqueos;
		this.almacen = almacen;
		this.terminos = terminos;
		this.auditoria = auditoria;
		this.json = json;
		this.reloj = reloj;
	}

	private LocalDate hoy() {
		return LocalDate.ofInstant(reloj.instant(), Colombia.ZONA);
	}

	@Transactional
	Disposicion crear(String descripcion, List<String> numeros, UsuarioAutenticado usuario) {
		Expedientes.exigirArchivista(usuario);
		if (numeros.isEmpty() || numeros.size() > MAXIMO_ITEMS) {
			throw new ErrorDominio("DISPOSICION_SIN_EXPEDIENTES",
					"Una disposición lleva entre 1 y " + MAXIMO_ITEMS + " expedientes.");
		}
		LocalDate hoy = hoy();
		Set<String> vistos = new HashSet<>();
		List<ExpedienteArchivado> lista = new ArrayList<>();
		for (String n : numeros) {
			if (!vistos.add(n)) {
				throw new ErrorDominio("EXPEDIENTE_REPETIDO", "El expediente " + n + " está repetido.");
			}
			ExpedienteArchivado e = expedientes.porNumero(n);
			bloqueos.exigirLibre(e);
			var r = jdbc.sql("SELECT fin_ac, eliminado FROM archivo_retencion WHERE expediente_id = ?")
				.param(e.id())
				.query((rs, i) -> new Object[] { rs.getDate(1).toLocalDate(), rs.getBoolean(2) })
				.optional();
			if (r.isPresent() && (Boolean) r.get()[1]) {
				throw new Conflicto("EXPEDIENTE_ELIMINADO", "El expediente " + n + " ya fue eliminado.");
			}
			// R-TRD-8: only under the TRD (E or S) and once the retention ended
			// (R-TRD-5).
			ReglasDisposicion.candidatoEliminacion(n, e.disposicion(), r.map(x -> (LocalDate) x[0]).orElse(null), hoy);
			Long otra = jdbc.sql("""
					SELECT d.id FROM archivo_disposicion_item i JOIN archivo_disposicion d ON d.id = i.disposicion_id
					 WHERE i.expediente_id = ? AND i.estado = 'PROPUESTO' AND d.estado <> 'EJECUTADA' LIMIT 1""")
				.param(e.id())
				.query(Long.class)
				.optional()
				.orElse(null);
			if (otra != null) {
				throw new Conflicto("EXPEDIENTE_EN_DISPOSICION",
						"El expediente " + n + " ya está en la disposición " + otra + ".");
			}
			lista.add(e);
		}
		Instant ahora = reloj.instant();
		long id = jdbc.sql("""
				INSERT INTO archivo_disposicion (descripcion, estado, creada_por, creada_en)
				VALUES (?, 'CANDIDATOS', ?, ?) RETURNING id""")
			.params(descripcion, usuario.username(), Timestamp.from(ahora))
			.query(Long.class)
			.single();
		for (int k = 0; k < lista.size(); k++) {
			jdbc.sql("INSERT INTO archivo_disposicion_item (disposicion_id, orden, expediente_id) VALUES (?, ?, ?)")
				.params(id, k + 1, lista.get(k).id())
				.update();
		}
		auditoria.registrar(AccionAuditoria.DISPOSICION_CREADA, OBJETO, String.valueOf(id),
				Map.of("expedientes", numeros));
		return obtener(id);
	}

	@Transactional
	Disposicion aprobar(long id, String acta, LocalDate fecha, UsuarioAutenticado usuario) {
		Expedientes.exigirArchivista(usuario);
		ProcesoDisposicion p = proceso(id).aprobar(acta, fecha, hoy());
		guardar(id, p);
		auditoria.registrar(AccionAuditoria.DISPOSICION_APROBADA, OBJETO, String.valueOf(id),
				Map.of("acta", acta, "fecha", fecha.toString()));
		return obtener(id);
	}

	@Transactional
	Disposicion publicar(long id, UsuarioAutenticado usuario) {
		Expedientes.exigirArchivista(usuario);
		// R-TRD-9: Acuerdo 001 de 2024 art. 4.5.4 num. 2, 60 días hábiles on the entity's
		// calendar.
		ProcesoDisposicion p = proceso(id).publicar(hoy(), terminos.calendario());
		guardar(id, p);
		auditoria.registrar(AccionAuditoria.DISPOSICION_PUBLICADA, OBJETO, String.valueOf(id),
				Map.of("desde", String.valueOf(p.publicacionDesde()), "hasta", String.valueOf(p.publicacionHasta())));
		return obtener(id);
	}

	/** A citizen's observation on a published inventory (no login). */
	@Transactional
	Disposicion.Observacion observar(long id, @Nullable Integer orden, String nombre, @Nullable String correo,
			String texto) {
		ProcesoDisposicion p = proceso(id);
		if (!p.publicacionVigente(hoy())) {
			throw new Conflicto("PUBLICACION_NO_VIGENTE",
					"El inventario " + id + " no está publicado para observaciones en este momento.");
		}
		if (orden != null
				&& jdbc.sql("SELECT count(*) FROM archivo_disposicion_item WHERE disposicion_id = ? AND orden = ?")
					.params(id, orden)
					.query(Long.class)
					.single() == 0) {
			throw new ErrorDominio("ORDEN_INEXISTENTE", "El inventario no tiene la fila " + orden + ".");
		}
		long obs = jdbc.sql("""
				INSERT INTO archivo_disposicion_observacion (disposicion_id, orden, nombre, correo, texto, recibida_en)
				VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(id, orden, nombre, correo, texto, Timestamp.from(reloj.instant()))
			.query(Long.class)
			.single();
		auditoria.registrar(AccionAuditoria.DISPOSICION_OBSERVACION_RECIBIDA, OBJETO, String.valueOf(id),
				Map.of("observacion", obs, "orden", orden == null ? "todas" : orden));
		return obtener(id).observaciones().stream().filter(o -> o.id() == obs).findFirst().orElseThrow();
	}

	/**
	 * The committee's answer to an observation; when it upholds it, the row leaves the
	 * elimination (it is kept).
	 */
	@Transactional
	Disposicion responder(long id, long observacion, String respuesta, boolean excluye, UsuarioAutenticado usuario) {
		Expedientes.exigirArchivista(usuario);
		Integer orden = jdbc.sql("""
				SELECT orden FROM archivo_disposicion_observacion WHERE id = ? AND disposicion_id = ?
				   AND respondida_en IS NULL FOR UPDATE""")
			.params(observacion, id)
			.query((rs, n) -> (Integer) rs.getObject(1))
			.optional()
			.orElseThrow(() -> new NoEncontrado("OBSERVACION_NO_ENCONTRADA",
					"No hay una observación " + observacion + " sin responder en la disposición " + id + "."));
		if (proceso(id).estado() == EstadoDisposicion.EJECUTADA) {
			throw new Conflicto("DISPOSICION_ESTADO_INVALIDO", "La disposición ya fue ejecutada.");
		}
		jdbc.sql(
				"""
						UPDATE archivo_disposicion_observacion SET respuesta = ?, excluye = ?, respondida_por = ?, respondida_en = ?
						 WHERE id = ?""")
			.params(respuesta, excluye, usuario.username(), Timestamp.from(reloj.instant()), observacion)
			.update();
		if (excluye) {
			jdbc.sql("""
					UPDATE archivo_disposicion_item SET estado = 'EXCLUIDO', motivo_exclusion = ?
					 WHERE disposicion_id = ? AND (? IS NULL OR orden = ?) AND estado = 'PROPUESTO'""")
				.params("Observación " + observacion + ": " + respuesta, id, orden, orden)
				.update();
		}
		auditoria.registrar(AccionAuditoria.DISPOSICION_OBSERVACION_RESPONDIDA, OBJETO, String.valueOf(id),
				Map.of("observacion", observacion, "excluye", excluye));
		return obtener(id);
	}

	@Transactional
	Disposicion firmarActa(long id, String acta, UsuarioAutenticado usuario) {
		Expedientes.exigirArchivista(usuario);
		ProcesoDisposicion p = proceso(id).firmarActa(acta, hoy(), abiertas(id));
		guardar(id, p);
		auditoria.registrar(AccionAuditoria.DISPOSICION_ACTA_FIRMADA, OBJETO, String.valueOf(id), Map.of("acta", acta));
		return obtener(id);
	}

	/**
	 * Executes the elimination: refused before approval, during publication, with an open
	 * observation or under a legal hold. Each expediente keeps a tombstone; each of its
	 * contents is destroyed unless another índice entry, radicado document or evidence
	 * still refers to it (then the tombstone says it was kept). Files leave the disk
	 * after the commit.
	 */
	@Transactional
	Disposicion ejecutar(long id, UsuarioAutenticado usuario) {
		Expedientes.exigirArchivista(usuario);
		jdbc.sql("SELECT id FROM archivo_disposicion WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional();
		ProcesoDisposicion p = proceso(id).ejecutar(hoy(), abiertas(id));
		Disposicion d = obtener(id);
		List<ExpedienteArchivado> eliminar = new ArrayList<>();
		for (Disposicion.Item i : d.items()) {
			if ("PROPUESTO".equals(i.estado())) {
				ExpedienteArchivado e = expedientes.porNumero(i.expediente());
				bloqueos.exigirLibre(e);
				eliminar.add(e);
			}
		}
		Set<Long> ids = new HashSet<>(eliminar.stream().map(ExpedienteArchivado::id).toList());
		Instant ahora = reloj.instant();
		List<String> destruir = new ArrayList<>();
		for (ExpedienteArchivado e : eliminar) {
			jdbc.sql("UPDATE archivo_retencion SET eliminado = true WHERE expediente_id = ?").param(e.id()).update();
		}
		int destruidosTotal = 0;
		for (ExpedienteArchivado e : eliminar) {
			List<Map<String, Object>> entradas = new ArrayList<>();
			int destruidos = 0;
			int conservados = 0;
			for (Expedientes.EntradaArchivada a : expedientes.entradas(e.id())) {
				var en = a.entrada();
				boolean usado = usadoFuera(a.contenido(), ids);
				if (!usado && !destruir.contains(a.contenido())) {
					destruir.add(a.contenido());
				}
				if (usado) {
					conservados++;
				}
				else {
					destruidos++;
				}
				Map<String, Object> m = new LinkedHashMap<>();
				m.put("orden", en.orden());
				m.put("documentoId", en.documentoId());
				m.put("nombre", en.nombre());
				m.put("tipologia", en.tipologia() == null ? "" : en.tipologia());
				m.put("sha256", en.sha256());
				m.put("tamano", en.tamano());
				m.put("contenido", usado ? "CONSERVADO_POR_OTRA_REFERENCIA" : "DESTRUIDO");
				entradas.add(m);
			}
			jdbc.sql("""
					INSERT INTO archivo_lapida (expediente_id, disposicion_id, numero, acta_eliminacion, acta_comite,
					                            indice_sha256, entradas, contenidos_destruidos, contenidos_conservados,
					                            eliminado_por, eliminado_en)
					VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?)""")
				.params(e.id(), id, e.numero(), p.actaEliminacion(), p.actaComite(), e.indiceSha256(),
						json.writeValueAsString(entradas), destruidos, conservados, usuario.username(),
						Timestamp.from(ahora))
				.update();
			jdbc.sql(
					"UPDATE archivo_disposicion_item SET estado = 'ELIMINADO' WHERE disposicion_id = ? AND expediente_id = ?")
				.params(id, e.id())
				.update();
			destruidosTotal += destruidos;
		}
		jdbc.sql(
				"UPDATE archivo_disposicion SET estado = 'EJECUTADA', ejecutada_por = ?, ejecutada_en = ? WHERE id = ?")
			.params(usuario.username(), Timestamp.from(ahora), id)
			.update();
		auditoria.registrar(AccionAuditoria.DISPOSICION_EJECUTADA, OBJETO, String.valueOf(id),
				Map.of("acta", String.valueOf(p.actaEliminacion()), "expedientes",
						eliminar.stream().map(ExpedienteArchivado::numero).toList(), "contenidosDestruidos",
						destruir.size(), "entradasDestruidas", destruidosTotal));
		// R-TRD-10 / Decreto 1081 art. 2.1.1.5.4.2: eliminación segura y permanente, once
		// the
		// tombstone is committed.
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				for (String sha : destruir) {
					try {
						almacen.eliminar(sha);
					}
					catch (RuntimeException ex) {
						LOG.error("No se pudo destruir el contenido {} de la disposición {}", sha, id, ex);
					}
				}
			}
		});
		return obtener(id);
	}

	/**
	 * Whether a content is still referred to by something that is not being eliminated.
	 */
	private boolean usadoFuera(String sha, Set<Long> eliminados) {
		Long[] ids = eliminados.toArray(Long[]::new);
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM archivo_indice_entrada i
				                 LEFT JOIN archivo_retencion r ON r.expediente_id = i.expediente_id
				                WHERE i.contenido_sha256 = ? AND NOT (i.expediente_id = ANY (?))
				                  AND coalesce(r.eliminado, false) = false)
				    OR EXISTS (SELECT 1 FROM documento WHERE sha256 = ?)
				    OR EXISTS (SELECT 1 FROM archivo_evidencia_disposicion WHERE evidencia_sha256 = ?)""")
			.params(sha, ids, sha, sha)
			.query(Boolean.class)
			.single();
	}

	private int abiertas(long id) {
		return jdbc.sql("""
				SELECT count(*) FROM archivo_disposicion_observacion o
				 WHERE o.disposicion_id = ? AND o.respondida_en IS NULL""")
			.param(id)
			.query(Long.class)
			.single()
			.intValue();
	}

	private ProcesoDisposicion proceso(long id) {
		Disposicion d = obtener(id);
		return new ProcesoDisposicion(EstadoDisposicion.valueOf(d.estado()), d.actaComite(), d.fechaComite(),
				d.publicacionDesde(), d.publicacionHasta(), d.actaEliminacion(), d.fechaActaEliminacion());
	}

	private void guardar(long id, ProcesoDisposicion p) {
		jdbc.sql("""
				UPDATE archivo_disposicion SET estado = ?, acta_comite = ?, fecha_comite = ?, publicacion_desde = ?,
				       publicacion_hasta = ?, acta_eliminacion = ?, fecha_acta_eliminacion = ? WHERE id = ?""")
			.params(p.estado().name(), p.actaComite(), fecha(p.fechaComite()), fecha(p.publicacionDesde()),
					fecha(p.publicacionHasta()), p.actaEliminacion(), fecha(p.fechaActaEliminacion()), id)
			.update();
	}

	private static @Nullable Date fecha(@Nullable LocalDate f) {
		return f == null ? null : Date.valueOf(f);
	}

	@Transactional(readOnly = true)
	List<Disposicion> listar() {
		return jdbc.sql("SELECT id FROM archivo_disposicion ORDER BY id DESC LIMIT 200")
			.query(Long.class)
			.list()
			.stream()
			.map(this::obtener)
			.toList();
	}

	/** The inventories published for observations today (the public page). */
	@Transactional(readOnly = true)
	List<Disposicion> publicadas() {
		return jdbc
			.sql("""
					SELECT id FROM archivo_disposicion WHERE estado = 'EN_PUBLICACION' AND publicacion_hasta >= ? ORDER BY id""")
			.param(Date.valueOf(hoy()))
			.query(Long.class)
			.list()
			.stream()
			.map(this::obtener)
			.toList();
	}

	@Transactional(readOnly = true)
	Disposicion obtener(long id) {
		List<Disposicion.Observacion> obs = jdbc.sql("""
				SELECT id, orden, nombre, correo, texto, recibida_en, respuesta, excluye, respondida_por, respondida_en
				  FROM archivo_disposicion_observacion WHERE disposicion_id = ? ORDER BY id""")
			.param(id)
			.query((rs, n) -> {
				Timestamp r = rs.getTimestamp("respondida_en");
				return new Disposicion.Observacion(rs.getLong("id"), (Integer) rs.getObject("orden"),
						rs.getString("nombre"), rs.getString("correo"), rs.getString("texto"),
						rs.getTimestamp("recibida_en").toInstant(), rs.getString("respuesta"),
						(Boolean) rs.getObject("excluye"), rs.getString("respondida_por"),
						r == null ? null : r.toInstant());
			})
			.list();
		Set<Integer> bloqueadas = new HashSet<>();
		boolean todas = false;
		for (Disposicion.Observacion o : obs) {
			if (o.respondidaEn() == null) {
				if (o.orden() == null) {
					todas = true;
				}
				else {
					bloqueadas.add(o.orden());
				}
			}
		}
		boolean todasBloqueadas = todas;
		List<Disposicion.Item> items = jdbc.sql("""
				SELECT i.orden, e.numero, e.nombre, e.dependencia, f.serie_codigo, f.subserie_codigo, f.serie_nombre,
				       f.subserie_nombre, e.fecha_apertura, e.fecha_cierre, f.disposicion_ct, f.disposicion_e,
				       f.disposicion_s, f.disposicion_md, i.estado, i.motivo_exclusion
				  FROM archivo_disposicion_item i
				  JOIN archivo_expediente e ON e.id = i.expediente_id
				  JOIN archivo_trd_fila f ON f.id = e.trd_fila_id
				 WHERE i.disposicion_id = ? ORDER BY i.orden""").param(id).query((rs, n) -> {
			String sub = rs.getString("subserie_codigo");
			String subNombre = rs.getString("subserie_nombre");
			Date cierre = rs.getDate("fecha_cierre");
			List<String> disp = new ArrayList<>();
			for (String c : new String[] { "ct", "e", "s", "md" }) {
				if (rs.getBoolean("disposicion_" + c)) {
					disp.add(c.toUpperCase());
				}
			}
			int orden = rs.getInt("orden");
			return new Disposicion.Item(orden, rs.getString("numero"), rs.getString("nombre"),
					rs.getString("dependencia") + "." + rs.getString("serie_codigo") + (sub == null ? "" : "." + sub),
					rs.getString("serie_nombre") + (subNombre == null ? "" : " / " + subNombre),
					rs.getDate("fecha_apertura").toLocalDate(), cierre == null ? null : cierre.toLocalDate(),
					String.join("+", disp), rs.getString("estado"), rs.getString("motivo_exclusion"),
					"PROPUESTO".equals(rs.getString("estado")) && (todasBloqueadas || bloqueadas.contains(orden)));
		}).list();
		return jdbc.sql("""
				SELECT id, descripcion, estado, acta_comite, fecha_comite, publicacion_desde, publicacion_hasta,
				       acta_eliminacion, fecha_acta_eliminacion, creada_por, creada_en, ejecutada_por, ejecutada_en
				  FROM archivo_disposicion WHERE id = ?""").param(id).query((rs, n) -> {
			Timestamp ej = rs.getTimestamp("ejecutada_en");
			return new Disposicion(rs.getLong("id"), rs.getString("descripcion"), rs.getString("estado"),
					rs.getString("acta_comite"), local(rs.getDate("fecha_comite")),
					local(rs.getDate("publicacion_desde")), local(rs.getDate("publicacion_hasta")),
					rs.getString("acta_eliminacion"), local(rs.getDate("fecha_acta_eliminacion")),
					rs.getString("creada_por"), rs.getTimestamp("creada_en").toInstant(), rs.getString("ejecutada_por"),
					ej == null ? null : ej.toInstant(), items, obs);
		})
			.optional()
			.orElseThrow(() -> new NoEncontrado("DISPOSICION_NO_ENCONTRADA", "No existe la disposición " + id + "."));
	}

	private static @Nullable LocalDate local(@Nullable Date d) {
		return d == null ? null : d.toLocalDate();
	}

	/**
	 * CT or M/D recorded with its evidence (a description and, optionally, a stored
	 * content hash).
	 */
	@Transactional
	long registrarConservacion(String numero, String tipo, String descripcion, @Nullable String evidenciaSha256,
			UsuarioAutenticado usuario) {
		Expedientes.exigirArchivista(usuario);
		ExpedienteArchivado e = expedientes.porNumero(numero);
		bloqueos.exigirLibre(e);
		if ("CT".equals(tipo) && !e.disposicion().ct() && !e.disposicion().s()) {
			throw new ErrorDominio("DISPOSICION_NO_ADMITE_CONSERVACION",
					"La TRD del expediente " + numero + " no dispone conservación total ni selección.");
		}
		if ("MD".equals(tipo) && !e.disposicion().md()) {
			throw new ErrorDominio("DISPOSICION_NO_ADMITE_MEDIO_TECNICO",
					"La TRD del expediente " + numero + " no dispone microfilmación o digitalización.");
		}
		if (evidenciaSha256 != null && !almacen.existe(evidenciaSha256)) {
			throw new ErrorDominio("EVIDENCIA_INEXISTENTE", "La evidencia indicada no está en el almacenamiento.");
		}
		long id = jdbc.sql("""
				INSERT INTO archivo_evidencia_disposicion (expediente_id, tipo, descripcion, evidencia_sha256,
				                                           registrado_por, registrado_en)
				VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(e.id(), tipo, descripcion, evidenciaSha256, usuario.username(), Timestamp.from(reloj.instant()))
			.query(Long.class)
			.single();
		auditoria.registrar(AccionAuditoria.CONSERVACION_REGISTRADA, "EXPEDIENTE", numero,
				Map.of("tipo", tipo, "evidencia", id));
		return id;
	}

	/**
	 * The tombstone of an eliminated expediente (what, índice entries and hashes, acta,
	 * who, when).
	 */
	@Transactional(readOnly = true)
	Map<String, Object> lapida(String numero) {
		return jdbc.sql("""
				SELECT l.numero, l.disposicion_id, l.acta_eliminacion, l.acta_comite, l.indice_sha256, l.entradas::text,
				       l.contenidos_destruidos, l.contenidos_conservados, l.eliminado_por, l.eliminado_en
				  FROM archivo_lapida l WHERE l.numero = ?""").param(numero).query((rs, n) -> {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("expediente", rs.getString(1));
			m.put("disposicion", rs.getLong(2));
			m.put("actaEliminacion", rs.getString(3));
			m.put("actaComite", rs.getString(4));
			m.put("indiceSha256", rs.getString(5));
			m.put("entradas", json.readTree(rs.getString(6)));
			m.put("contenidosDestruidos", rs.getInt(7));
			m.put("contenidosConservados", rs.getInt(8));
			m.put("eliminadoPor", rs.getString(9));
			m.put("eliminadoEn", rs.getTimestamp(10).toInstant());
			return m;
		})
			.optional()
			.orElseThrow(() -> new NoEncontrado("LAPIDA_NO_ENCONTRADA",
					"El expediente " + numero + " no ha sido eliminado."));
	}

}
