package co.pqrsd.server.auditoria;

import java.time.Clock;
import java.util.Map;

import co.pqrsd.core.auditoria.VerificadorCadena;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Recomputes the whole chain from the stored entries and reports the first mismatch. */
@Service
class VerificacionAuditoria {

	private final SelladorAuditoria sellador;

	private final JdbcTemplate lector;

	private final TransactionTemplate transaccion;

	private final Auditoria auditoria;

	private final Clock reloj;

	VerificacionAuditoria(SelladorAuditoria sellador, DataSource datos, TransactionTemplate transaccion,
			Auditoria auditoria, Clock reloj) {
		this.sellador = sellador;
		this.lector = new JdbcTemplate(datos);
		this.lector.setFetchSize(5000);
		this.transaccion = transaccion;
		this.auditoria = auditoria;
		this.reloj = reloj;
	}

	/**
	 * Seals what is pending, verifies every entry and records the verification itself.
	 */
	public ResultadoVerificacion verificar() {
		long inicio = System.nanoTime();
		sellador.sellarPendientes();
		ResultadoVerificacion resultado = transaccion.execute(estado -> {
			VerificadorCadena verificador = recorrer(lector);
			long totalSellos = lector.queryForObject("SELECT count(*) FROM auditoria_sello", Long.class);
			long totalEventos = lector.queryForObject("SELECT count(*) FROM auditoria_evento", Long.class);
			var falla = verificador.falla();
			if (falla == null && totalSellos > verificador.verificadas()) {
				falla = new VerificadorCadena.Falla(verificador.verificadas() + 1, -1,
						"Falta la posición " + (verificador.verificadas() + 1) + " de la cadena.");
			}
			long duracion = (System.nanoTime() - inicio) / 1_000_000;
			return new ResultadoVerificacion(falla == null, verificador.verificadas(), verificador.ultimoHash(),
					falla == null ? null : falla.posicion(),
					falla == null || falla.eventoId() < 0 ? null : falla.eventoId(),
					falla == null ? null : falla.motivo(), Math.max(0, totalEventos - totalSellos), reloj.instant(),
					duracion);
		});
		Map<String, Object> detalles = new java.util.LinkedHashMap<>();
		detalles.put("integra", resultado.integra());
		detalles.put("entradas", resultado.entradas());
		detalles.put("ultimoHash", resultado.ultimoHash());
		detalles.put("duracionMs", resultado.duracionMs());
		if (resultado.motivo() != null) {
			detalles.put("posicionFalla", resultado.posicionFalla());
			detalles.put("motivo", resultado.motivo());
		}
		transaccion.executeWithoutResult(
				estado -> auditoria.registrar(AccionAuditoria.AUDITORIA_VERIFICADA, "AUDITORIA", null, detalles));
		return resultado;
	}

	/**
	 * Walks the stored chain without writing anything; also used on a restored copy
	 * ({@link Auditoria#verificarCadena}).
	 */
	static VerificadorCadena recorrer(JdbcTemplate lector) {
		VerificadorCadena verificador = new VerificadorCadena();
		// Streams with a cursor (fetch size inside a transaction): constant memory for
		// millions of entries.
		lector.query("SELECT s.posicion, s.hash_anterior, s.hash, " + Canonico.COLUMNAS
				+ " FROM auditoria_sello s LEFT JOIN auditoria_evento e ON e.id = s.evento_id ORDER BY s.posicion",
				rs -> {
					if (verificador.falla() != null) {
						return;
					}
					long posicion = rs.getLong("posicion");
					if (rs.getObject("id") == null) {
						verificador.aceptar(posicion, -1, "", rs.getString("hash_anterior"), "entrada eliminada");
						return;
					}
					verificador.aceptar(posicion, rs.getLong("id"), Canonico.de(rs), rs.getString("hash_anterior"),
							rs.getString("hash"));
				});
		return verificador;
	}

}
