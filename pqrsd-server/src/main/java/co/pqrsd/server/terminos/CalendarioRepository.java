package co.pqrsd.server.terminos;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import co.pqrsd.core.calendario.ReglaFestivo;
import co.pqrsd.core.calendario.TipoCierre;
import co.pqrsd.core.calendario.TipoReglaFestivo;
import co.pqrsd.core.terminos.PoliticaTerminos;
import co.pqrsd.core.terminos.ReglaTermino;
import co.pqrsd.core.terminos.UnidadTermino;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The calendar's tables: holiday rules, term rules, closures and settings. */
@Repository
class CalendarioRepository {

	private final JdbcClient jdbc;

	CalendarioRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void sincronizarFestivo(ReglaFestivo r) {
		jdbc.sql(
				"""
						INSERT INTO festivo_regla (codigo, nombre, tipo, mes, dia, desplazamiento, fundamento, vigente_desde, vigente_hasta, origen)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'LEY')
						ON CONFLICT (codigo) DO UPDATE SET nombre = EXCLUDED.nombre, tipo = EXCLUDED.tipo, mes = EXCLUDED.mes,
						  dia = EXCLUDED.dia, desplazamiento = EXCLUDED.desplazamiento, fundamento = EXCLUDED.fundamento,
						  vigente_desde = EXCLUDED.vigente_desde, vigente_hasta = EXCLUDED.vigente_hasta
						WHERE festivo_regla.origen = 'LEY'""")
			.params(r.codigo(), r.nombre(), r.tipo().name(), r.mes(), r.dia(), r.desplazamientoPascua(), r.fundamento(),
					r.vigenteDesde(), r.vigenteHasta())
			.update();
	}

	void sincronizarTermino(ReglaTermino r) {
		jdbc.sql(
				"""
						INSERT INTO termino_regla (modalidad, nombre, termino, unidad, fundamento, vigente_desde, vigente_hasta, admite_prorroga, origen)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'LEY')
						ON CONFLICT (modalidad, vigente_desde) DO UPDATE SET nombre = EXCLUDED.nombre, termino = EXCLUDED.termino,
						  unidad = EXCLUDED.unidad, fundamento = EXCLUDED.fundamento, vigente_hasta = EXCLUDED.vigente_hasta,
						  admite_prorroga = EXCLUDED.admite_prorroga
						WHERE termino_regla.origen = 'LEY'""")
			.params(r.modalidad(), r.nombre(), r.termino(), r.unidad().name(), r.fundamento(),
					Date.valueOf(r.vigenteDesde()), r.vigenteHasta() == null ? null : Date.valueOf(r.vigenteHasta()),
					r.admiteProrroga())
			.update();
	}

	List<ReglaFestivo> festivos() {
		return jdbc.sql("SELECT * FROM festivo_regla ORDER BY CASE WHEN mes = 0 THEN 99 ELSE mes END, dia, codigo")
			.query((rs, i) -> new ReglaFestivo(rs.getString("codigo"), rs.getString("nombre"),
					TipoReglaFestivo.valueOf(rs.getString("tipo")), rs.getInt("mes"), rs.getInt("dia"),
					rs.getInt("desplazamiento"), rs.getString("fundamento"), rs.getInt("vigente_desde"),
					(Integer) rs.getObject("vigente_hasta")))
			.list();
	}

	record FilaTermino(ReglaTermino regla, String origen) {
	}

	List<FilaTermino> terminos() {
		return jdbc.sql("SELECT * FROM termino_regla ORDER BY modalidad, vigente_desde")
			.query((rs,
					i) -> new FilaTermino(new ReglaTermino(rs.getString("modalidad"), rs.getString("nombre"),
							rs.getInt("termino"), UnidadTermino.valueOf(rs.getString("unidad")),
							rs.getString("fundamento"), rs.getObject("vigente_desde", java.time.LocalDate.class),
							rs.getObject("vigente_hasta", java.time.LocalDate.class), rs.getBoolean("admite_prorroga")),
							rs.getString("origen")))
			.list();
	}

