package co.pqrsd.server.auditoria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import co.pqrsd.server.ConfiguracionPruebas;
import co.pqrsd.server.RelojAjustable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit module alone (with the database of infraestructura): an entry commits with
 * its transaction, carries the test clock's instant, and the sealer chains it.
 */
@ApplicationModuleTest(extraIncludes = "infraestructura")
@ActiveProfiles("test")
@Import(ConfiguracionPruebas.class)
class AuditoriaModuloTest {

	@Autowired
	Auditoria auditoria;

	@Autowired
	VerificacionAuditoria verificacion;

	@Autowired
	TransactionTemplate transaccion;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RelojAjustable reloj;

	@Autowired
	ApplicationContext contexto;

	@Test
	void soloArrancaLaAuditoriaYUnaEntradaConfirmadaQuedaSelladaConLaHoraDelReloj() {
		assertThat(java.util.Arrays.stream(contexto.getBeanDefinitionNames())
			.map(contexto::getType)
			.filter(java.util.Objects::nonNull)
			.map(Class::getPackageName)
			.filter(p -> p.startsWith("co.pqrsd.server."))
			.distinct()).as("módulos arrancados")
			.containsExactlyInAnyOrder("co.pqrsd.server.auditoria", "co.pqrsd.server.infraestructura");
		java.time.Instant instante = RelojAjustable.INICIO.plusSeconds(3600);
		reloj.fijar(instante);
		try {
			transaccion.executeWithoutResult(t -> auditoria.registrar(AccionAuditoria.CONFIGURACION_MODIFICADA,
					"MODULO", "auditoria-sola", Map.of("clave", "valor")));
		}
		finally {
			reloj.restablecer();
		}
		assertThatThrownBy(() -> transaccion.executeWithoutResult(t -> {
			auditoria.registrar(AccionAuditoria.CONFIGURACION_MODIFICADA, "MODULO", "auditoria-revertida");
			throw new IllegalStateException("falla después de auditar");
		})).isInstanceOf(IllegalStateException.class);

		var fila = jdbc.queryForMap(
				"SELECT id, instante, usuario FROM auditoria_evento WHERE objeto_tipo = 'MODULO' AND objeto_id = ?",
				"auditoria-sola");
		assertThat(((java.sql.Timestamp) fila.get("instante")).toInstant()).isEqualTo(instante);
		assertThat(fila.get("usuario")).isEqualTo("sistema");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM auditoria_evento WHERE objeto_id = 'auditoria-revertida'",
				Long.class))
			.isZero();

		ResultadoVerificacion resultado = verificacion.verificar();
		assertThat(resultado.integra()).isTrue();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM auditoria_sello WHERE evento_id = ?", Long.class,
				fila.get("id")))
			.isEqualTo(1);
	}

}
