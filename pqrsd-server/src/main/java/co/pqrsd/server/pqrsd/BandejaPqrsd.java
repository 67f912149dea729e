package co.pqrsd.server.pqrsd;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.pqrsd.core.pqrsd.Plazos;
import co.pqrsd.core.pqrsd.Pqrsd;
import co.pqrsd.core.terminos.Semaforo;
import co.pqrsd.server.seguridad.Rol;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import co.pqrsd.server.terminos.TerminosEntidad;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each user's inbox of open cases, filtered, sorted, paged and counted per colour in SQL
 * (the semáforo dates are columns kept by {@link ProgramacionPqrsd}), so it stays fast
 * with 100 000 open cases. Who sees what: a funcionario his assigned cases; a jefe also
 * his dependencias'; a repartidor the cases waiting for his reparto; Control Interno
 * every ROJO and VENCIDO case (escalated ones marked); ADMIN all. A corruption denuncia
 * only to Control Interno, ADMIN, its assignee and the responsible jefe (Ley 1474 de
 * 2011, art. 76), its peticionario shown as "Reservado" to anyone else.
 */
@Service
class BandejaPqrsd {

	/**
	 * @param semaforo only this colour
	 * @param etiqueta PETICION, QUEJA…
	 * @param estado EN_TRAMITE…
	 * @param alcance MIAS (assigned to me), DEPENDENCIA (of my dependencias) or ENTIDAD
	 * (all I may see, the default)
	 * @param orden vencimiento, recibido or radicado; "-" in front for descending
	 */
	record FiltroBandeja(Semaforo.@Nullable Color semaforo, @Nullable String etiqueta, @Nullable String estado,
			@Nullable String alcance, String orden, int pagina, int tamano) {
	}

	/**
	 * @param contadores cases per colour with the same filters but the colour
	 */
	record PaginaBandeja(List<FilaBandeja> filas, long total, Map<Semaforo.Color, Long> contadores, int pagina,
			int tamano) {
	}

	/**
	 * @param peticionario name, "Anónimo" or "Reservado"
	 * @param escalada escalated at expiry to the jefe and Control Interno
	 */
	record FilaBandeja(String radicado, String etiqueta, @Nullable String modalidad, String estado,
			Semaforo.Color semaforo, @Nullable Integer diasHabilesRestantes, @Nullable LocalDate vencimiento,
			String peticionario, String asunto, String dependencia, @Nullable String asignadoA, boolean escalada) {
	}

	static final Set<String> ORDENES = Set.of("vencimiento", "recibido", "radicado");

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final ServicioPqrsd servicio;

	private final TerminosEntidad terminos;

	private final RepartidoresPqrsd repartidores;

	BandejaPqrsd(JdbcClient jdbc, JsonMapper json, ServicioPqrsd servicio, TerminosEntidad terminos,
			RepartidoresPqrsd repartidores) {
		this.repartidores = repartidores;
		this.jdbc = jdbc;
		this.json = json;
		this.servicio = servicio;
		this.terminos = terminos;
	}

	@Transactional(readOnly = true)
	PaginaBandeja bandeja(UsuarioAutenticado usuario, FiltroBandeja f) {
		LocalDate hoy = terminos.hoy();
		boolean admin = usuario.tiene(Rol.ADMIN);
		boolean control = usuario.tiene(Rol.CONTROL_INTERNO);
		String[] jefeDe = usuario.tiene(Rol.JEFE_DEPENDENCIA) ? usuario.codigosDependencias().toArray(String[]::new)
				: new String[0];
		Map<String, Object> p = new HashMap<>();
		p.put("hoy", hoy);
		p.put("yo", usuario.username());
		p.put("jefeDe", jefeDe);
		p.put("mias", usuario.codigosDependencias().toArray(String[]::new));
		p.put("repartoDe", repartidores.repartoDe(usuario.username()).toArray(String[]::new));
		p.put("reservados", admin || control);
		StringBuilder filtros = new StringBuilder();
		String alcance = f.alcance() == null ? "ENTIDAD" : f.alcance();
		if (alcance.equals("MIAS")) {
			filtros.append(" AND asignado_a = :yo");
		}
		else if (alcance.equals("DEPENDENCIA")) {
			filtros.append(" AND dependencia = ANY (:mias)");
		}
		if (f.etiqueta() != null) {
			filtros.append(" AND etiqueta = :etiqueta");
			p.put("etiqueta", f.etiqueta());
		}
		if (f.estado() != null) {
			filtros.append(" AND estado = :estado");
			p.put("estado", f.estado());
		}
		// The visible open cases, one row each: (radicado, vencimiento, recibido, color).
		String visibles = admin || control ? visiblesEnGeneral(admin, control, filtros.toString())
				: visiblesPorIndices(filtros.toString());
		Map<Semaforo.Color, Long> contadores = new EnumMap<>(Semaforo.Color.class);
		for (Semaforo.Color c : Semaforo.Color.values()) {
			contadores.put(c, 0L);
		}
		jdbc.sql("SELECT color, count(*) FROM " + visibles + " GROUP BY color").params(p).query(rs -> {
			contadores.put(Semaforo.Color.valueOf(rs.getString(1)), rs.getLong(2));
		});
		String porColor = "";
		if (f.semaforo() != null) {
			porColor = " WHERE color = :color";
			p.put("color", f.semaforo().name());
		}
		long total = f.semaforo() != null ? contadores.get(f.semaforo())
				: contadores.values().stream().mapToLong(Long::longValue).sum();
		p.put("limite", f.tamano());
		p.put("desplazamiento", (long) f.pagina() * f.tamano());
		// The page is chosen on the narrow rows, then only its rows are read whole.
		String sql = "SELECT radicado, etiqueta, modalidad, estado, color, vencimiento, asunto, dependencia, asignado_a,"
				+ " escalada_en IS NOT NULL AS escalada, caso::text AS caso,"
				+ " CASE WHEN denuncia_corrupcion AND NOT (:reservados OR asignado_a IS NOT DISTINCT FROM :yo OR dependencia = ANY (:jefeDe))"
				+ " THEN 'Reservado' ELSE peticionario END AS peticionario FROM (SELECT radicado AS r, color FROM "
				+ visibles + porColor + " ORDER BY " + orden(f.orden())
				+ " LIMIT :limite OFFSET :desplazamiento) p JOIN pqrsd_caso c ON c.radicado = p.r ORDER BY "
				+ orden(f.orden());
		Plazos plazos = servicio.plazos();
		List<FilaBandeja> filas = new ArrayList<>();
		jdbc.sql(sql).params(p).query(rs -> {
			Pqrsd caso = json.readValue(rs.getString("caso"), Pqrsd.class);
			LocalDate vence = rs.getObject("vencimiento", LocalDate.class);
			Integer dias = vence == null ? null : plazos.situacionResumida(caso, hoy).diasHabilesRestantes();
			filas.add(new FilaBandeja(rs.getString("radicado"), rs.getString("etiqueta"), rs.getString("modalidad"),
					rs.getString("estado"), Semaforo.Color.valueOf(rs.getString("color")), dias, vence,
					rs.getString("peticionario"), rs.getString("asunto"), rs.getString("dependencia"),
					rs.getString("asignado_a"), rs.getBoolean("escalada")));
		});
		return new PaginaBandeja(filas, total, contadores, f.pagina(), f.tamano());
	}

