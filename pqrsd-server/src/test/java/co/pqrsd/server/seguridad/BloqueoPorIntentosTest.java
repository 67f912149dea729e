package co.pqrsd.server.seguridad;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.PruebaIntegracion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@PruebaIntegracion
class BloqueoPorIntentosTest {

	@LocalServerPort
	int puerto;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void cincoFallosDesdeUnaDireccionLaDetienenSinRevisarLaContrasenaYQuedanAuditados() {
		ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN)
			.post("/api/v1/usuarios", ClienteApi.json(Map.of("username", "olvidadizo", "nombre", "Olvidadizo", "email",
					"o@x.co", "password", "Recordar2026", "roles", List.of("FUNCIONARIO"))));
		for (int i = 0; i < 5; i++) {
			assertThat(ClienteApi.como(puerto, "olvidadizo", "NoEs2026xx" + i).get("/api/v1/usuarios/yo").estado())
				.isEqualTo(401);
		}
		// Even the right password is refused, and the answer says nothing of the account.
		var bloqueada = ClienteApi.como(puerto, "olvidadizo", "Recordar2026").get("/api/v1/usuarios/yo");
		assertThat(bloqueada.estado()).isEqualTo(429);
		assertThat(bloqueada.json().get("code").asString()).isEqualTo("DEMASIADOS_INTENTOS");
		assertThat(bloqueada.cruda().headers().firstValue("Retry-After")).isPresent();
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM auditoria_evento WHERE usuario = 'olvidadizo' AND accion = 'INICIO_SESION_FALLIDO'",
				Long.class))
			.isEqualTo(6);
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM auditoria_evento WHERE objeto_id = 'olvidadizo' AND accion = 'CUENTA_BLOQUEADA'",
				Long.class))
			.isEqualTo(1);
	}

	@Test
	void unUsuarioInexistenteRecibeElMismo401() {
		var r = ClienteApi.como(puerto, "nadie", "Cualquiera2026").get("/api/v1/usuarios/yo");
		assertThat(r.estado()).isEqualTo(401);
		assertThat(r.json().get("code").asString()).isEqualTo("NO_AUTENTICADO");
	}

}
