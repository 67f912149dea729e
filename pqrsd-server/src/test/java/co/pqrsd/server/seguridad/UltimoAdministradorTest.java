package co.pqrsd.server.seguridad;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import co.pqrsd.server.ClienteApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@DetrasDeProxy
class UltimoAdministradorTest {

	@LocalServerPort
	int puerto;

	@Autowired
	JdbcTemplate jdbc;

	private ClienteApi admin() {
		return ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
	}

	private ClienteApi.Respuesta poner(String username, List<String> roles, boolean activo) {
		return admin().put("/api/v1/usuarios/" + username, ClienteApi
			.json(Map.of("nombre", username, "email", username + "@x.co", "roles", roles, "activo", activo)));
	}

	@Test
	void noSePuedeDesactivarNiDegradarAlUltimoAdministradorActivo() {
		// Leave admin as the only active ADMIN of this server.
		for (var u : admin().get("/api/v1/usuarios").json()) {
			String username = u.get("username").asString();
			if (!username.equals("admin") && u.get("activo").asBoolean()
					&& u.get("roles").toString().contains("ADMIN")) {
				assertThat(poner(username, List.of("FUNCIONARIO"), true).estado()).isEqualTo(200);
			}
		}
		var desactivar = poner("admin", List.of("ADMIN"), false);
		assertThat(desactivar.estado()).isEqualTo(409);
		assertThat(desactivar.tipo()).contains("application/problem+json");
		assertThat(desactivar.json().get("code").asString()).isEqualTo("ULTIMO_ADMINISTRADOR");
		var degradar = poner("admin", List.of("FUNCIONARIO"), true);
		assertThat(degradar.estado()).isEqualTo(409);
		assertThat(degradar.json().get("code").asString()).isEqualTo("ULTIMO_ADMINISTRADOR");
		assertThat(admin().get("/api/v1/usuarios/yo").estado()).isEqualTo(200);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM auditoria_evento WHERE accion = 'USUARIO_MODIFICADO' "
				+ "AND objeto_id = 'admin' AND resultado = 'DENEGADO' AND detalles->>'motivo' = 'ULTIMO_ADMINISTRADOR'",
				Long.class))
			.isEqualTo(2);

		// With a second administrator, the other one may be demoted.
		admin().post("/api/v1/usuarios", ClienteApi.json(Map.of("username", "segundo.admin", "nombre", "S", "email",
				"s@x.co", "password", "Segundo2026xyz", "roles", List.of("ADMIN"))));
		assertThat(poner("segundo.admin", List.of("FUNCIONARIO"), true).estado()).isEqualTo(200);
	}

}