	/**
	 * The open states as the partial indexes on {@code pqrsd_caso} state them (V11, V25,
	 * V33): written the same way, the planner can use those indexes.
	 */
	static final String ABIERTO_SEGUN_INDICES = "estado NOT IN ("
			+ java.util.Arrays.stream(co.pqrsd.core.pqrsd.EstadoPqrsd.values())
				.filter(e -> !e.abierta())
				.map(e -> "'" + e.name() + "'")
				.collect(java.util.stream.Collectors.joining(", "))
			+ ")";

	private static final String FILA_VISIBLE = "SELECT radicado, vencimiento, recibido, "
			+ PqrsdRepository.COLOR_BANDEJA + " AS color FROM pqrsd_caso WHERE " + ABIERTO_SEGUN_INDICES;

	/**
	 * A funcionario's, jefe's or repartidor's visible cases as three disjoint branches
	 * (assigned to him; of his dependencias as jefe; waiting for his reparto), each read
	 * from a covering index without touching the table (V33): a jefe with 10 000 open
	 * cases reads about 120 index pages instead of one table page per case. No denuncia
	 * is left out here: each branch is one of the ways a denuncia is visible (Ley 1474 de
	 * 2011, art. 76).
	 */
	private static String visiblesPorIndices(String filtros) {
		return "(" + FILA_VISIBLE + " AND asignado_a = :yo" + filtros + " UNION ALL " + FILA_VISIBLE
				+ " AND dependencia = ANY (:jefeDe) AND asignado_a IS DISTINCT FROM :yo" + filtros + " UNION ALL "
				+ FILA_VISIBLE
				+ " AND asignado_a IS NULL AND dependencia = ANY (:repartoDe) AND NOT (dependencia = ANY (:jefeDe))"
				+ filtros + ") v";
	}

	/** ADMIN (every open case) and Control Interno (also every ROJO and VENCIDO one). */
	private static String visiblesEnGeneral(boolean admin, boolean control, String filtros) {
		StringBuilder donde = new StringBuilder();
		if (!admin) {
			// A repartidor also sees the cases waiting for his reparto.
			donde.append(" AND (asignado_a = :yo OR dependencia = ANY (:jefeDe)"
					+ " OR (asignado_a IS NULL AND dependencia = ANY (:repartoDe))");
			if (control) {
				// ROJO or VENCIDO, written so that the indexes on the dates serve it.
				donde.append(" OR (estado <> 'SUSPENDIDA' AND (estado IN ('VENCIDA', 'VENCIDA_SILENCIO_POSITIVO')"
						+ " OR vencimiento < :hoy OR rojo_desde <= :hoy))");
			}
			donde.append(")");
			// Ley 1474 de 2011, art. 76: the denuncia is reserved.
			donde.append(" AND (NOT denuncia_corrupcion OR :reservados OR asignado_a = :yo"
					+ " OR dependencia = ANY (:jefeDe) OR (asignado_a IS NULL AND dependencia = ANY (:repartoDe)))");
		}
		return "(" + FILA_VISIBLE + donde + filtros + ") v";
	}

	/**
	 * The ORDER BY of an orden parameter (already validated against {@link #ORDENES}).
	 */
	static String orden(String orden) {
		boolean desc = orden.startsWith("-");
		String campo = desc ? orden.substring(1) : orden;
		String dir = desc ? " DESC" : " ASC";
		return switch (campo) {
			case "recibido" -> "recibido" + dir + ", radicado" + dir;
			case "radicado" -> "radicado" + dir;
			default -> "vencimiento" + dir + " NULLS LAST, radicado" + dir;
		};
	}

}
