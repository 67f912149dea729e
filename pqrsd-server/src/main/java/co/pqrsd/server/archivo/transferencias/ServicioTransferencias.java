package co.pqrsd.server.archivo.transferencias;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.pqrsd.core.archivo.retencion.PlazosRetencion;
import co.pqrsd.core.archivo.retencion.TipoTransferencia;
import co.pqrsd.core.archivo.retencion.Ubicacion;
import co.pqrsd.core.comun.Colombia;
import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.server.archivo.disposicion.Bloqueos;
import co.pqrsd.server.archivo.indice.ExpedienteArchivado;
import co.pqrsd.server.archivo.indice.Expedientes;
import co.pqrsd.server.auditoria.AccionAuditoria;
import co.pqrsd.server.auditoria.Auditoria;
import co.pqrsd.server.comun.Conflicto;
import co.pqrsd.server.comun.NoEncontrado;
import co.pqrsd.server.seguridad.Rol;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transfer workflow (R-TRD-6): the oficina productora's jefe or the archivist sends
 * the FUID of due expedientes; the archivist (receiving archive) accepts it, and the
 * expedientes move to the next archive with their new physical location recorded, or
 * returns it with observations. A legal hold blocks sending and accepting.
 */
@Service
class ServicioTransferencias {

	static final String OBJETO = "TRANSFERENCIA";

	static final int MAXIMO_ITEMS = 2000;

	private final JdbcClient jdbc;

	private final Expedientes expedientes;

	private final Bloqueos bloqueos;

	private final Auditoria auditoria;

	private final ArchivoProperties propiedades;

	private final Clock reloj;

	ServicioTransferencias(JdbcClient jdbc, Expedientes expedientes, Bloqueos bloqueos, Auditoria auditoria,
			ArchivoProperties propiedades, Clock reloj) {
		this.jdbc = jdbc;
		this.expedientes = expedientes;
		this.bloqueos = bloqueos;
		this.auditoria = auditoria;
		this.propiedades = propiedades;
		this.reloj = reloj;
	}

	/** One expediente to send, with the FUID data only a person knows. */
	record ItemSolicitud(String expediente, String unidadConservacion, int folios, String frecuenciaConsulta,
			@Nullable String notas) {
	}

