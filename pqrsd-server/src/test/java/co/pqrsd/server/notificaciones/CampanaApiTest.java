package co.pqrsd.server.notificaciones;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.PruebaIntegracion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** The bell's API: each user sees, counts and marks only his own notifications. */
@PruebaIntegracion
class CampanaApiTest {

	static final String CLAVE = "Campanas2026x";

	@LocalServerPort
	int puerto;

	@Autowired
	Notificaciones notificaciones;

	@Autowired
	PlatformTransactionManager transacciones;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EnvioCorreos envio;

	@BeforeEach
	void preparar() {
		ClienteApi admin = ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
		if (admin.get("/api/v1/usuarios/campuno").estado() != 200) {
			admin.post("/api/v1/dependencias", ClienteApi.json(Map.of("codigo", "870", "nombre", "Pruebas campana")));
			for (String u : List.of("campuno", "campdos", "campsincorreo", "campinactivo")) {
				var r = admin.post("/api/v1/usuarios",
						ClienteApi.json(Map.of("username", u, "nombre", "Usuario " + u, "email", u + "@x.co",
								"password", CLAVE, "roles", List.of("FUNCIONARIO"), "dependencias", List.of("870"))));
				assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
			}
		}
		for (String u : List.of("campuno", "campdos")) {
			assertThat(como(u).post("/api/v1/notificaciones/leidas", "").estado()).isEqualTo(200);
		}
	}

	private ClienteApi como(String usuario) {
		return ClienteApi.como(puerto, usuario, CLAVE);
	}

	private List<String> notificar(String clave, String asunto, String enlace, String... usuarios) {
		return new TransactionTemplate(transacciones).execute(s -> notificaciones
			.notificar(new Notificacion(clave, Set.of(usuarios), asunto, "Texto de " + asunto, enlace)));
	}

	private long noLeidas(String usuario) {
		var r = como(usuario).get("/api/v1/notificaciones/contador");
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(200);
		return r.json().get("noLeidas").asLong();
	}

