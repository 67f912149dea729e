package co.pqrsd.server.archivo.trd;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.pqrsd.core.archivo.trd.Disposicion;
import co.pqrsd.core.archivo.trd.EstadoVersionTrd;
import co.pqrsd.core.archivo.trd.FilaTrd;
import co.pqrsd.core.archivo.trd.Soporte;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** TRD versions, rows and tipos documentales in {@code archivo_trd_*} (V19). */
@Repository
class RepositorioTrd {

	private static final String VERSION = """
			SELECT v.*, (SELECT count(*) FROM archivo_trd_fila f WHERE f.version_id = v.id) AS filas
			  FROM archivo_trd_version v""";

	private final JdbcClient jdbc;

	private final JdbcTemplate plantilla;

	RepositorioTrd(JdbcClient jdbc, JdbcTemplate plantilla) {
		this.jdbc = jdbc;
		this.plantilla = plantilla;
	}

	long crear(String nombre, String usuario, Instant cuando) {
		return jdbc.sql("INSERT INTO archivo_trd_version (nombre, creado_por, creado_en) VALUES (?, ?, ?) RETURNING id")
			.params(nombre, usuario, java.sql.Timestamp.from(cuando))
			.query(Long.class)
			.single();
	}

	List<VersionTrd> versiones() {
		return jdbc.sql(VERSION + " ORDER BY v.id DESC").query(RepositorioTrd::version).list();
	}

	Optional<VersionTrd> version(long id, boolean bloquear) {
		if (bloquear) {
			jdbc.sql("SELECT id FROM archivo_trd_version WHERE id = ? FOR UPDATE")
				.param(id)
				.query(Long.class)
				.optional();
		}
		return jdbc.sql(VERSION + " WHERE v.id = ?").param(id).query(RepositorioTrd::version).optional();
	}

	Optional<VersionTrd> vigente() {
		return jdbc.sql(VERSION + " WHERE v.estado = 'VIGENTE'").query(RepositorioTrd::version).optional();
	}

	void datos(long id, String nombre, @Nullable String acto, @Nullable LocalDate aprobacion,
			@Nullable LocalDate convalidacion, @Nullable String rusd) {
		jdbc.sql("""
				UPDATE archivo_trd_version SET nombre = ?, acto_aprobacion = ?, fecha_aprobacion = ?,
				       fecha_convalidacion = ?, inscripcion_rusd = ? WHERE id = ?""")
			.params(nombre, acto, fecha(aprobacion), fecha(convalidacion), rusd, id)
			.update();
	}

	void reemplazar(long id, LocalDate hasta) {
		jdbc.sql("UPDATE archivo_trd_version SET estado = 'REEMPLAZADA', vigente_hasta = ? WHERE id = ?")
			.params(Date.valueOf(hasta), id)
			.update();
	}

	void ponerEnVigencia(long id, LocalDate desde) {
		jdbc.sql("UPDATE archivo_trd_version SET estado = 'VIGENTE', vigente_desde = ? WHERE id = ?")
			.params(Date.valueOf(desde), id)
			.update();
	}

