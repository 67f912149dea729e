package co.pqrsd.server.auditoria;

import co.pqrsd.core.comun.Colombia;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The last hash of each day, written to a checkpoint record and to the log, so an
 * administrator can keep it outside the database and later prove the chain up to that day
 * was not rewritten.
 */
@Service
class PuntosControl {

	private static final Logger log = LoggerFactory.getLogger(PuntosControl.class);

	private static final ZoneId BOGOTA = Colombia.ZONA;

	private final JdbcTemplate jdbc;

	private final SelladorAuditoria sellador;

	private final Clock reloj;

	PuntosControl(JdbcTemplate jdbc, SelladorAuditoria sellador, Clock reloj) {
		this.jdbc = jdbc;
		this.sellador = sellador;
		this.reloj = reloj;
	}

	public record PuntoControl(LocalDate fecha, long posicion, String hash, long entradasDelDia) {
	}

	@Scheduled(cron = "${pqrsd.auditoria.cron-punto-control:0 5 0 * * *}", zone = Colombia.ZONA_ID)
	void diario() {
		sellador.sellarPendientes();
		registrarHastaAyer();
	}

	/**
	 * Writes the checkpoints of every finished day that has none yet. @return the new
	 * checkpoints.
	 */
	@Transactional
	public List<PuntoControl> registrarHastaAyer() {
		LocalDate hoy = LocalDate.now(reloj.withZone(BOGOTA));
		LocalDate ultimo = jdbc.queryForObject("SELECT max(fecha) FROM auditoria_punto_control", LocalDate.class);
		Timestamp primerEvento = jdbc.queryForObject("SELECT min(instante) FROM auditoria_evento", Timestamp.class);
		if (primerEvento == null) {
			return List.of();
		}
		LocalDate desde = ultimo != null ? ultimo.plusDays(1) : primerEvento.toInstant().atZone(BOGOTA).toLocalDate();
		var nuevos = new java.util.ArrayList<PuntoControl>();
		for (LocalDate dia = desde; dia.isBefore(hoy); dia = dia.plusDays(1)) {
			Timestamp inicio = Timestamp.from(dia.atStartOfDay(BOGOTA).toInstant());
			Timestamp fin = Timestamp.from(dia.plusDays(1).atStartOfDay(BOGOTA).toInstant());
			Map<String, Object> fila = jdbc.queryForMap("""
					SELECT max(s.posicion) AS posicion, count(*) AS entradas FROM auditoria_sello s
					JOIN auditoria_evento e ON e.id = s.evento_id WHERE e.instante >= ? AND e.instante < ?""", inicio,
					fin);
			Number posicion = (Number) fila.get("posicion");
			if (posicion == null) {
				continue;
			}
			String hash = jdbc.queryForObject("SELECT hash FROM auditoria_sello WHERE posicion = ?", String.class,
					posicion.longValue());
			long entradas = ((Number) fila.get("entradas")).longValue();
			jdbc.update(
					"INSERT INTO auditoria_punto_control (fecha, posicion, hash, entradas, creado_en) VALUES (?, ?, ?, ?, ?)",
					dia, posicion.longValue(), hash, entradas, Timestamp.from(reloj.instant()));
			log.info(
					"PUNTO DE CONTROL DE AUDITORÍA {}: posición {}, hash {} ({} entradas del día). Guárdelo fuera de la base de datos.",
					dia, posicion, hash, entradas);
			nuevos.add(new PuntoControl(dia, posicion.longValue(), hash, entradas));
		}
		return nuevos;
	}

	@Transactional(readOnly = true)
	public List<PuntoControl> listar() {
		return jdbc.query(
				"SELECT fecha, posicion, hash, entradas FROM auditoria_punto_control ORDER BY fecha DESC LIMIT 400",
				(rs, i) -> new PuntoControl(rs.getObject("fecha", LocalDate.class), rs.getLong("posicion"),
						rs.getString("hash"), rs.getLong("entradas")));
	}

}
