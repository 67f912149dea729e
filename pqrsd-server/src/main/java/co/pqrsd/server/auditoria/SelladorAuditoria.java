package co.pqrsd.server.auditoria;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import co.pqrsd.core.auditoria.CadenaAuditoria;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chains committed entries. Writers only insert (cheap, no shared lock, so 50 concurrent
 * writers never queue on the chain's head); one sealer at a time (a PostgreSQL advisory
 * lock, also across nodes) links them.
 * <p>
 * An entry is sealed once its transaction id is below the oldest transaction still
 * running ({@code pg_snapshot_xmin}): its transaction has then certainly finished, and no
 * entry can ever appear below that horizon again. Entries are chained in (transaction id,
 * id) order, so the chain can neither fork nor skip an entry that commits late.
 */
@Component
class SelladorAuditoria {

	private static final Logger log = LoggerFactory.getLogger(SelladorAuditoria.class);

	private static final int LOTE = 5000;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaccion;

	private final Clock reloj;

	SelladorAuditoria(JdbcTemplate jdbc, TransactionTemplate transaccion, Clock reloj) {
		this.jdbc = jdbc;
		this.transaccion = transaccion;
		this.reloj = reloj;
	}

	@Scheduled(fixedDelayString = "${pqrsd.auditoria.intervalo-sellado-ms:500}", initialDelay = 1000)
	void programado() {
		try {
			sellar(false);
		}
		catch (RuntimeException e) {
			log.warn("No se pudo sellar la bitácora de auditoría en este ciclo: {}", e.getMessage());
		}
	}

	/**
	 * Seals every entry whose transaction has finished, waiting for a sealer running
	 * elsewhere to finish first.
	 * @return how many entries this call sealed
	 */
	long sellarPendientes() {
		return sellar(true);
	}

	private long sellar(boolean esperar) {
		long total = 0;
		int sellados;
		do {
			Integer lote = transaccion.execute(estado -> sellarLote(esperar));
			sellados = lote == null ? 0 : lote;
			total += sellados;
		}
		while (sellados == LOTE);
		return total;
	}

	private int sellarLote(boolean esperar) {
		if (esperar) {
			jdbc.queryForList("SELECT pg_advisory_xact_lock(hashtext('pqrsd.auditoria.sellador'))");
		}
		else if (!Boolean.TRUE.equals(jdbc
			.queryForObject("SELECT pg_try_advisory_xact_lock(hashtext('pqrsd.auditoria.sellador'))", Boolean.class))) {
			return 0;
		}
		String horizonte = jdbc.queryForObject("SELECT pg_snapshot_xmin(pg_current_snapshot())::text", String.class);
		var cursor = jdbc
			.queryForMap("SELECT xid::text AS xid, evento_id, posicion, hash FROM auditoria_sellador WHERE id = 1");
		long posicion = ((Number) cursor.get("posicion")).longValue();
		String anterior = (String) cursor.get("hash");
		List<Object[]> sellos = new ArrayList<>();
		String[] ultimoXid = { (String) cursor.get("xid") };
		long[] ultimoId = { ((Number) cursor.get("evento_id")).longValue() };
		String[] hash = { anterior };
		long[] pos = { posicion };
		Timestamp ahora = Timestamp.from(reloj.instant());
		jdbc.query("SELECT e.xid::text AS xid_texto, " + Canonico.COLUMNAS + " FROM auditoria_evento e "
				+ "WHERE (e.xid, e.id) > (CAST(? AS xid8), ?) AND e.xid < CAST(? AS xid8) ORDER BY e.xid, e.id LIMIT "
				+ LOTE, rs -> {
					String siguiente = CadenaAuditoria.enlazar(hash[0], Canonico.de(rs));
					pos[0]++;
					sellos.add(new Object[] { pos[0], rs.getLong("id"), hash[0], siguiente, ahora });
					hash[0] = siguiente;
					ultimoXid[0] = rs.getString("xid_texto");
					ultimoId[0] = rs.getLong("id");
				}, ultimoXid[0], ultimoId[0], horizonte);
		if (sellos.isEmpty()) {
			return 0;
		}
		jdbc.batchUpdate(
				"INSERT INTO auditoria_sello (posicion, evento_id, hash_anterior, hash, sellado_en) VALUES (?, ?, ?, ?, ?)",
				sellos);
		jdbc.update(
				"UPDATE auditoria_sellador SET xid = CAST(? AS xid8), evento_id = ?, posicion = ?, hash = ? WHERE id = 1",
				ultimoXid[0], ultimoId[0], pos[0], hash[0]);
		return sellos.size();
	}

}