	/**
	 * Replaces a draft's rows with these, in batches (the whole import in one
	 * transaction).
	 */
	void reemplazarFilas(long version, List<FilaTrd> filas) {
		jdbc.sql("DELETE FROM archivo_trd_fila WHERE version_id = ?").param(version).update();
		List<Object[]> lote = new ArrayList<>();
		for (int i = 0; i < filas.size(); i++) {
			FilaTrd f = filas.get(i);
			lote.add(new Object[] { version, i + 1, f.dependencia(), f.serieCodigo(), f.subserieCodigo(),
					f.serieNombre(), f.subserieNombre(), f.soporte().name(), f.retencionAg(), f.retencionAc(),
					f.disposicion().ct(), f.disposicion().e(), f.disposicion().s(), f.disposicion().md(), f.muestreo(),
					f.procedimiento(), f.eventoInicio() });
		}
		plantilla.batchUpdate("""
				INSERT INTO archivo_trd_fila (version_id, orden, dependencia, serie_codigo, subserie_codigo,
				    serie_nombre, subserie_nombre, soporte, retencion_ag, retencion_ac, disposicion_ct, disposicion_e,
				    disposicion_s, disposicion_md, muestreo, procedimiento, evento_inicio)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", lote);
		Map<Integer, Long> ids = new HashMap<>();
		jdbc.sql("SELECT orden, id FROM archivo_trd_fila WHERE version_id = ?")
			.param(version)
			.query((rs, n) -> ids.put(rs.getInt(1), rs.getLong(2)))
			.list();
		List<Object[]> tipos = new ArrayList<>();
		for (int i = 0; i < filas.size(); i++) {
			List<String> t = filas.get(i).tipos();
			for (int k = 0; k < t.size(); k++) {
				tipos.add(new Object[] { ids.get(i + 1), k + 1, t.get(k) });
			}
		}
		plantilla.batchUpdate("INSERT INTO archivo_trd_tipo (fila_id, orden, nombre) VALUES (?, ?, ?)", tipos);
	}

	List<FilaGuardada> filas(long version) {
		return consultar("f.version_id = ?", version);
	}

	Optional<FilaGuardada> fila(long id) {
		return consultar("f.id = ?", id).stream().findFirst();
	}

	List<FilaGuardada> filasDe(long version, String dependencia) {
		return consultar("f.version_id = ? AND f.dependencia = ?", version, dependencia);
	}

	private List<FilaGuardada> consultar(String condicion, Object... parametros) {
		Map<Long, List<String>> tipos = new HashMap<>();
		jdbc.sql("SELECT t.fila_id, t.nombre FROM archivo_trd_tipo t JOIN archivo_trd_fila f ON f.id = t.fila_id WHERE "
				+ condicion + " ORDER BY t.fila_id, t.orden")
			.params(parametros)
			.query((rs, n) -> tipos.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
			.list();
		return jdbc.sql("SELECT f.* FROM archivo_trd_fila f WHERE " + condicion + " ORDER BY f.version_id, f.orden")
			.params(parametros)
			.query((rs, n) -> new FilaGuardada(rs.getLong("id"), rs.getLong("version_id"), rs.getInt("orden"),
					fila(rs, tipos.getOrDefault(rs.getLong("id"), List.of()))))
			.list();
	}

	private static FilaTrd fila(ResultSet rs, List<String> tipos) throws SQLException {
		return new FilaTrd(rs.getString("dependencia"), rs.getString("serie_codigo"), rs.getString("subserie_codigo"),
				rs.getString("serie_nombre"), rs.getString("subserie_nombre"), tipos,
				Soporte.valueOf(rs.getString("soporte")), rs.getInt("retencion_ag"), rs.getInt("retencion_ac"),
				new Disposicion(rs.getBoolean("disposicion_ct"), rs.getBoolean("disposicion_e"),
						rs.getBoolean("disposicion_s"), rs.getBoolean("disposicion_md")),
				rs.getString("muestreo"), rs.getString("procedimiento"), rs.getString("evento_inicio"));
	}

	private static VersionTrd version(ResultSet rs, int n) throws SQLException {
		return new VersionTrd(rs.getLong("id"), rs.getString("nombre"), rs.getString("acto_aprobacion"),
				local(rs.getDate("fecha_aprobacion")), local(rs.getDate("fecha_convalidacion")),
				rs.getString("inscripcion_rusd"), local(rs.getDate("vigente_desde")),
				local(rs.getDate("vigente_hasta")), EstadoVersionTrd.valueOf(rs.getString("estado")),
				rs.getString("creado_por"), rs.getTimestamp("creado_en").toInstant(), rs.getInt("filas"));
	}

	private static @Nullable LocalDate local(@Nullable Date d) {
		return d == null ? null : d.toLocalDate();
	}

	private static @Nullable Date fecha(@Nullable LocalDate d) {
		return d == null ? null : Date.valueOf(d);
	}

}
