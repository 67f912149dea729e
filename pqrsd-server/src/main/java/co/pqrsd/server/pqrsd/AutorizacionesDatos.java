package co.pqrsd.server.pqrsd;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The data-protection consent of a citizen's filing (V27__ciudadano_autorizacion_datos;
 * Ley 1581 de 2012, art. 9).
 */
@Repository
class AutorizacionesDatos {

	private final JdbcClient jdbc;

	AutorizacionesDatos(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** In the caller's transaction. */
	void registrar(String radicado, boolean autoriza, Instant en, String politica) {
		jdbc.sql(
				"INSERT INTO pqrsd_autorizacion_datos (radicado, autoriza, registrada_en, politica) VALUES (?, ?, ?, ?)")
			.params(radicado, autoriza, Timestamp.from(en),
					politica.length() > 500 ? politica.substring(0, 500) : politica)
			.update();
	}

	/**
	 * @return the consent stored with the case, if it was asked.
	 */
	Optional<VistaPqrsd.AutorizacionDatos> de(String radicado) {
		return jdbc.sql("SELECT autoriza, registrada_en, politica FROM pqrsd_autorizacion_datos WHERE radicado = ?")
			.param(radicado)
			.query((rs, i) -> new VistaPqrsd.AutorizacionDatos(rs.getBoolean("autoriza"),
					ServicioPqrsd.enBogota(rs.getTimestamp("registrada_en").toInstant()), rs.getString("politica")))
			.optional();
	}

}