	@Transactional
	Transferencia crear(TipoTransferencia tipo, String dependencia, List<ItemSolicitud> items,
			UsuarioAutenticado usuario) {
		if (!usuario.tiene(Rol.ARCHIVISTA)
				&& !(usuario.tiene(Rol.JEFE_DEPENDENCIA) && usuario.codigosDependencias().contains(dependencia))) {
			throw new AccessDeniedException("Solo el archivista o el jefe de la oficina productora");
		}
		if (items.isEmpty() || items.size() > MAXIMO_ITEMS) {
			throw new ErrorDominio("TRANSFERENCIA_SIN_EXPEDIENTES",
					"Una transferencia lleva entre 1 y " + MAXIMO_ITEMS + " expedientes.");
		}
		LocalDate hoy = LocalDate.ofInstant(reloj.instant(), Colombia.ZONA);
		Set<String> vistos = new HashSet<>();
		List<ExpedienteArchivado> lista = new java.util.ArrayList<>();
		for (ItemSolicitud i : items) {
			if (!vistos.add(i.expediente())) {
				throw new ErrorDominio("EXPEDIENTE_REPETIDO", "El expediente " + i.expediente() + " está repetido.");
			}
			ExpedienteArchivado e = expedientes.porNumero(i.expediente());
			exigirTransferible(e, tipo, dependencia, hoy);
			lista.add(e);
		}
		jdbc.sql("LOCK TABLE archivo_transferencia IN SHARE ROW EXCLUSIVE MODE").update();
		int numero = jdbc.sql("SELECT coalesce(max(numero), 0) + 1 FROM archivo_transferencia")
			.query(Integer.class)
			.single();
		Instant ahora = reloj.instant();
		String objeto = tipo == TipoTransferencia.PRIMARIA ? "Transferencia primaria" : "Transferencia secundaria";
		long id = jdbc
			.sql("""
					INSERT INTO archivo_transferencia (numero, tipo, dependencia, objeto, entidad_remitente, entidad_productora,
					                                   estado, creada_por, creada_en, enviada_por, enviada_en)
					VALUES (?, ?, ?, ?, ?, ?, 'ENVIADA', ?, ?, ?, ?) RETURNING id""")
			.params(numero, tipo.name(), dependencia, objeto, propiedades.entidad(), propiedades.entidad(),
					usuario.username(), Timestamp.from(ahora), usuario.username(), Timestamp.from(ahora))
			.query(Long.class)
			.single();
		for (int k = 0; k < items.size(); k++) {
			ItemSolicitud i = items.get(k);
			jdbc.sql("""
					INSERT INTO archivo_transferencia_item (transferencia_id, orden, expediente_id, unidad_conservacion,
					                                        folios, frecuencia_consulta, notas)
					VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(id, k + 1, lista.get(k).id(), i.unidadConservacion(), i.folios(), i.frecuenciaConsulta(),
						i.notas())
				.update();
		}
		auditoria.registrar(AccionAuditoria.TRANSFERENCIA_CREADA, OBJETO, String.valueOf(numero),
				Map.of("tipo", tipo.name(), "dependencia", dependencia, "expedientes", items.size()));
		auditoria.registrar(AccionAuditoria.TRANSFERENCIA_ENVIADA, OBJETO, String.valueOf(numero), Map.of());
		return obtener(numero);
	}

	private void exigirTransferible(ExpedienteArchivado e, TipoTransferencia tipo, String dependencia, LocalDate hoy) {
		if (!e.dependencia().equals(dependencia)) {
			throw new ErrorDominio("EXPEDIENTE_DE_OTRA_DEPENDENCIA",
					"El expediente " + e.numero() + " no es de la oficina productora " + dependencia + ".");
		}
		bloqueos.exigirLibre(e);
		var fila = jdbc
			.sql("SELECT ubicacion, fin_ag, fin_ac, va_historico FROM archivo_retencion WHERE expediente_id = ?")
			.param(e.id())
			.query((rs,
					n) -> new Object[] { rs.getString(1), rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate(),
							rs.getBoolean(4) })
			.optional()
			.orElseThrow(() -> new ErrorDominio("RETENCION_NO_CUMPLIDA",
					"El expediente " + e.numero() + " no está cerrado o su retención no ha empezado."));
		Ubicacion ubicacion = Ubicacion.valueOf((String) fila[0]);
		LocalDate fin = tipo == TipoTransferencia.PRIMARIA ? (LocalDate) fila[1] : (LocalDate) fila[2];
		if (ubicacion != tipo.origen()) {
			throw new Conflicto("UBICACION_INVALIDA", "El expediente " + e.numero() + " está en el archivo "
					+ ubicacion.name().toLowerCase() + ", no en el de " + tipo.origen().name().toLowerCase() + ".");
		}
		// R-TRD-5: transferencia primaria at fin_AG, secundaria at fin_AC.
		if (hoy.isBefore(fin)) {
			throw new ErrorDominio("RETENCION_NO_CUMPLIDA",
					"El expediente " + e.numero() + " no ha cumplido su retención en el archivo de "
							+ tipo.origen().name().toLowerCase() + " (vence el " + fin + ").",
					Map.of("expediente", e.numero(), "vence", fin.toString()));
		}
		// R-TRD-6: only CT and the selected part of S go to the archivo histórico.
		if (tipo == TipoTransferencia.SECUNDARIA && !(Boolean) fila[3]) {
			throw new ErrorDominio("DISPOSICION_NO_ADMITE_TRANSFERENCIA", "La TRD del expediente " + e.numero()
					+ " no dispone conservación total ni selección: no va al archivo histórico.");
		}
		Integer abierta = jdbc
			.sql("""
					SELECT t.numero FROM archivo_transferencia_item i JOIN archivo_transferencia t ON t.id = i.transferencia_id
					 WHERE i.expediente_id = ? AND t.estado IN ('BORRADOR','ENVIADA') LIMIT 1""")
			.param(e.id())
			.query(Integer.class)
			.optional()
			.orElse(null);
		if (abierta != null) {
			throw new Conflicto("EXPEDIENTE_EN_TRANSFERENCIA",
					"El expediente " + e.numero() + " ya está en la transferencia N.T. " + abierta + ".");
		}
	}

	/**
	 * The receiving archive accepts: every expediente moves to the destination archive,
	 * with its new physical location when given; each move is recorded.
	 */
	@Transactional
	Transferencia aceptar(int numero, Map<String, String> ubicaciones, UsuarioAutenticado usuario) {
		Expedientes.exigirArchivista(usuario);
		Transferencia t = bloquear(numero);
		TipoTransferencia tipo = TipoTransferencia.valueOf(t.tipo());
		Instant ahora = reloj.instant();
		for (Transferencia.Item i : t.items()) {
			ExpedienteArchivado e = expedientes.porNumero(i.expediente());
			bloqueos.exigirLibre(e);
			String fisica = ubicaciones.get(i.expediente());
			jdbc.sql("UPDATE archivo_retencion SET ubicacion = ? WHERE expediente_id = ?")
				.params(tipo.destino().name(), e.id())
				.update();
			if (fisica != null && !fisica.isBlank()) {
				jdbc.sql("UPDATE archivo_expediente SET ubicacion_fisica = ? WHERE id = ?")
					.params(fisica.strip(), e.id())
					.update();
			}
			jdbc.sql(
					"""
							INSERT INTO archivo_ubicacion_historial (expediente_id, desde, hasta, ubicacion_fisica, transferencia_id,
							                                         registrado_por, registrado_en)
							VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(e.id(), tipo.origen().name(), tipo.destino().name(), fisica, t.id(), usuario.username(),
						Timestamp.from(ahora))
				.update();
		}
		jdbc.sql("UPDATE archivo_transferencia SET estado = 'ACEPTADA', resuelta_por = ?, resuelta_en = ? WHERE id = ?")
			.params(usuario.username(), Timestamp.from(ahora), t.id())
			.update();
		auditoria.registrar(AccionAuditoria.TRANSFERENCIA_ACEPTADA, OBJETO, String.valueOf(numero),
				Map.of("expedientes", t.items().size(), "destino", tipo.destino().name()));
		return obtener(numero);
	}

	@Transactional
	Transferencia devolver(int numero, String observaciones, UsuarioAutenticado usuario) {
		Expedientes.exigirArchivista(usuario);
		Transferencia t = bloquear(numero);
		jdbc.sql(
				"""
						UPDATE archivo_transferencia SET estado = 'DEVUELTA', observaciones = ?, resuelta_por = ?, resuelta_en = ?
						 WHERE id = ?""")
			.params(observaciones, usuario.username(), Timestamp.from(reloj.instant()), t.id())
			.update();
		auditoria.registrar(AccionAuditoria.TRANSFERENCIA_DEVUELTA, OBJETO, String.valueOf(numero),
				Map.of("observaciones", observaciones));
		return obtener(numero);
	}

	private Transferencia bloquear(int numero) {
		String estado = jdbc.sql("SELECT estado FROM archivo_transferencia WHERE numero = ? FOR UPDATE")
			.param(numero)
			.query(String.class)
			.optional()
			.orElseThrow(() -> noExiste(numero));
		if (!"ENVIADA".equals(estado)) {
			throw new Conflicto("TRANSFERENCIA_YA_RESUELTA",
					"La transferencia N.T. " + numero + " ya fue " + estado.toLowerCase() + ".");
		}
		return obtener(numero);
	}

	@Transactional(readOnly = true)
	List<Transferencia> listar() {
		return jdbc.sql("SELECT numero FROM archivo_transferencia ORDER BY numero DESC LIMIT 200")
			.query(Integer.class)
			.list()
			.stream()
			.map(this::obtener)
			.toList();
	}

	@Transactional(readOnly = true)
	Transferencia obtener(int numero) {
		List<Transferencia.Item> items = jdbc.sql("""
				SELECT i.orden, e.numero, e.dependencia, f.serie_codigo, f.subserie_codigo, f.serie_nombre,
				       f.subserie_nombre, e.nombre, e.fecha_apertura, e.fecha_cierre, i.unidad_conservacion, i.folios,
				       coalesce(e.soporte, 'ELECTRONICO') AS soporte, i.frecuencia_consulta, i.notas
				  FROM archivo_transferencia_item i
				  JOIN archivo_transferencia t ON t.id = i.transferencia_id
				  JOIN archivo_expediente e ON e.id = i.expediente_id
				  JOIN archivo_trd_fila f ON f.id = e.trd_fila_id
				 WHERE t.numero = ? ORDER BY i.orden""").param(numero).query((rs, n) -> {
			String sub = rs.getString("subserie_codigo");
			String subNombre = rs.getString("subserie_nombre");
			Date cierre = rs.getDate("fecha_cierre");
			return new Transferencia.Item(rs.getInt("orden"), rs.getString("numero"),
					rs.getString("dependencia") + "." + rs.getString("serie_codigo") + (sub == null ? "" : "." + sub),
					rs.getString("serie_nombre") + (subNombre == null ? "" : " / " + subNombre) + " — "
							+ rs.getString("nombre"),
					rs.getDate("fecha_apertura").toLocalDate(), cierre == null ? null : cierre.toLocalDate(),
					rs.getString("unidad_conservacion"), rs.getInt("folios"), rs.getString("soporte"),
					rs.getString("frecuencia_consulta"), rs.getString("notas"));
		}).list();
		return jdbc
			.sql("""
					SELECT id, numero, tipo, dependencia, objeto, entidad_remitente, entidad_productora, estado, observaciones,
					       creada_por, creada_en, resuelta_por, resuelta_en FROM archivo_transferencia WHERE numero = ?""")
			.param(numero)
			.query((rs, n) -> {
				Timestamp r = rs.getTimestamp("resuelta_en");
				return new Transferencia(rs.getLong("id"), rs.getInt("numero"), rs.getString("tipo"),
						rs.getString("dependencia"), rs.getString("objeto"), rs.getString("entidad_remitente"),
						rs.getString("entidad_productora"), rs.getString("estado"), rs.getString("observaciones"),
						rs.getString("creada_por"), rs.getTimestamp("creada_en").toInstant(),
						rs.getString("resuelta_por"), r == null ? null : r.toInstant(), items);
			})
			.optional()
			.orElseThrow(() -> noExiste(numero));
	}

	private static NoEncontrado noExiste(int numero) {
		return new NoEncontrado("TRANSFERENCIA_NO_ENCONTRADA", "No existe la transferencia N.T. " + numero + ".");
	}

	static PlazosRetencion.Vencimiento vencimiento(TipoTransferencia tipo) {
		return tipo == TipoTransferencia.PRIMARIA ? PlazosRetencion.Vencimiento.TRANSFERENCIA_PRIMARIA
				: PlazosRetencion.Vencimiento.TRANSFERENCIA_SECUNDARIA;
	}

}
