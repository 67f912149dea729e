package co.pqrsd.server.auditoria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import javax.sql.DataSource;

import co.pqrsd.server.PruebaIntegracion;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application's own account cannot switch the triggers off; a superuser can, and
 * rewrite an entry; the chain still tells, with the position. Runs on its own server
 * because it breaks the chain on purpose.
 */
@PruebaIntegracion
@TestPropertySource(properties = "pqrsd.prueba.aislada=alteracion")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AlteracionDetectadaTest {

	@Autowired
	Auditoria auditoria;

	@Autowired
	VerificacionAuditoria verificacion;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	TransactionTemplate transaccion;

	/**
	 * The embedded server's superuser, which only the bootstrap uses (trust on
	 * localhost).
	 */
	private JdbcTemplate superusuario() {
		String url = ((HikariDataSource) dataSource).getJdbcUrl();
		return new JdbcTemplate(new DriverManagerDataSource(url, "postgres", ""));
	}

	private static void alterar(JdbcTemplate superusuario, String tabla, String disparador, String sql,
			Object... args) {
		superusuario.execute("ALTER TABLE " + tabla + " DISABLE TRIGGER " + disparador);
		try {
			superusuario.update(sql, args);
		}
		finally {
			superusuario.execute("ALTER TABLE " + tabla + " ENABLE TRIGGER " + disparador);
		}
	}

	@Test
	void unSuperusuarioQueAlteraContenidoOHashEsDetectadoConLaPosicion() {
		for (int i = 1; i <= 5; i++) {
			int n = i;
			transaccion.executeWithoutResult(t -> auditoria.registrar(AccionAuditoria.RADICADO_CONSULTADO, "RADICADO",
					"alterado-" + n, Map.of("n", n)));
		}
		assertThat(verificacion.verificar().integra()).isTrue();
		long id = jdbc.queryForObject("SELECT id FROM auditoria_evento WHERE objeto_id = 'alterado-3'", Long.class);
		long posicion = jdbc.queryForObject("SELECT posicion FROM auditoria_sello WHERE evento_id = ?", Long.class, id);
		String original = jdbc.queryForObject("SELECT usuario FROM auditoria_evento WHERE id = ?", String.class, id);
		assertThat(original).isNotEqualTo("impostor");

		assertThatThrownBy(
				() -> jdbc.execute("ALTER TABLE auditoria_evento DISABLE TRIGGER auditoria_evento_inmutable"))
			.as("la cuenta de la aplicación no es dueña de la tabla")
			.rootCause()
			.hasMessageContaining("must be owner");

		JdbcTemplate superusuario = superusuario();
		alterar(superusuario, "auditoria_evento", "auditoria_evento_inmutable",
				"UPDATE auditoria_evento SET usuario = 'impostor' WHERE id = ?", id);
		assertThat(jdbc.queryForObject("SELECT usuario FROM auditoria_evento WHERE id = ?", String.class, id))
			.isEqualTo("impostor");

		ResultadoVerificacion alterada = verificacion.verificar();
		assertThat(alterada.integra()).isFalse();
		assertThat(alterada.posicionFalla()).isEqualTo(posicion);
		assertThat(alterada.eventoIdFalla()).isEqualTo(id);
		assertThat(alterada.motivo()).contains("contenido");

		// Putting the original value back makes the chain whole again: what was detected
		// was exactly the change of that value.
		alterar(superusuario, "auditoria_evento", "auditoria_evento_inmutable",
				"UPDATE auditoria_evento SET usuario = ? WHERE id = ?", original, id);
		assertThat(verificacion.verificar().integra()).isTrue();

		alterar(superusuario, "auditoria_sello", "auditoria_sello_inmutable",
				"UPDATE auditoria_sello SET hash = repeat('a', 64) WHERE posicion = ?", posicion);
		ResultadoVerificacion hashAlterado = verificacion.verificar();
		assertThat(hashAlterado.integra()).isFalse();
		assertThat(hashAlterado.posicionFalla()).isEqualTo(posicion);
	}

}
