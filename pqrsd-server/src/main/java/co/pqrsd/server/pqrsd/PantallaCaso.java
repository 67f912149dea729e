package co.pqrsd.server.pqrsd;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The case view's display columns kept beside the case (asunto and peticionario, copied
 * from the ENTRADA radicado for the bandeja).
 */
@Component
class PantallaCaso {

	/** What the case view shows of the ENTRADA. */
	record Encabezado(@Nullable String asunto, @Nullable String peticionario) {
	}

	private final JdbcClient jdbc;

	PantallaCaso(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Encabezado> encabezado(String radicado) {
		return jdbc.sql("SELECT asunto, peticionario FROM pqrsd_caso WHERE radicado = ?")
			.param(radicado)
			.query((rs, i) -> new Encabezado(rs.getString(1), rs.getString(2)))
			.optional();
	}

}
