package co.pqrsd.server.pqrsd;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import co.pqrsd.core.pqrsd.HechoPqrsd;
import co.pqrsd.core.pqrsd.Pqrsd;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores each case as the core aggregate (jsonb) with copies of the columns lists filter
 * on, and the facts each action produced.
 */
@Repository
class PqrsdRepository {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	PqrsdRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	boolean existe(String radicado) {
		return jdbc.sql("SELECT count(*) FROM pqrsd_caso WHERE radicado = ?")
			.param(radicado)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * @return false when the radicado already has its case (a concurrent insert waits for
	 * the other transaction and then finds it)
	 */
	boolean insertar(Pqrsd caso, @Nullable LocalDate vencimiento, Instant ahora, Bandeja bandeja) {
		// The peticionario's display name from the ENTRADA radicado (written before, in
		// the same transaction), or "Anónimo".
		return jdbc
			.sql("""
					INSERT INTO pqrsd_caso (radicado, etiqueta, modalidad, estado, dependencia, asignado_a,
					    denuncia_corrupcion, anonimo, recibido, vencimiento, caso, creado_en, actualizado_en,
					    asunto, peticionario, amarillo_desde, rojo_desde, canal_respuesta)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, left(?, 500),
					    CASE WHEN ? THEN 'Anónimo'
					        ELSE left(coalesce((SELECT r.remitente ->> 'nombre' FROM radicado r WHERE r.numero = ?), ''), 300) END,
					    ?, ?, ?)
					ON CONFLICT (radicado) DO NOTHING""")
			.params(caso.radicado(), caso.etiqueta().name(), caso.modalidad(), caso.estado().name(), caso.dependencia(),
					caso.asignadoA(), caso.denunciaCorrupcion(), caso.anonimo(),
					Timestamp.from(caso.recibido().toInstant()), vencimiento, json.writeValueAsString(caso),
					Timestamp.from(ahora), Timestamp.from(ahora), bandeja.asunto(), caso.anonimo(), caso.radicado(),
					bandeja.amarilloDesde(), bandeja.rojoDesde(), bandeja.canalRespuesta())
			.update() == 1;
	}

	/**
	 * What the bandeja shows and filters on, written with the new case.
	 *
	 * @param canalRespuesta the peticionario's preferred answer channel, if he gave one
	 */
	record Bandeja(String asunto, @Nullable LocalDate amarilloDesde, @Nullable LocalDate rojoDesde,
			@Nullable String canalRespuesta) {
	}

	void actualizar(Pqrsd caso, @Nullable LocalDate vencimiento, Instant ahora) {
		jdbc.sql(
				"""
						UPDATE pqrsd_caso SET estado = ?, dependencia = ?, asignado_a = ?, vencimiento = ?, caso = CAST(? AS jsonb),
						                      version = version + 1, actualizado_en = ?
						WHERE radicado = ?""")
			.params(caso.estado().name(), caso.dependencia(), caso.asignadoA(), vencimiento,
					json.writeValueAsString(caso), Timestamp.from(ahora), caso.radicado())
			.update();
	}

	void registrarHechos(List<HechoPqrsd> hechos, String usuario) {
		registrarHechos(hechos.stream().map(h -> new HechoDe(h, usuario)).toList());
	}

	/** A fact and who caused it. */
	record HechoDe(HechoPqrsd hecho, String usuario) {
	}

	/** The facts in their order, in one statement. */
	void registrarHechos(List<HechoDe> hechos) {
		if (hechos.isEmpty()) {
			return;
		}
		List<Object> params = new ArrayList<>(5 * hechos.size());
		StringBuilder sql = new StringBuilder(
				"INSERT INTO pqrsd_hecho (radicado, tipo, ocurrido, usuario, datos) VALUES ");
		for (int i = 0; i < hechos.size(); i++) {
			HechoPqrsd h = hechos.get(i).hecho();
			sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, CAST(? AS jsonb))");
			params.add(h.radicado());
			params.add(h.getClass().getSimpleName());
			params.add(Timestamp.from(h.en()));
			params.add(hechos.get(i).usuario());
			params.add(json.writeValueAsString(h));
		}
		jdbc.sql(sql.toString()).params(params).update();
	}

	Optional<Pqrsd> buscar(String radicado) {
		return jdbc.sql("SELECT caso::text FROM pqrsd_caso WHERE radicado = ?")
			.param(radicado)
			.query((rs, i) -> leer(rs.getString(1)))
			.optional();
	}

