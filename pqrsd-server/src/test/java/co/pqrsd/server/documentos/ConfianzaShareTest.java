package co.pqrsd.server.documentos;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import co.pqrsd.server.RelojAjustable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The trust between Alfresco Share and pqrsd (docs/alfresco.md): Share gets a short-lived
 * signed ficha with the shared secret, and every dashlet view the Share dashlets embed
 * answers with it, framable only by Share's origin; a forged, expired or secret-less
 * request is refused and audited.
 */
class ConfianzaShareTest extends PruebaConAlfresco {

	/** The server's dashlet views the four Share dashlets embed (pqrsd-share-module). */
	static final List<String> DASHLETS = List.of("pqrsd-etiquetas", "avance-plan", "mapa-calor", "pqrsd-semaforo");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int puerto;

	@Autowired
	RelojAjustable reloj;

	@Autowired
	JdbcTemplate jdbc;

	private HttpResponse<String> pedirFicha(String usuario, String clave) throws Exception {
		return http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + puerto + "/confianza/share/ficha?usuario="
					+ URLEncoder.encode(usuario, StandardCharsets.UTF_8)))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(("share:" + clave).getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String ficha(String usuario) throws Exception {
		HttpResponse<String> r = pedirFicha(usuario, SECRETO);
		assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
		return JsonMapper.builder().build().readTree(r.body()).get("ficha").asString();
	}

	private HttpResponse<String> dashlet(String nombre, String ficha) throws Exception {
		return http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + puerto + "/tableros/dashlets/" + nombre
						+ "?ficha=" + URLEncoder.encode(ficha, StandardCharsets.UTF_8)))
					.GET()
					.build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void cadaDashletDeShareRespondeConUnaFichaValidaYSoloShareLoPuedeEnmarcar() throws Exception {
		String ficha = ficha("admin");
		assertThat(ficha).doesNotContain(SECRETO);
		for (String d : DASHLETS) {
			HttpResponse<String> r = dashlet(d, ficha);
			assertThat(r.statusCode()).as(d).isEqualTo(200);
			assertThat(r.headers().firstValue("Content-Security-Policy")).as(d)
				.hasValueSatisfying(c -> assertThat(c).contains("frame-ancestors 'self' " + ORIGEN_SHARE));
			assertThat(r.headers().firstValue("Set-Cookie")).as("sin sesión").isEmpty();
		}
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM auditoria_evento WHERE accion = 'CONFIANZA_SHARE_FICHA' AND usuario = 'admin'",
				Integer.class))
			.isPositive();
	}

	@Test
	void unaFichaFalsificadaVencidaOSinElSecretoSeRechaza() throws Exception {
		assertThat(pedirFicha("admin", "otra-clave-que-no-es-el-secreto-compartido").statusCode()).isEqualTo(401);
		assertThat(pedirFicha("no.existe", SECRETO).statusCode()).isEqualTo(403);

		String ficha = ficha("admin");
		String[] partes = ficha.split("\\.");
		String otroUsuario = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString("gobierno1".getBytes(StandardCharsets.UTF_8));
		assertThat(dashlet("pqrsd-semaforo", otroUsuario + "." + partes[1] + "." + partes[2]).statusCode())
			.isEqualTo(401);
		assertThat(dashlet("pqrsd-semaforo", partes[0] + "." + (Long.parseLong(partes[1]) + 3600) + "." + partes[2])
			.statusCode()).isEqualTo(401);
		assertThat(dashlet("pqrsd-semaforo", "basura").statusCode()).isEqualTo(401);
		try {
			reloj.fijar(reloj.instant().plus(Duration.ofMinutes(6)));
			assertThat(dashlet("pqrsd-semaforo", ficha).statusCode()).as("vencida").isEqualTo(401);
		}
		finally {
			reloj.restablecer();
		}
		// Without a ficha the dashlet views stay behind the normal login.
		HttpResponse<String> sinFicha = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + puerto + "/tableros/dashlets/pqrsd-semaforo"))
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(sinFicha.statusCode()).isEqualTo(302);
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM auditoria_evento WHERE accion = 'CONFIANZA_SHARE_RECHAZADA'", Integer.class))
			.isGreaterThanOrEqualTo(5);
	}

}
