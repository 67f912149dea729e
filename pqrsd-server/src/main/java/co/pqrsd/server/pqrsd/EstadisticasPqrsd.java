package co.pqrsd.server.pqrsd;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.pqrsd.core.comun.Colombia;
import co.pqrsd.core.terminos.Semaforo;
import co.pqrsd.server.seguridad.Rol;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import co.pqrsd.server.terminos.TerminosEntidad;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only PQRSD figures for the dashboards, in SQL over {@code pqrsd_caso}: open cases
 * by semáforo (the inbox's colour rule, {@link PqrsdRepository#COLOR_BANDEJA}), cases by
 * etiqueta, canal and dependencia per month, and the on-time answer rate per dependencia
 * from each answered case's stored communication (Ley 1712 de 2014, art. 11 lit. h; Ley
 * 1474 de 2011, art. 76). Who sees what: ADMIN and Control Interno the whole entity, a
 * jefe his dependencias, anyone else the cases assigned to him.
 */
@Service
public class EstadisticasPqrsd {

	/**
	 * Cases received in a month.
	 *
	 * @param mes {@code yyyy-MM} in Colombia
	 * @param canal a {@link co.pqrsd.core.pqrsd.Canal} code
	 */
	public record FilaMes(String mes, String etiqueta, String canal, String dependencia, long cantidad) {
	}

	/**
	 * Answers communicated in the period by a dependencia.
	 *
	 * @param porcentaje oportunas / respondidas × 100, one decimal; {@code null} without
	 * answers
	 */
	public record Oportunidad(String dependencia, long respondidas, long oportunas, @Nullable BigDecimal porcentaje) {
	}

	/** The figures' scope: the whole entity, some dependencias, or one user's cases. */
	public record Alcance(boolean entidad, Set<String> dependencias, String usuario) {

		public static Alcance de(UsuarioAutenticado u) {
			boolean entidad = u.tiene(Rol.ADMIN) || u.tiene(Rol.CONTROL_INTERNO);
			Set<String> deps = u.tiene(Rol.JEFE_DEPENDENCIA) ? Set.copyOf(u.codigosDependencias()) : Set.of();
			return new Alcance(entidad, deps, u.username());
		}

	}

	private final JdbcClient jdbc;

	private final TerminosEntidad terminos;

	EstadisticasPqrsd(JdbcClient jdbc, TerminosEntidad terminos) {
		this.jdbc = jdbc;
		this.terminos = terminos;
	}

	private static String donde(Alcance a, Map<String, Object> p) {
		p.put("yo", a.usuario());
		p.put("deps", a.dependencias().toArray(String[]::new));
		if (a.entidad()) {
			return " true";
		}
		// A jefe sees his dependencias' cases (denuncias included: he is the responsible
		// jefe, Ley 1474 de 2011, art. 76); anyone else only his own.
		return " (asignado_a = :yo OR dependencia = ANY (:deps))";
	}

	/**
	 * @return open cases per colour, every colour present, in the semáforo's order
	 */
	@Transactional(readOnly = true)
	public Map<Semaforo.Color, Long> porSemaforo(Alcance alcance) {
		Map<String, Object> p = new HashMap<>();
		p.put("hoy", terminos.hoy());
		p.put("abiertos", PqrsdRepository.ABIERTOS.toArray(String[]::new));
		Map<Semaforo.Color, Long> r = new LinkedHashMap<>();
		for (Semaforo.Color c : Semaforo.Color.values()) {
			r.put(c, 0L);
		}
		String sql = "SELECT color, count(*) FROM (SELECT c.*, " + PqrsdRepository.COLOR_BANDEJA
				+ " AS color FROM pqrsd_caso c WHERE estado = ANY (:abiertos)) b WHERE" + donde(alcance, p)
				+ " GROUP BY color";
		jdbc.sql(sql).params(p).query(rs -> {
			r.put(Semaforo.Color.valueOf(rs.getString(1)), rs.getLong(2));
		});
		return r;
	}

	/**
	 * @return every case per state, whole entity (operational metrics, issue #14)
	 */
	@Transactional(readOnly = true)
	public Map<String, Long> porEstado() {
		Map<String, Long> r = new LinkedHashMap<>();
		jdbc.sql("SELECT estado, count(*) FROM pqrsd_caso GROUP BY estado ORDER BY estado").query(rs -> {
			r.put(rs.getString(1), rs.getLong(2));
		});
		return r;
	}

	/**
	 * @return cases received from {@code desde} to {@code hasta} (inclusive, Colombian
	 * dates) by month, etiqueta, canal and dependencia, in that order
	 */
	@Transactional(readOnly = true)
	public List<FilaMes> porMes(Alcance alcance, LocalDate desde, LocalDate hasta) {
		Map<String, Object> p = new HashMap<>();
		// A range on the column itself, so the index on recibido serves it.
		p.put("desde", desde.atStartOfDay(Colombia.ZONA).toOffsetDateTime());
		p.put("hasta", hasta.plusDays(1).atStartOfDay(Colombia.ZONA).toOffsetDateTime());
		String sql = """
				SELECT to_char(recibido AT TIME ZONE 'America/Bogota', 'YYYY-MM') AS mes, etiqueta,
				       coalesce(caso->>'canal', 'OTRO') AS canal, dependencia, count(*) AS cantidad
				FROM pqrsd_caso
				WHERE recibido >= :desde AND recibido < :hasta AND""" + donde(alcance, p)
				+ " GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4";
		return jdbc.sql(sql)
			.params(p)
			.query((rs, i) -> new FilaMes(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getLong(5)))
			.list();
	}

	/**
	 * @return per dependencia, the answers communicated from {@code desde} to
	 * {@code hasta} (dates of communication) and how many on time, by dependencia code
	 */
	@Transactional(readOnly = true)
	public List<Oportunidad> oportunidad(Alcance alcance, LocalDate desde, LocalDate hasta) {
		Map<String, Object> p = new HashMap<>();
		p.put("desde", desde.toString());
		p.put("hasta", hasta.toString());
		// Ley 1755 de 2015, art. 14: on time when communicated on or before the deadline
		// (the core stored it as "oportuna" when the answer was communicated).
		String sql = """
				SELECT dependencia, count(*) AS respondidas,
				       count(*) FILTER (WHERE (caso->'comunicacion'->>'oportuna')::boolean) AS oportunas
				FROM pqrsd_caso
				WHERE caso->'comunicacion' IS NOT NULL AND jsonb_typeof(caso->'comunicacion') = 'object'
				  AND caso->'comunicacion'->>'fecha' BETWEEN :desde AND :hasta AND""" + donde(alcance, p)
				+ " GROUP BY dependencia ORDER BY dependencia";
		List<Oportunidad> r = new ArrayList<>();
		jdbc.sql(sql).params(p).query(rs -> {
			long respondidas = rs.getLong(2);
			long oportunas = rs.getLong(3);
			r.add(new Oportunidad(rs.getString(1), respondidas, oportunas,
					respondidas == 0 ? null : BigDecimal.valueOf(oportunas * 100)
						.divide(BigDecimal.valueOf(respondidas), 1, RoundingMode.DOWN)));
		});
		return r;
	}

}