	/** The case locked until the transaction ends, so two actions never interleave. */
	Optional<Pqrsd> bloquear(String radicado) {
		return jdbc.sql("SELECT caso::text FROM pqrsd_caso WHERE radicado = ? FOR UPDATE")
			.param(radicado)
			.query((rs, i) -> leer(rs.getString(1)))
			.optional();
	}

	/**
	 * The case locked until the transaction ends, without reading it.
	 * @return its version (0: stored once, never changed since), empty when it does not
	 * exist
	 */
	Optional<Integer> bloquearVersion(String radicado) {
		return jdbc.sql("SELECT version FROM pqrsd_caso WHERE radicado = ? FOR UPDATE")
			.param(radicado)
			.query(Integer.class)
			.optional();
	}

	/**
	 * What the viewer may see of corruption denuncias, in SQL (the same rule as
	 * {@code VisibilidadPqrsd}, without internal consultations).
	 *
	 * @param reservados whether the viewer sees every case (Control Interno, admin)
	 * @param jefeDe the dependencias he heads
	 */
	record Visor(String usuario, boolean reservados, Set<String> jefeDe) {
	}

	/** Records that the case's process must be started (after the commit). */
	void procesoPendiente(String radicado, Instant ahora) {
		jdbc.sql("INSERT INTO pqrsd_proceso_pendiente (radicado, creado_en) VALUES (?, ?) ON CONFLICT DO NOTHING")
			.params(radicado, Timestamp.from(ahora))
			.update();
	}

	/**
	 * @return whether this transaction took the pending start (it is gone for others).
	 */
	boolean tomarProcesoPendiente(String radicado) {
		return jdbc.sql("DELETE FROM pqrsd_proceso_pendiente WHERE radicado = ?").param(radicado).update() == 1;
	}

	/** The pending starts older than the instant (a crash left them), oldest first. */
	List<String> procesosPendientes(Instant antesDe, int maximo) {
		return jdbc.sql("SELECT radicado FROM pqrsd_proceso_pendiente WHERE creado_en < ? ORDER BY creado_en LIMIT ?")
			.params(Timestamp.from(antesDe), maximo)
			.query(String.class)
			.list();
	}

	/** The days the semáforo turns AMARILLO and ROJO, as the bandeja's SQL reads them. */
	void fijarSemaforo(String radicado, @Nullable LocalDate amarilloDesde, @Nullable LocalDate rojoDesde) {
		jdbc.sql("""
				UPDATE pqrsd_caso SET amarillo_desde = ?, rojo_desde = ?
				WHERE radicado = ? AND (amarillo_desde IS DISTINCT FROM ? OR rojo_desde IS DISTINCT FROM ?)""")
			.params(amarilloDesde, rojoDesde, radicado, amarilloDesde, rojoDesde)
			.update();
	}

	/** The visible mark of an escalated case (the first escalation is kept). */
	void marcarEscalada(String radicado, Instant ahora) {
		jdbc.sql("UPDATE pqrsd_caso SET escalada_en = coalesce(escalada_en, ?) WHERE radicado = ?")
			.params(Timestamp.from(ahora), radicado)
			.update();
	}

	/**
	 * @return the keys of the case's avisos already done.
	 */
	Set<String> avisosEnviados(String radicado) {
		return Set.copyOf(jdbc.sql("SELECT clave FROM pqrsd_aviso_enviado WHERE radicado = ?")
			.param(radicado)
			.query(String.class)
			.list());
	}

	/**
	 * Records an aviso as done, in the transaction of its effect.
	 * @return false when it was already done (by this node before, or by another one)
	 */
	boolean registrarAviso(String clave, String radicado, String tipo, Instant ahora) {
		return jdbc.sql("""
				INSERT INTO pqrsd_aviso_enviado (clave, radicado, tipo, enviado_en) VALUES (?, ?, ?, ?)
				ON CONFLICT (clave) DO NOTHING""").params(clave, radicado, tipo, Timestamp.from(ahora)).update() == 1;
	}

	/** The states of an open case, as SQL sees them. */
	static final List<String> ABIERTOS = java.util.Arrays.stream(co.pqrsd.core.pqrsd.EstadoPqrsd.values())
		.filter(co.pqrsd.core.pqrsd.EstadoPqrsd::abierta)
		.map(Enum::name)
		.toList();

