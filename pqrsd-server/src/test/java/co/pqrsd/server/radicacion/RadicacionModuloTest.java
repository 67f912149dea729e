package co.pqrsd.server.radicacion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import co.pqrsd.server.ConfiguracionPruebas;
import co.pqrsd.server.RelojAjustable;
import co.pqrsd.server.seguridad.Rol;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.json.JsonMapper;

/**
 * Radicación with the modules it declares (auditoria, comun, seguridad, infraestructura),
 * without términos or the web layer being needed: a radicado gets the number of the test
 * clock's year and its audit entry.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = { "comun", "infraestructura" })
@ActiveProfiles("test")
@Import(ConfiguracionPruebas.class)
class RadicacionModuloTest {

	@Autowired
	Radicacion radicacion;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	RelojAjustable reloj;

	@Test
	void unRadicadoDeEntradaTomaElAnioDelRelojYQuedaAuditado() {
		jdbc.update("INSERT INTO dependencia (codigo, nombre) VALUES ('120', 'Correspondencia'), "
				+ "('200', 'Secretaría de Gobierno') ON CONFLICT DO NOTHING");
		// The administrator that seguridad creates at start, acting at the ventanilla.
		// The administrator that seguridad creates at start, acting at the ventanilla.
		UsuarioAutenticado radicador = new UsuarioAutenticado("admin", "Administrador", Set.of(Rol.RADICADOR),
				Set.of("200"), "{noop}x", true, true);
		SolicitudRadicacion solicitud = json.readValue(
				"""
						{"tipo":"ENTRADA","asunto":"Solicitud de certificado de residencia","dependencia":"200",
						 "medio":"PRESENCIAL","remitente":{"tipoDocumento":"CC","numeroDocumento":"52123456","nombre":"Ana Ruiz"}}
						""",
				SolicitudRadicacion.class);

		// As in a request: the audit trail reads who acts from the security context.
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(radicador, null, radicador.getAuthorities()));
		Radicado r;
		try {
			r = radicacion.radicar(solicitud, List.of(), radicador);
		}
		finally {
			SecurityContextHolder.clearContext();
		}

		int anio = reloj.hoy().getYear();
		assertThat(r.anio()).isEqualTo(anio);
		// Year from the clock, then the radicating dependencia (the user's).
		assertThat(r.numero()).startsWith(anio + "200").hasSize(14);
		assertThat(jdbc.queryForList(
				"SELECT usuario FROM auditoria_evento WHERE accion = 'RADICADO_CREADO' AND objeto_id = ?", String.class,
				r.numero()))
			.containsExactly("admin");
	}

}
