package co.pqrsd.server.seguridad;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import co.pqrsd.server.ClienteApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Wrong current passwords on the password change are audited and throttled; predictable
 * passwords are refused.
 */
@DetrasDeProxy
class CambioContrasenaTest {

	@LocalServerPort
	int puerto;

	@Autowired
	JdbcTemplate jdbc;

	private ClienteApi admin() {
		return ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
	}

	private ClienteApi.Respuesta cambiar(String ip, String usuario, String clave, String actual, String nueva) {
		ClienteApi c = ClienteApi.como(puerto, usuario, clave);
		return c.enviar(c.peticion("/api/v1/usuarios/yo/contrasena")
			.header("X-Forwarded-For", ip)
			.header("Content-Type", "application/json")
			.POST(java.net.http.HttpRequest.BodyPublishers
				.ofString(ClienteApi.json(Map.of("actual", actual, "nueva", nueva)))));
	}

	@Test
	void lasContrasenasActualesEquivocadasSeAuditanYSeLimitan() {
		admin().post("/api/v1/usuarios", ClienteApi.json(Map.of("username", "sesion.robada", "nombre", "S", "email",
				"s@x.co", "password", "Original2026xy", "roles", List.of("FUNCIONARIO"))));
		for (int i = 0; i < 5; i++) {
			var r = cambiar("198.51.100.7", "sesion.robada", "Original2026xy", "Adivino2026x" + i, "Robada2026xyzw");
			assertThat(r.estado()).isEqualTo(400);
			assertThat(r.json().get("code").asString()).isEqualTo("CONTRASENA_ACTUAL_INCORRECTA");
		}
		var limitado = cambiar("198.51.100.7", "sesion.robada", "Original2026xy", "Original2026xy", "Robada2026xyzw");
		assertThat(limitado.estado()).isEqualTo(429);
		assertThat(limitado.json().get("code").asString()).isEqualTo("DEMASIADOS_INTENTOS");
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM auditoria_evento WHERE accion = 'CONTRASENA_CAMBIADA' "
						+ "AND objeto_id = 'sesion.robada' AND resultado = 'DENEGADO' AND ip = '198.51.100.7'",
				Long.class))
			.isEqualTo(6);
		assertThat(
				jdbc.queryForObject(
						"SELECT count(*) FROM auditoria_evento WHERE accion = 'CUENTA_BLOQUEADA' "
								+ "AND objeto_id = 'sesion.robada' AND detalles->>'ambito' = 'CAMBIO_CONTRASENA'",
						Long.class))
			.isEqualTo(1);
		// The owner, from his own address, still changes it.
		assertThat(
				cambiar("198.51.100.8", "sesion.robada", "Original2026xy", "Original2026xy", "Propia2026xyzw").estado())
			.isEqualTo(204);
	}

	@Test
	void unaContrasenaRestablecidaPorElAdministradorDebeCambiarseAntesDeUsarLaApi() {
		admin().post("/api/v1/usuarios", ClienteApi.json(Map.of("username", "temporal.api", "nombre", "T", "email",
				"t@x.co", "password", "Original2026xy", "roles", List.of("FUNCIONARIO"))));
		assertThat(admin()
			.put("/api/v1/usuarios/temporal.api",
					ClienteApi.json(Map.of("nombre", "T", "email", "t@x.co", "roles", List.of("FUNCIONARIO"),
							"password", "Temporal2026xyz")))
			.estado()).isEqualTo(200);
		ClienteApi temporal = ClienteApi.como(puerto, "temporal.api", "Temporal2026xyz");
		var bloqueada = temporal.get("/api/v1/dependencias");
		assertThat(bloqueada.estado()).isEqualTo(403);
		assertThat(bloqueada.json().get("code").asString()).isEqualTo("CAMBIO_CONTRASENA_REQUERIDO");
		assertThat(temporal.get("/api/v1/usuarios/yo").estado()).isEqualTo(200);
		assertThat(cambiar("198.51.100.10", "temporal.api", "Temporal2026xyz", "Temporal2026xyz", "Definitiva2026x")
			.estado()).isEqualTo(204);
		assertThat(ClienteApi.como(puerto, "temporal.api", "Definitiva2026x").get("/api/v1/dependencias").estado())
			.isEqualTo(200);
		assertThat(
				jdbc.queryForObject(
						"SELECT count(*) FROM auditoria_evento WHERE accion = 'CONTRASENA_CAMBIADA' "
								+ "AND objeto_id = 'temporal.api' AND detalles->>'cambioObligatorio' = 'true'",
						Long.class))
			.isEqualTo(1);
	}

	@Test
	void rechazaUnaPalabraPredecibleConUnAnio() {
		for (String clave : List.of("Alcaldia2026", "alcaldía2026!", "COLOMBIA.2026", "Pqrsd2026admin",
				"Municipal12345")) {
			var r = admin().post("/api/v1/usuarios", ClienteApi.json(Map.of("username", "predecible", "nombre", "P",
					"email", "p@x.co", "password", clave, "roles", List.of("FUNCIONARIO"))));
			assertThat(r.estado()).as(clave).isEqualTo(400);
			assertThat(r.json().get("code").asString()).isEqualTo("CONTRASENA_DEBIL");
			assertThat(r.json().get("detail").asString()).contains("palabra predecible");
		}
	}

	@Test
	void rechazaUnaContrasenaPredecibleTambienAlCambiarLaPropia() {
		admin().post("/api/v1/usuarios", ClienteApi.json(Map.of("username", "cambia.predecible", "nombre", "C", "email",
				"c@x.co", "password", "Original2026xy", "roles", List.of("FUNCIONARIO"))));
		var r = cambiar("198.51.100.9", "cambia.predecible", "Original2026xy", "Original2026xy", "Clave2027!!");
		assertThat(r.estado()).isEqualTo(400);
		assertThat(r.json().get("code").asString()).isEqualTo("CONTRASENA_DEBIL");
	}

}
