package co.pqrsd.server.terminos;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import co.pqrsd.core.calendario.TipoCierre;
import co.pqrsd.server.ConfiguracionPruebas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The calendar module with auditoria and comun: declaring a closure is audited and
 * announces {@link CalendarioModificado}, the event the PQRSD workflow reschedules on.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = { "infraestructura", "comun" })
@ActiveProfiles("test")
@Import(ConfiguracionPruebas.class)
class TerminosModuloTest {

	@Autowired
	CalendarioEntidad calendario;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void declararUnCierrePublicaCalendarioModificadoYQuedaAuditado(Scenario escenario) {
		SolicitudCierre cierre = new SolicitudCierre(LocalDate.of(2032, 3, 4), LocalDate.of(2032, 3, 5),
				TipoCierre.SUSPENSION_TERMINOS, "Resolución 88", LocalDate.of(2032, 3, 1), "Falla eléctrica");
		escenario.stimulate(() -> calendario.declararCierre(cierre))
			.andWaitForEventOfType(CalendarioModificado.class)
			.matching(e -> e.motivo().contains("Resolución 88"))
			.toArriveAndVerify((evento, registrado) -> {
				assertThat(evento.version()).isPositive();
				assertThat(jdbc.queryForObject(
						"SELECT count(*) FROM auditoria_evento "
								+ "WHERE accion = 'CIERRE_CALENDARIO_CREADO' AND objeto_id = ?",
						Long.class, String.valueOf(registrado.id())))
					.isEqualTo(1);
				assertThat(calendario.calendario().motivo(LocalDate.of(2032, 3, 4))).isPresent();
			});
	}

}