	@Test
	void elContadorSubeConCadaClaveNuevaYNoConUnaRepetida() {
		String clave = "prueba/contador/" + System.nanoTime();
		assertThat(noLeidas("campuno")).isZero();
		assertThat(notificar(clave, "Vence pronto", "/pqrsd/casos/1", "campuno", "campdos")).containsExactly("campdos",
				"campuno");
		assertThat(notificar(clave, "Vence pronto", "/pqrsd/casos/1", "campuno", "campdos")).isEmpty();
		assertThat(noLeidas("campuno")).isEqualTo(1);
		assertThat(noLeidas("campdos")).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM correo_saliente WHERE clave LIKE ?", Long.class,
				clave + "/%"))
			.as("un correo por usuario y clave")
			.isEqualTo(2);
	}

	@Test
	void laListaVaDeLaMasRecienteALaMasAntiguaPaginadaYFiltrada() {
		String base = "prueba/lista/" + System.nanoTime();
		for (int i = 1; i <= 3; i++) {
			notificar(base + "/" + i, "Aviso " + i, "/pqrsd/casos/" + i, "campuno");
		}
		JsonNode p0 = como("campuno").get("/api/v1/notificaciones?pagina=0&tamano=2").json();
		assertThat(p0.get("noLeidas").asLong()).isEqualTo(3);
		assertThat(p0.get("elementos")).hasSize(2);
		assertThat(p0.get("elementos").get(0).get("asunto").asString()).isEqualTo("Aviso 3");
		assertThat(p0.get("elementos").get(0).get("url").asString()).isEqualTo("http://pqrsd.prueba/pqrsd/casos/3");
		assertThat(p0.get("elementos").get(0).get("leida").asBoolean()).isFalse();
		JsonNode p1 = como("campuno").get("/api/v1/notificaciones?pagina=1&tamano=2").json();
		assertThat(p1.get("elementos").get(0).get("asunto").asString()).isEqualTo("Aviso 1");

		long id = p0.get("elementos").get(1).get("id").asLong();
		var marcada = como("campuno").post("/api/v1/notificaciones/" + id + "/leida", "");
		assertThat(marcada.estado()).as(marcada.cuerpo()).isEqualTo(200);
		assertThat(marcada.json().get("noLeidas").asLong()).isEqualTo(2);
		JsonNode noLeidas = como("campuno").get("/api/v1/notificaciones?noLeidas=true&tamano=50").json();
		assertThat(noLeidas.get("total").asLong()).isEqualTo(2);
		assertThat(noLeidas.get("elementos").valueStream().map(e -> e.get("asunto").asString()))
			.containsExactly("Aviso 3", "Aviso 1");

		var todas = como("campuno").post("/api/v1/notificaciones/leidas", "");
		assertThat(todas.json().get("marcadas").asLong()).isEqualTo(2);
		assertThat(noLeidas("campuno")).isZero();
	}

	@Test
	void nadieVeNiMarcaLasNotificacionesDeOtro() {
		String clave = "prueba/ajena/" + System.nanoTime();
		notificar(clave, "Solo para uno", null, "campuno");
		long id = jdbc.queryForObject("SELECT id FROM notificacion WHERE clave = ? AND usuario = 'campuno'", Long.class,
				clave);
		var ajena = como("campdos").post("/api/v1/notificaciones/" + id + "/leida", "");
		assertThat(ajena.estado()).isEqualTo(404);
		assertThat(ajena.tipo()).startsWith("application/problem+json");
		assertThat(ajena.json().get("code").asString()).isEqualTo("NOTIFICACION_NO_EXISTE");
		assertThat(como("campdos").get("/api/v1/notificaciones?tamano=200").cuerpo()).doesNotContain("Solo para uno");
		assertThat(noLeidas("campuno")).isEqualTo(1);
		assertThat(como("campdos").post("/api/v1/notificaciones/999999999/leida", "").estado()).isEqualTo(404);
	}

	@Test
	void unaPaginaInvalidaEsUn400EnEspanol() {
		var r = como("campuno").get("/api/v1/notificaciones?pagina=-1");
		assertThat(r.estado()).isEqualTo(400);
		assertThat(r.tipo()).startsWith("application/problem+json");
		assertThat(como("campuno").get("/api/v1/notificaciones?tamano=500").estado()).isEqualTo(400);
		assertThat(como("campuno").post("/api/v1/notificaciones/abc/leida", "").estado()).isEqualTo(400);
		assertThat(ClienteApi.anonimo(puerto).get("/api/v1/notificaciones/contador").estado()).isEqualTo(401);
	}

	@Test
	void sinCorreoOInactivoSoloRecibeLaCampana() {
		ClienteApi admin = ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
		new TransactionTemplate(transacciones).executeWithoutResult(s -> jdbc
			.update("INSERT INTO preferencia_notificacion (usuario, correo) VALUES ('campsincorreo', false) "
					+ "ON CONFLICT (usuario) DO UPDATE SET correo = false"));
		jdbc.update("UPDATE usuario SET activo = false WHERE username = 'campinactivo'");
		String clave = "prueba/preferencia/" + System.nanoTime();
		assertThat(notificar(clave, "Solo campana", null, "campsincorreo", "campinactivo", "campdos"))
			.containsExactly("campdos", "campinactivo", "campsincorreo");
		assertThat(
				jdbc.queryForList("SELECT clave FROM correo_saliente WHERE clave LIKE ?", String.class, clave + "/%"))
			.containsExactly(clave + "/campdos");
		assertThat(admin.get("/api/v1/usuarios/campinactivo").estado()).isEqualTo(200);
		// This configuration has no SMTP server: the mail stays pending, untried, until
		// one is configured.
		assertThat(envio.activo()).isFalse();
		envio.ronda();
		assertThat(jdbc.queryForMap("SELECT enviado_en, intentos FROM correo_saliente WHERE clave = ?",
				clave + "/campdos"))
			.containsEntry("enviado_en", null)
			.containsEntry("intentos", 0);
	}

}
