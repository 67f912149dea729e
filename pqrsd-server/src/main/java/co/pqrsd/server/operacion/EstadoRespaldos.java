package co.pqrsd.server.operacion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the admin screen says about backups: the last good one, the last attempts, and
 * whether the last good one is older than {@code pqrsd.respaldo.antiguedad-maxima}.
 */
@Service
class EstadoRespaldos {

	private final JdbcClient jdbc;

	private final Clock reloj;

	private final Duration antiguedadMaxima;

	EstadoRespaldos(JdbcClient jdbc, Clock reloj,
			@Value("${pqrsd.respaldo.antiguedad-maxima:26h}") Duration antiguedadMaxima) {
		this.jdbc = jdbc;
		this.reloj = reloj;
		this.antiguedadMaxima = antiguedadMaxima;
	}

	/** One backup run, as recorded by the command. */
	record Respaldo(long id, Instant inicio, Instant fin, String destino, String modo, String versionEsquema,
			int archivos, long bytes, long documentos, boolean correcto, String mensaje) {
	}

	/**
	 * @param ultimoCorrecto the last good backup, if any
	 * @param vencido no good backup, or the last one older than the limit
	 * @param antiguedadMaximaHoras the configured limit, in hours
	 * @param recientes the last attempts, newest first
	 */
	record Estado(@Nullable Respaldo ultimoCorrecto, boolean vencido, long antiguedadMaximaHoras,
			List<Respaldo> recientes) {
	}

	@Transactional(readOnly = true)
	Estado estado() {
		List<Respaldo> recientes = jdbc.sql("""
				SELECT id, inicio, fin, destino, modo, version_esquema, archivos, bytes, documentos, correcto, mensaje
				FROM operacion_respaldo ORDER BY fin DESC, id DESC LIMIT 10""").query(EstadoRespaldos::fila).list();
		Respaldo ultimo = jdbc.sql("""
				SELECT id, inicio, fin, destino, modo, version_esquema, archivos, bytes, documentos, correcto, mensaje
				FROM operacion_respaldo WHERE correcto ORDER BY fin DESC, id DESC LIMIT 1""")
			.query(EstadoRespaldos::fila)
			.optional()
			.orElse(null);
		boolean vencido = ultimo == null || ultimo.fin().plus(antiguedadMaxima).isBefore(reloj.instant());
		return new Estado(ultimo, vencido, antiguedadMaxima.toHours(), recientes);
	}

	private static Respaldo fila(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Respaldo(rs.getLong("id"), rs.getObject("inicio", OffsetDateTime.class).toInstant(),
				rs.getObject("fin", OffsetDateTime.class).toInstant(), rs.getString("destino"), rs.getString("modo"),
				rs.getString("version_esquema"), rs.getInt("archivos"), rs.getLong("bytes"), rs.getLong("documentos"),
				rs.getBoolean("correcto"), rs.getString("mensaje"));
	}

}
