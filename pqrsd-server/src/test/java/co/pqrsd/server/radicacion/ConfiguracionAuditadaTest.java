package co.pqrsd.server.radicacion;

import static org.assertj.core.api.Assertions.assertThat;

import co.pqrsd.server.PruebaIntegracion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@PruebaIntegracion
class ConfiguracionAuditadaTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ConfiguracionAuditada configuracion;

	@Autowired
	TransactionTemplate transaccion;

	@Test
	void unCambioDelPatronDeNumeracionEntreArranquesQuedaAuditado() {
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM auditoria_evento WHERE accion = 'CONFIGURACION_MODIFICADA' AND objeto_id = ?",
				Long.class, ConfiguracionAuditada.CLAVE))
			.as("el primer arranque registra la configuración")
			.isPositive();
		assertThat(registrar()).as("sin cambios no registra nada").isFalse();

		jdbc.update("UPDATE configuracion_registrada SET valores = jsonb_set(valores, '{patron}', '\"{AAAA}{N:8}\"')"
				+ " WHERE clave = ?", ConfiguracionAuditada.CLAVE);
		assertThat(registrar()).isTrue();
		assertThat(jdbc.queryForObject("""
				SELECT detalles->'cambios'->'patron'->>'antes' FROM auditoria_evento
				WHERE accion = 'CONFIGURACION_MODIFICADA' ORDER BY id DESC LIMIT 1""", String.class))
			.isEqualTo("{AAAA}{N:8}");
	}

	private boolean registrar() {
		Boolean cambio = transaccion.execute(t -> configuracion.registrar());
		return Boolean.TRUE.equals(cambio);
	}

}