	boolean insertarModalidad(ReglaTermino r) {
		return jdbc
			.sql("""
					INSERT INTO termino_regla (modalidad, nombre, termino, unidad, fundamento, vigente_desde, vigente_hasta, admite_prorroga, origen)
					VALUES (?, ?, ?, ?, ?, ?, NULL, ?, 'ENTIDAD') ON CONFLICT (modalidad, vigente_desde) DO NOTHING""")
			.params(r.modalidad(), r.nombre(), r.termino(), r.unidad().name(), r.fundamento(),
					Date.valueOf(r.vigenteDesde()), r.admiteProrroga())
			.update() == 1;
	}

	List<CierreRegistrado> cierres() {
		return jdbc.sql("SELECT * FROM calendario_cierre ORDER BY desde, id").query((rs, i) -> cierre(rs)).list();
	}

	Optional<CierreRegistrado> cierre(long id) {
		return jdbc.sql("SELECT * FROM calendario_cierre WHERE id = ? FOR UPDATE")
			.param(id)
			.query((rs, i) -> cierre(rs))
			.optional();
	}

	long insertarCierre(SolicitudCierre s, String usuario, Instant ahora) {
		return jdbc.sql("""
				INSERT INTO calendario_cierre (desde, hasta, tipo, acto, fecha_acto, motivo, creado_por, creado_en)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(Date.valueOf(s.desde()), Date.valueOf(s.hasta()), s.tipo().name(), s.acto().strip(),
					Date.valueOf(s.fechaActo()), s.motivo().strip(), usuario, Timestamp.from(ahora))
			.query(Long.class)
			.single();
	}

	void revocarCierre(long id, String usuario, String motivo, Instant ahora) {
		jdbc.sql("UPDATE calendario_cierre SET revocado_en = ?, revocado_por = ?, motivo_revocacion = ? WHERE id = ?")
			.params(Timestamp.from(ahora), usuario, motivo, id)
			.update();
	}

	ConfiguracionCalendario configuracion() {
		return jdbc.sql("SELECT * FROM calendario_configuracion WHERE id = 1")
			.query((rs, i) -> new ConfiguracionCalendario(
					Arrays.stream(rs.getString("dias_laborales").split(","))
						.map(DayOfWeek::valueOf)
						.collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class))),
					rs.getTime("apertura").toLocalTime(), rs.getTime("cierre").toLocalTime(),
					rs.getBoolean("fuera_horario_siguiente"),
					PoliticaTerminos.Reanudacion.valueOf(rs.getString("reanudacion")),
					rs.getDouble("semaforo_amarillo"), rs.getDouble("semaforo_rojo")))
			.single();
	}

	long version() {
		return jdbc.sql("SELECT version FROM calendario_configuracion WHERE id = 1").query(Long.class).single();
	}

	void guardarConfiguracion(ConfiguracionCalendario c) {
		jdbc.sql(
				"""
						UPDATE calendario_configuracion SET dias_laborales = ?, apertura = ?, cierre = ?, fuera_horario_siguiente = ?,
						  reanudacion = ?, semaforo_amarillo = ?, semaforo_rojo = ?, version = version + 1 WHERE id = 1""")
			.params(c.diasLaborales().stream().sorted().map(Enum::name).collect(Collectors.joining(",")),
					Time.valueOf(c.apertura()), Time.valueOf(c.cierre()), c.fueraDeHorarioAlDiaSiguiente(),
					c.reanudacion().name(), c.semaforoAmarillo(), c.semaforoRojo())
			.update();
	}

	void incrementarVersion() {
		jdbc.sql("UPDATE calendario_configuracion SET version = version + 1 WHERE id = 1").update();
	}

	private static CierreRegistrado cierre(ResultSet rs) throws SQLException {
		Timestamp revocado = rs.getTimestamp("revocado_en");
		return new CierreRegistrado(rs.getLong("id"), rs.getObject("desde", java.time.LocalDate.class),
				rs.getObject("hasta", java.time.LocalDate.class), TipoCierre.valueOf(rs.getString("tipo")),
				rs.getString("acto"), rs.getObject("fecha_acto", java.time.LocalDate.class), rs.getString("motivo"),
				rs.getString("creado_por"), rs.getTimestamp("creado_en").toInstant(),
				revocado == null ? null : revocado.toInstant(), rs.getString("revocado_por"),
				rs.getString("motivo_revocacion"));
	}

}