	/**
	 * @return the next open cases after {@code despuesDe} by radicado (a batch).
	 */
	List<String> abiertos(String despuesDe, int lote) {
		return jdbc
			.sql("SELECT radicado FROM pqrsd_caso WHERE estado = ANY (?) AND radicado > ? ORDER BY radicado LIMIT ?")
			.params(ABIERTOS.toArray(String[]::new), despuesDe, lote)
			.query(String.class)
			.list();
	}

	/**
	 * @return the assigned open cases that may be at risk on {@code hoy} (a superset of
	 * the digest's: its rule decides).
	 */
	List<Pqrsd> asignadosEnRiesgo(LocalDate hoy) {
		return jdbc.sql("""
				SELECT caso::text FROM pqrsd_caso
				WHERE estado = ANY (?) AND asignado_a IS NOT NULL
				  AND (estado IN ('VENCIDA', 'VENCIDA_SILENCIO_POSITIVO') OR amarillo_desde <= ? OR rojo_desde <= ?
				       OR vencimiento < ?)""")
			.params(ABIERTOS.toArray(String[]::new), hoy, hoy, hoy)
			.query((rs, i) -> leer(rs.getString(1)))
			.list();
	}

	/**
	 * @return the cases with those numbers (any order).
	 */
	List<Pqrsd> todos(Collection<String> radicados) {
		if (radicados.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT caso::text FROM pqrsd_caso WHERE radicado = ANY (?)")
			.param(radicados.toArray(String[]::new))
			.query((rs, i) -> leer(rs.getString(1)))
			.list();
	}

	/**
	 * The semáforo of an open case in SQL (parameter {@code :hoy}), from the columns kept
	 * by the engine: the same colour {@code Plazos.situacion} gives.
	 */
	static final String COLOR_BANDEJA = """
			CASE WHEN estado = 'SUSPENDIDA' THEN 'SUSPENDIDO'
			     WHEN estado IN ('VENCIDA', 'VENCIDA_SILENCIO_POSITIVO') OR vencimiento < :hoy THEN 'VENCIDO'
			     WHEN rojo_desde <= :hoy THEN 'ROJO'
			     WHEN amarillo_desde <= :hoy THEN 'AMARILLO'
			     ELSE 'VERDE' END""";

	/** As {@link #COLOR_BANDEJA}, null for a closed case or one without term. */
	static final String COLOR_LISTA = "CASE WHEN NOT (estado = ANY (:abiertos)) OR modalidad IS NULL THEN NULL ELSE "
			+ COLOR_BANDEJA + " END";

	record PaginaCasos(List<Pqrsd> casos, long total) {
	}

	/**
	 * @return one page of the matching cases, newest first, and how many match (all in
	 * SQL, the semáforo included)
	 */
	PaginaCasos pagina(@Nullable String estado, @Nullable String semaforo, @Nullable String dependencia,
			@Nullable String etiqueta, Visor visor, LocalDate hoy, int pagina, int tamano) {
		StringBuilder donde = new StringBuilder(" WHERE true");
		java.util.Map<String, Object> p = new java.util.HashMap<>();
		p.put("hoy", hoy);
		p.put("abiertos", ABIERTOS.toArray(String[]::new));
		if (estado != null) {
			donde.append(" AND estado = :estado");
			p.put("estado", estado);
		}
		if (dependencia != null) {
			donde.append(" AND dependencia = :dependencia");
			p.put("dependencia", dependencia);
		}
		if (etiqueta != null) {
			donde.append(" AND etiqueta = :etiqueta");
			p.put("etiqueta", etiqueta);
		}
		if (semaforo != null) {
			donde.append(" AND " + COLOR_LISTA + " = :semaforo");
			p.put("semaforo", semaforo);
		}
		if (!visor.reservados()) {
			donde.append(" AND (NOT denuncia_corrupcion OR asignado_a = :yo OR dependencia = ANY (:jefeDe))");
			p.put("yo", visor.usuario());
			p.put("jefeDe", visor.jefeDe().toArray(String[]::new));
		}
		long total = jdbc.sql("SELECT count(*) FROM pqrsd_caso" + donde).params(p).query(Long.class).single();
		p.put("limite", tamano);
		p.put("desplazamiento", (long) pagina * tamano);
		List<Pqrsd> casos = jdbc
			.sql("SELECT caso::text FROM pqrsd_caso" + donde
					+ " ORDER BY recibido DESC, radicado DESC LIMIT :limite OFFSET :desplazamiento")
			.params(p)
			.query((rs, i) -> leer(rs.getString(1)))
			.list();
		return new PaginaCasos(casos, total);
	}

	private Pqrsd leer(String texto) {
		return json.readValue(texto, Pqrsd.class);
	}

}
