package co.pqrsd.server.auditoria;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import co.pqrsd.server.PruebaIntegracion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A superuser can switch the triggers off and rewrite an entry; the chain still tells,
 * with the position. Runs on its own server because it breaks the chain on purpose.
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
	TransactionTemplate transaccion;

	@Test
	void unSuperusuarioQueAlteraContenidoOHashEsDetectadoConLaPosicion() {
		for (int i = 1; i <= 5; i++) {
			int n = i;
			transaccion.executeWithoutResult(t -> auditoria.registrar(AccionAuditoria.RADICADO_CONSULTADO, "RADICADO",
					"R-" + n, Map.of("n", n)));
		}
		assertThat(verificacion.verificar().integra()).isTrue();
		long id = jdbc.queryForObject("SELECT id FROM auditoria_evento WHERE objeto_id = 'R-3'", Long.class);
		long posicion = jdbc.queryForObject("SELECT posicion FROM auditoria_sello WHERE evento_id = ?", Long.class, id);

		jdbc.execute("ALTER TABLE auditoria_evento DISABLE TRIGGER auditoria_evento_inmutable");
		jdbc.update("UPDATE auditoria_evento SET usuario = 'impostor' WHERE id = ?", id);
		jdbc.execute("ALTER TABLE auditoria_evento ENABLE TRIGGER auditoria_evento_inmutable");

		ResultadoVerificacion alterada = verificacion.verificar();
		assertThat(alterada.integra()).isFalse();
		assertThat(alterada.posicionFalla()).isEqualTo(posicion);
		assertThat(alterada.eventoIdFalla()).isEqualTo(id);
		assertThat(alterada.motivo()).contains("contenido");

		jdbc.execute("ALTER TABLE auditoria_evento DISABLE TRIGGER auditoria_evento_inmutable");
		jdbc.update("UPDATE auditoria_evento SET usuario = 'admin' WHERE id = ?", id);
		jdbc.execute("ALTER TABLE auditoria_evento ENABLE TRIGGER auditoria_evento_inmutable");
		String original = jdbc.queryForObject("SELECT usuario FROM auditoria_evento WHERE id = ?", String.class, id);
		jdbc.execute("ALTER TABLE auditoria_evento DISABLE TRIGGER auditoria_evento_inmutable");
		jdbc.update("UPDATE auditoria_evento SET usuario = 'sistema' WHERE id = ?", id);
		jdbc.execute("ALTER TABLE auditoria_evento ENABLE TRIGGER auditoria_evento_inmutable");
		assertThat(original).isEqualTo("admin");
		assertThat(verificacion.verificar().integra()).isTrue();

		jdbc.execute("ALTER TABLE auditoria_sello DISABLE TRIGGER auditoria_sello_inmutable");
		jdbc.update("UPDATE auditoria_sello SET hash = repeat('a', 64) WHERE posicion = ?", posicion);
		jdbc.execute("ALTER TABLE auditoria_sello ENABLE TRIGGER auditoria_sello_inmutable");
		ResultadoVerificacion hashAlterado = verificacion.verificar();
		assertThat(hashAlterado.integra()).isFalse();
		assertThat(hashAlterado.posicionFalla()).isEqualTo(posicion);
	}

}
