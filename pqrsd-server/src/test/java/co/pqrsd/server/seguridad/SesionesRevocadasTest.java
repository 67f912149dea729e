package co.pqrsd.server.seguridad;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.PruebaIntegracion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Changing a user's roles, state or password ends all his sessions at once. */
@PruebaIntegracion
class SesionesRevocadasTest {

	@LocalServerPort
	int puerto;

	@Autowired
	JdbcTemplate jdbc;

	private ClienteApi admin() {
		return ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
	}

	private void crear(String username, String clave, List<String> roles) {
		assertThat(admin()
			.post("/api/v1/usuarios",
					ClienteApi.json(Map.of("username", username, "nombre", username, "email", username + "@x.co",
							"password", clave, "roles", roles)))
			.estado()).isEqualTo(201);
	}

	private int actualizar(String username, Map<String, Object> cambios) {
		Map<String, Object> cuerpo = new java.util.HashMap<>(
				Map.of("nombre", username, "email", username + "@x.co", "roles", List.of("ADMIN")));
		cuerpo.putAll(cambios);
		return admin().put("/api/v1/usuarios/" + username, ClienteApi.json(cuerpo)).estado();
	}

	private SesionWeb sesion(String username, String clave) {
		SesionWeb s = new SesionWeb(puerto);
		assertThat(s.ingresar(username, clave)).doesNotContain("error");
		assertThat(s.get("/admin/usuarios").statusCode()).isEqualTo(200);
		return s;
	}

	private static void terminada(HttpResponse<String> r) {
		assertThat(r.statusCode()).isEqualTo(302);
		assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
	}

	@Test
	void unAdministradorDesactivadoPierdeSusDosSesionesYNoCreaDependencias() {
		crear("adm.desactivado", "Sesiones2026xyz", List.of("ADMIN"));
		SesionWeb uno = sesion("adm.desactivado", "Sesiones2026xyz");
		SesionWeb dos = sesion("adm.desactivado", "Sesiones2026xyz");
		String csrf = SesionWeb.csrf(dos.get("/admin/dependencias").body());

		assertThat(actualizar("adm.desactivado", Map.of("activo", false))).isEqualTo(200);

		terminada(uno.get("/admin/usuarios"));
		terminada(dos.enviarCrudo("/admin/dependencias",
				Map.of("codigo", "971", "nombre", "Creada por un desactivado", "_csrf", csrf)));
		assertThat(jdbc.queryForObject("SELECT count(*) FROM dependencia WHERE codigo = '971'", Long.class)).isZero();
		terminada(dos.get("/admin/usuarios"));
	}

	@Test
	void quitarElRolAdministradorTerminaSusSesiones() {
		crear("adm.degradado", "Sesiones2026xyz", List.of("ADMIN"));
		SesionWeb uno = sesion("adm.degradado", "Sesiones2026xyz");
		SesionWeb dos = sesion("adm.degradado", "Sesiones2026xyz");

		assertThat(actualizar("adm.degradado", Map.of("roles", List.of("FUNCIONARIO")))).isEqualTo(200);

		terminada(uno.get("/admin/usuarios"));
		terminada(dos.get("/"));
		SesionWeb nueva = new SesionWeb(puerto);
		nueva.ingresar("adm.degradado", "Sesiones2026xyz");
		assertThat(nueva.get("/admin/usuarios").statusCode()).isEqualTo(403);
	}

	@Test
	void elRestablecimientoDeContrasenaTerminaSesionesYOlvidaLaCredencialBasic() {
		crear("adm.restablecido", "Sesiones2026xyz", List.of("ADMIN"));
		SesionWeb uno = sesion("adm.restablecido", "Sesiones2026xyz");
		SesionWeb dos = sesion("adm.restablecido", "Sesiones2026xyz");
		ClienteApi basicVieja = ClienteApi.como(puerto, "adm.restablecido", "Sesiones2026xyz");
		assertThat(basicVieja.get("/api/v1/usuarios/yo").estado()).isEqualTo(200);

		assertThat(actualizar("adm.restablecido", Map.of("password", "Restablecida2026q"))).isEqualTo(200);

		terminada(uno.get("/admin/usuarios"));
		terminada(dos.get("/admin/usuarios"));
		assertThat(basicVieja.get("/api/v1/usuarios/yo").estado()).isEqualTo(401);
		assertThat(ClienteApi.como(puerto, "adm.restablecido", "Restablecida2026q").get("/api/v1/usuarios/yo").estado())
			.isEqualTo(200);
	}

	@Test
	void cambiarLaContrasenaPropiaCierraLasOtrasSesionesYConservaLaActual() {
		crear("cambia.propia", "Sesiones2026xyz", List.of("FUNCIONARIO"));
		SesionWeb actual = new SesionWeb(puerto);
		actual.ingresar("cambia.propia", "Sesiones2026xyz");
		SesionWeb otra = new SesionWeb(puerto);
		otra.ingresar("cambia.propia", "Sesiones2026xyz");
		assertThat(otra.get("/cuenta").statusCode()).isEqualTo(200);

		var r = actual.enviarFormulario("/cuenta", "/cuenta/contrasena",
				Map.of("actual", "Sesiones2026xyz", "nueva", "Cambiada2026abc", "confirmacion", "Cambiada2026abc"));
		assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/cuenta"));
		assertThat(actual.get("/cuenta").body()).contains("Contraseña cambiada");

		terminada(otra.get("/cuenta"));
	}

	@Test
	void cambiarSoloElNombreNoTerminaLaSesion() {
		crear("adm.renombrado", "Sesiones2026xyz", List.of("ADMIN"));
		SesionWeb uno = sesion("adm.renombrado", "Sesiones2026xyz");
		assertThat(actualizar("adm.renombrado", Map.of("nombre", "Nuevo Nombre"))).isEqualTo(200);
		assertThat(uno.get("/admin/usuarios").statusCode()).isEqualTo(200);
	}

}
