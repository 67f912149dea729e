package co.pqrsd.server.seguridad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import co.pqrsd.server.ConfiguracionPruebas;
import co.pqrsd.core.comun.ErrorDominio;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;

/**
 * The security module with the modules it depends on (auditoria, comun) and the database:
 * the organigrama and its audit trail, without radicación or términos.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = { "infraestructura", "comun" })
@ActiveProfiles("test")
@Import(ConfiguracionPruebas.class)
class SeguridadModuloTest {

	@Autowired
	Dependencias dependencias;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void unaDependenciaCreadaQuedaAuditadaYNoPuedeSerSuPropiaAntecesora() {
		dependencias.crear(new SolicitudDependencia("710", "Movilidad", null, null, null));
		dependencias.crear(new SolicitudDependencia("711", "Tránsito", "710", null, null));
		assertThat(dependencias.obtener("711").padre()).isEqualTo("710");
		assertThat(jdbc.queryForList(
				"SELECT objeto_id FROM auditoria_evento WHERE accion = 'DEPENDENCIA_CREADA' AND objeto_id LIKE '71_' "
						+ "ORDER BY id",
				String.class))
			.isEqualTo(List.of("710", "711"));
		assertThatThrownBy(
				() -> dependencias.actualizar("710", new SolicitudDependencia(null, "Movilidad", "711", null, null)))
			.isInstanceOf(ErrorDominio.class)
			.hasFieldOrPropertyWithValue("codigo", "DEPENDENCIA_CICLO");
		assertThat(dependencias.obtener("710").padre()).isNull();
	}

}
