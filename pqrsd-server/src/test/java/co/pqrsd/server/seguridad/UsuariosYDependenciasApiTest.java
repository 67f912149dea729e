package co.pqrsd.server.seguridad;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.PruebaIntegracion;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@PruebaIntegracion
class UsuariosYDependenciasApiTest {

	@LocalServerPort
	int puerto;

	ClienteApi admin() {
		return ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
	}

	@Test
	void elPrimerInicioCreaAlAdministradorYYoLoDescribe() {
		var r = admin().get("/api/v1/usuarios/yo");
		assertThat(r.estado()).isEqualTo(200);
		assertThat(r.json().get("username").asString()).isEqualTo("admin");
		assertThat(r.json().get("roles").toString()).contains("ADMIN");
		assertThat(r.json().has("nombre")).isTrue();
		assertThat(r.json().has("dependencias")).isTrue();
	}

	@Test
	void sinCredencialesLaApiResponde401ConProblemJson() {
		var r = ClienteApi.anonimo(puerto).get("/api/v1/usuarios/yo");
		assertThat(r.estado()).isEqualTo(401);
		assertThat(r.tipo()).startsWith("application/problem+json");
		assertThat(r.json().get("code").asString()).isEqualTo("NO_AUTENTICADO");
		assertThat(r.cruda().headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying(v -> assertThat(v).contains("Basic"));
	}

	@Test
	void creaDependenciaYUsuarioYRechazaDuplicadosCon409() {
		var dep = admin().post("/api/v1/dependencias",
				ClienteApi.json(Map.of("codigo", "700", "nombre", "Secretaría de Salud")));
		assertThat(dep.estado()).isEqualTo(201);
		assertThat(dep.json().get("codigo").asString()).isEqualTo("700");
		var hija = admin().post("/api/v1/dependencias",
				ClienteApi.json(Map.of("codigo", "710", "nombre", "Vigilancia", "padre", "700")));
		assertThat(hija.estado()).isEqualTo(201);
		assertThat(hija.json().get("padre").asString()).isEqualTo("700");
		var repetida = admin().post("/api/v1/dependencias", ClienteApi.json(Map.of("codigo", "700", "nombre", "Otra")));
		assertThat(repetida.estado()).isEqualTo(409);
		assertThat(repetida.json().get("code").asString()).isEqualTo("DEPENDENCIA_DUPLICADA");

		Map<String, Object> usuario = Map.of("username", "mlopez", "nombre", "María López", "email",
				"mlopez@alcaldia.gov.co", "password", "Salud2026segura", "roles", List.of("FUNCIONARIO"),
				"dependencias", List.of("700"));
		var creado = admin().post("/api/v1/usuarios", ClienteApi.json(usuario));
		assertThat(creado.estado()).isEqualTo(201);
		assertThat(creado.json().get("username").asString()).isEqualTo("mlopez");
		assertThat(creado.cuerpo()).doesNotContain("Salud2026segura").doesNotContain("argon2");
		var duplicado = admin().post("/api/v1/usuarios", ClienteApi.json(usuario));
		assertThat(duplicado.estado()).isEqualTo(409);
		assertThat(duplicado.json().get("code").asString()).isEqualTo("USUARIO_DUPLICADO");

		var comoElla = ClienteApi.como(puerto, "mlopez", "Salud2026segura").get("/api/v1/usuarios/yo");
		assertThat(comoElla.estado()).isEqualTo(200);
		assertThat(comoElla.json().get("dependencias").toString()).contains("700");
	}

	@Test
	void unFuncionarioNoPuedeCrearUsuarios403() {
		admin().post("/api/v1/usuarios", ClienteApi.json(Map.of("username", "fpaz", "nombre", "F Paz", "email",
				"f@x.co", "password", "Funcionario2026", "roles", List.of("FUNCIONARIO"))));
		var r = ClienteApi.como(puerto, "fpaz", "Funcionario2026")
			.post("/api/v1/usuarios", ClienteApi.json(Map.of("username", "otro", "nombre", "O", "email", "o@x.co",
					"password", "Otro2026clave", "roles", List.of("ADMIN"))));
		assertThat(r.estado()).isEqualTo(403);
		assertThat(r.json().get("code").asString()).isEqualTo("ACCESO_DENEGADO");
	}

	@Test
	void laPoliticaDeContrasenasSeExplicaEnEspanol() {
		var r = admin().post("/api/v1/usuarios", ClienteApi.json(Map.of("username", "debil", "nombre", "D", "email",
				"d@x.co", "password", "corta", "roles", List.of("FUNCIONARIO"))));
		assertThat(r.estado()).isEqualTo(400);
		assertThat(r.json().get("code").asString()).isEqualTo("CONTRASENA_DEBIL");
		assertThat(r.json().get("detail").asString()).contains("al menos 10 caracteres");
	}

	@Test
	void actualizaRolesYDependenciasDeUnUsuario() {
		admin().post("/api/v1/dependencias", ClienteApi.json(Map.of("codigo", "800", "nombre", "Tránsito")));
		admin().post("/api/v1/usuarios", ClienteApi.json(Map.of("username", "rtorres", "nombre", "R Torres", "email",
				"r@x.co", "password", "Transito2026ok", "roles", List.of("FUNCIONARIO"))));
		var r = admin().put("/api/v1/usuarios/rtorres", ClienteApi.json(Map.of("nombre", "Ramiro Torres", "email",
				"r@x.co", "roles", List.of("FUNCIONARIO", "JEFE_DEPENDENCIA"), "dependencias", List.of("800"))));
		assertThat(r.estado()).isEqualTo(200);
		assertThat(r.json().get("roles").toString()).contains("JEFE_DEPENDENCIA");
		assertThat(admin().get("/api/v1/usuarios/rtorres").json().get("nombre").asString()).isEqualTo("Ramiro Torres");
	}

}
