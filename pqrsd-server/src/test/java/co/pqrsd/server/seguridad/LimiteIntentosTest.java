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
 * Wrong passwords are throttled per account and address and per address, never for
 * everybody.
 */
@DetrasDeProxy
class LimiteIntentosTest {

	@LocalServerPort
	int puerto;

	@Autowired
	JdbcTemplate jdbc;

	private ClienteApi.Respuesta yo(String ip, String usuario, String clave) {
		ClienteApi c = ClienteApi.como(puerto, usuario, clave);
		return c.enviar(c.peticion("/api/v1/usuarios/yo").header("X-Forwarded-For", ip).GET());
	}

	private void crear(String username, String clave, boolean activo) {
		var r = ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN)
			.post("/api/v1/usuarios", ClienteApi.json(Map.of("username", username, "nombre", username, "email",
					username + "@x.co", "password", clave, "roles", List.of("FUNCIONARIO"), "activo", activo)));
		assertThat(r.estado()).isEqualTo(201);
	}

	@Test
	void cincoFallosAnonimosDesdeUnaDireccionNoBloqueanAlAdministradorDesdeOtra() {
		for (int i = 0; i < 5; i++) {
			assertThat(yo("203.0.113.10", ClienteApi.ADMIN, "Adivina2026x" + i).estado()).isEqualTo(401);
		}
		var atacante = yo("203.0.113.10", ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
		assertThat(atacante.estado()).isEqualTo(429);
		assertThat(atacante.json().get("code").asString()).isEqualTo("DEMASIADOS_INTENTOS");
		assertThat(yo("203.0.113.11", ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN).estado()).isEqualTo(200);
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM auditoria_evento WHERE accion = 'CUENTA_BLOQUEADA' "
						+ "AND objeto_id = 'admin' AND ip = '203.0.113.10' AND detalles->>'alcance' = 'USUARIO_IP'",
				Long.class))
			.isEqualTo(1);
	}

	@Test
	void conUnaContrasenaEquivocadaNoSeRevelaQueLaCuentaEstaInactiva() {
		crear("inactivo.oculto", "Oculto2026xyz", false);
		var equivocada = yo("203.0.113.20", "inactivo.oculto", "Otra2026xyzw");
		assertThat(equivocada.estado()).isEqualTo(401);
		assertThat(equivocada.json().get("code").asString()).isEqualTo("NO_AUTENTICADO");
		var inexistente = yo("203.0.113.20", "no.existe", "Otra2026xyzw");
		assertThat(inexistente.json().get("code").asString()).isEqualTo("NO_AUTENTICADO");
		var correcta = yo("203.0.113.20", "inactivo.oculto", "Oculto2026xyz");
		assertThat(correcta.estado()).isEqualTo(401);
		assertThat(correcta.json().get("code").asString()).isEqualTo("CUENTA_INACTIVA");
	}

	@Test
	void unIngresoExitosoReiniciaElContador() {
		crear("reinicia.contador", "Contador2026xy", true);
		for (int ronda = 0; ronda < 2; ronda++) {
			for (int i = 0; i < 4; i++) {
				assertThat(yo("203.0.113.30", "reinicia.contador", "Mala2026xyz" + i).estado()).isEqualTo(401);
			}
			assertThat(yo("203.0.113.30", "reinicia.contador", "Contador2026xy").estado()).isEqualTo(200);
		}
	}

	@Test
	void unaDireccionQueRociaMuchasCuentasQuedaDetenidaParaTodas() {
		for (int i = 0; i < 30; i++) {
			assertThat(yo("203.0.113.40", "rociado" + i, "Rocio2026xyz").estado()).isEqualTo(401);
		}
		assertThat(yo("203.0.113.40", ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN).estado()).isEqualTo(429);
		assertThat(yo("203.0.113.41", ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN).estado()).isEqualTo(200);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM auditoria_evento WHERE accion = 'CUENTA_BLOQUEADA' "
				+ "AND ip = '203.0.113.40' AND detalles->>'alcance' = 'IP'", Long.class))
			.isEqualTo(1);
	}

	@Test
	void elFormularioDeIngresoDiceDemasiadosIntentosSinRevelarElEstado() {
		crear("web.limitado", "Formulario2026x", true);
		SesionWeb web = new SesionWeb(puerto).con("X-Forwarded-For", "203.0.113.50");
		for (int i = 0; i < 5; i++) {
			assertThat(web.ingresar("web.limitado", "Mala2026xyz" + i)).endsWith("/login?error=credenciales");
		}
		assertThat(web.ingresar("web.limitado", "Formulario2026x")).endsWith("/login?error=intentos");
		assertThat(web.get("/login?error=intentos").body()).contains("Demasiados intentos fallidos desde su equipo");
	}

	@Test
	void elFormularioSoloDiceInactivaConLaContrasenaCorrecta() {
		crear("web.inactivo", "Formulario2026x", false);
		SesionWeb web = new SesionWeb(puerto).con("X-Forwarded-For", "203.0.113.60");
		assertThat(web.ingresar("web.inactivo", "Mala2026xyz")).endsWith("/login?error=credenciales");
		assertThat(web.ingresar("web.inactivo", "Formulario2026x")).endsWith("/login?error=inactiva");
	}

}
