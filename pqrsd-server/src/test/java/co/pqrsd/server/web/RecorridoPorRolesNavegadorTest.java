package co.pqrsd.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.radicacion.VentanillaPublica;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Guard: every role logs in, opens every link of its home page and navigation, and checks
 * every link on the pages it reaches (one level), downloads included. Any error page,
 * non-2xx answer or missing message key fails.
 */
class RecorridoPorRolesNavegadorTest extends PruebaNavegador {

	/**
	 * A key missing from the bundles (??key_es_CO??) or an argument left unfilled ({0}).
	 */
	private static final Pattern CLAVE_FALTANTE = Pattern.compile("\\?\\?[\\w.]+_[a-z]{2}|\\{\\d}");

	@Override
	void antesDeAbrir() {
		VentanillaPublica.preparar(puerto);
		ClienteApi admin = ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
		usuario(admin, "jefegobierno", "JEFE_DEPENDENCIA", "200");
		usuario(admin, "control1", "CONTROL_INTERNO", "100");
		ClienteApi radicador = ClienteApi.como(puerto, "radicador1", VentanillaPublica.CLAVE);
		String json = ClienteApi
			.json(Map.of("tipo", "ENTRADA", "asunto", "Recorrido: solicitud de poda de árboles", "dependencia", "200",
					"medio", "PRESENCIAL", "folios", 1, "anexosCantidad", 1, "remitente", Map.of("tipoDocumento", "CC",
							"numeroDocumento", "52111222", "nombre", "Lucía Recorrido", "municipio", "Guatavita")));
		var creado = radicador.multipart("/api/v1/radicados", ClienteApi.Parte.json("radicado", json),
				ClienteApi.Parte.archivo("principal", "poda.pdf", "application/pdf",
						VentanillaPublica.pdf("Solicitud de poda de arboles en el parque")));
		assertThat(creado.estado()).as(creado.cuerpo()).isEqualTo(201);
		var otro = radicador.post("/api/v1/radicados",
				json.replace("Recorrido: solicitud de poda", "Recorrido: radicado por error"));
		String numero = otro.json().get("numero").asString();
		radicador.post("/api/v1/radicados/" + numero + "/anotaciones",
				ClienteApi.json(Map.of("texto", "Radicado dos veces por error de la ventanilla.")));
		var anulado = admin.post("/api/v1/radicados/" + numero + "/anulacion",
				ClienteApi.json(Map.of("justificacion", "Duplicado del anterior", "acta", "Acta 7 de 2026")));
		assertThat(anulado.estado()).as(anulado.cuerpo()).isEqualTo(200);
		// A PQRSD assigned to the funcionario, so the bandejas and the case view are
		// walked.
		var pqrsd = radicador.post("/api/v1/pqrsd",
				ClienteApi.json(Map.of("etiqueta", "PETICION", "modalidad", "GENERAL", "asunto",
						"Recorrido: reparación del andén", "dependencia", "200", "canal", "PRESENCIAL", "peticionario",
						Map.of("tipoDocumento", "CC", "numeroDocumento", "52111333", "nombre", "Pedro Recorrido"))));
		assertThat(pqrsd.estado()).as(pqrsd.cuerpo()).isEqualTo(201);
		var asignada = ClienteApi.como(puerto, "jefegobierno", VentanillaPublica.CLAVE)
			.post("/api/v1/pqrsd/" + pqrsd.json().get("radicado").asString() + "/asignacion",
					ClienteApi.json(Map.of("usuario", "gobierno1")));
		assertThat(asignada.estado()).as(asignada.cuerpo()).isEqualTo(200);
		// A denial, so the audit screens list a route (an id with '/') among their links.
		assertThat(ClienteApi.como(puerto, "gobierno1", VentanillaPublica.CLAVE).get("/api/v1/auditoria").estado())
			.isEqualTo(403);
	}

	static void usuario(ClienteApi admin, String username, String rol, String dependencia) {
		admin.post("/api/v1/usuarios",
				ClienteApi
					.json(Map.of("username", username, "nombre", username, "email", username + "@x.co", "password",
							VentanillaPublica.CLAVE, "roles", List.of(rol), "dependencias", List.of(dependencia))));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "ADMIN, admin, Clave2026segura", "RADICADOR, radicador1, Ventanilla2026",
			"FUNCIONARIO, gobierno1, Ventanilla2026", "JEFE_DEPENDENCIA, jefegobierno, Ventanilla2026",
			"ARCHIVISTA, archivo1, Ventanilla2026", "CONTROL_INTERNO, control1, Ventanilla2026" })
	void cadaRolAbreCadaEnlaceSinErrores(String rol, String usuario, String clave) {
		navegador.driver().manage().deleteAllCookies();
		navegador.ingresar(usuario, clave);
		assertThat(navegador.driver().getCurrentUrl()).as("ingreso de %s", rol).doesNotContain("/login");
		List<String> fallas = new ArrayList<>();
		Set<String> nivel0 = enlaces();
		assertThat(nivel0).as("enlaces del inicio de %s", rol).isNotEmpty();
		Set<String> nivel1 = new LinkedHashSet<>();
		for (String enlace : nivel0) {
			HttpResponse<byte[]> r = navegador.obtener(enlace);
			if (r.statusCode() / 100 != 2) {
				fallas.add(rol + " " + enlace + " → " + r.statusCode());
				continue;
			}
			if (!esHtml(r)) {
				continue;
			}
			navegador.driver().get(enlace);
			revisarPagina(rol, enlace, fallas);
			nivel1.addAll(enlaces());
		}
		nivel1.removeAll(nivel0);
		for (String enlace : nivel1) {
			HttpResponse<byte[]> r = navegador.obtener(enlace);
			if (r.statusCode() / 100 != 2) {
				fallas.add(rol + " " + enlace + " → " + r.statusCode());
			}
			else if (esHtml(r)
					&& CLAVE_FALTANTE.matcher(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8)).find()) {
				fallas.add(rol + " " + enlace + " → falta una clave de mensajes");
			}
		}
		assertThat(fallas).as("enlaces que fallan para %s (%d revisados)", rol, nivel0.size() + nivel1.size())
			.isEmpty();
	}

	private void revisarPagina(String rol, String enlace, List<String> fallas) {
		if (!navegador.driver().findElements(By.id("titulo-error")).isEmpty()) {
			fallas.add(rol + " " + enlace + " → página de error: " + navegador.texto(By.id("titulo-error")));
		}
		if (navegador.driver().getCurrentUrl().contains("/login")) {
			fallas.add(rol + " " + enlace + " → volvió al ingreso");
		}
		if (CLAVE_FALTANTE.matcher(navegador.driver().getPageSource()).find()) {
			fallas.add(rol + " " + enlace + " → falta una clave de mensajes");
		}
	}

	/** Same-origin links of the current page, without fragments. */
	private Set<String> enlaces() {
		Set<String> enlaces = new LinkedHashSet<>();
		for (WebElement a : navegador.driver().findElements(By.cssSelector("a[href]"))) {
			String href = a.getDomProperty("href");
			if (href == null || !href.startsWith(navegador.base() + "/")) {
				continue;
			}
			int fragmento = href.indexOf('#');
			enlaces.add(fragmento >= 0 ? href.substring(0, fragmento) : href);
		}
		return enlaces;
	}

	private static boolean esHtml(HttpResponse<byte[]> r) {
		return r.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
	}

}
