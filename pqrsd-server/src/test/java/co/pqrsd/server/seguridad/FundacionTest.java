package co.pqrsd.server.seguridad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.PruebaIntegracion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@PruebaIntegracion
class FundacionTest {

	@LocalServerPort
	int puerto;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void laSaludResponde200SinAutenticacion() {
		var r = ClienteApi.anonimo(puerto).get("/readyz");
		assertThat(r.estado()).isEqualTo(200);
		assertThat(r.cuerpo()).contains("UP");
	}

	@Test
	void unaDependenciaNoSeBorraNiSiquieraPorSql() {
		ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN)
			.post("/api/v1/dependencias", ClienteApi.json(Map.of("codigo", "979", "nombre", "Temporal")));
		assertThatThrownBy(() -> jdbc.update("DELETE FROM dependencia WHERE codigo = '979'")).rootCause()
			.hasMessageContaining("no se eliminan");
		var inactiva = ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN)
			.put("/api/v1/dependencias/979", ClienteApi.json(Map.of("nombre", "Temporal", "activa", false)));
		assertThat(inactiva.json().get("activa").asBoolean()).isFalse();
	}

	@Test
	void unaDependenciaNoPuedeDependerDeSiMisma() {
		ClienteApi admin = ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
		admin.post("/api/v1/dependencias", ClienteApi.json(Map.of("codigo", "890", "nombre", "Padre")));
		admin.post("/api/v1/dependencias", ClienteApi.json(Map.of("codigo", "891", "nombre", "Hija", "padre", "890")));
		var ciclo = admin.put("/api/v1/dependencias/890", ClienteApi.json(Map.of("nombre", "Padre", "padre", "891")));
		assertThat(ciclo.json().get("code").asString()).isEqualTo("DEPENDENCIA_CICLO");
	}

	@Test
	void cadaUsuarioVeSuPropiaActividadPeroNoLaDeOtros() {
		ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN)
			.post("/api/v1/usuarios", ClienteApi.json(Map.of("username", "propio", "nombre", "Propio", "email",
					"p@x.co", "password", "Propiedad2026", "roles", List.of("FUNCIONARIO"))));
		ClienteApi propio = ClienteApi.como(puerto, "propio", "Propiedad2026");
		var mia = propio.get("/api/v1/auditoria/objetos/USUARIO/propio");
		assertThat(mia.estado()).isEqualTo(200);
		assertThat(mia.cuerpo()).contains("USUARIO_CREADO");
		assertThat(propio.get("/api/v1/auditoria/objetos/USUARIO/admin").estado()).isEqualTo(403);
	}

	@Test
	void elCierreDeSesionYElInicioWebQuedanAuditados() throws Exception {
		// A browser of its own: its User-Agent, stored with every audit entry, tells this
		// test's entries from those of any other test on the shared database.
		String agente = "FundacionTest-" + UUID.randomUUID();
		HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new java.net.CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String base = "http://localhost:" + puerto;
		String login = http
			.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("User-Agent", agente).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		String csrf = login.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		var ingreso = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("User-Agent", agente)
			.POST(HttpRequest.BodyPublishers
				.ofString("username=admin&password=" + ClienteApi.CLAVE_ADMIN + "&_csrf=" + csrf))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(ingreso.statusCode()).isEqualTo(302);
		assertThat(ingreso.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
		assertThat(accionesDe(agente)).containsExactly("INICIO_SESION");
		String inicio = http
			.send(HttpRequest.newBuilder(URI.create(base + "/")).header("User-Agent", agente).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		String csrf2 = inicio.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		var salida = http.send(HttpRequest.newBuilder(URI.create(base + "/logout"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("User-Agent", agente)
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf2))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(salida.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?salida"));
		assertThat(accionesDe(agente)).containsExactly("INICIO_SESION", "CIERRE_SESION");
	}

	private List<String> accionesDe(String agente) {
		return jdbc.queryForList(
				"SELECT accion FROM auditoria_evento WHERE usuario = 'admin' AND agente = ? AND resultado = 'EXITO' "
						+ "ORDER BY id",
				String.class, agente);
	}

	@Test
	void unFormularioSinTokenCsrfEsRechazado() throws Exception {
		HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		var r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + puerto + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + ClienteApi.CLAVE_ADMIN))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(r.statusCode()).isEqualTo(403);
	}

}
