package co.pqrsd.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.pqrsd.server.ClienteApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Control Interno's flow in the browser: create the plan, import the Sesquilé example,
 * publish the plan, open the follow-up of a cut, verify one activity and publish the cut;
 * no link of those pages leads to an error page.
 */
class PlanNavegadorTest extends PruebaNavegador {

	static final String USUARIO = "plnavcontrol";

	static final String CLAVE = "PlanNavegador2026";

	static final String JEFE = "plnavjefe";

	static final Path EJEMPLO = Path.of("src/main/resources/ejemplos/paac-sesquile-2023.xlsx").toAbsolutePath();

	@Override
	void antesDeAbrir() {
		ClienteApi admin = ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
		if (admin.get("/api/v1/usuarios/" + USUARIO).estado() != 200) {
			admin.post("/api/v1/dependencias", ClienteApi.json(Map.of("codigo", "917", "nombre", "Control Interno")));
			var r = admin.post("/api/v1/usuarios",
					ClienteApi.json(Map.of("username", USUARIO, "nombre", "Control Interno", "email", USUARIO + "@x.co",
							"password", CLAVE, "roles", List.of("CONTROL_INTERNO"), "dependencias", List.of("917"))));
			assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
			// The dependencia named in the responsable of activity 1.1 (may exist from
			// the
			// API test).
			admin.post("/api/v1/dependencias", ClienteApi.json(Map.of("codigo", "915", "nombre", "Planeación")));
			r = admin.post("/api/v1/usuarios",
					ClienteApi.json(Map.of("username", JEFE, "nombre", "Jefe de Planeación", "email", JEFE + "@x.co",
							"password", CLAVE, "roles", List.of("FUNCIONARIO", "JEFE_DEPENDENCIA"), "dependencias",
							List.of("915"))));
			assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
		}
	}

	private void salirYEntrar(String usuario) {
		((JavascriptExecutor) navegador.driver())
			.executeScript("document.querySelector('form[action$=\"/logout\"]').submit()");
		navegador.esperar(By.id("username"));
		navegador.ingresar(usuario, CLAVE);
		navegador.esperar(By.tagName("h1"));
	}

	@Override
	void despuesDeAbrir() {
		navegador.ingresar(USUARIO, CLAVE);
		navegador.esperar(By.tagName("h1"));
	}

	@Test
	void controlInternoImportaVerificaYPublicaUnCorte() {
		Set<String> enlaces = new LinkedHashSet<>();
		navegador.ir("/plan");
		enlaces.addAll(enlaces());
		navegador.esperar(By.id("vigencia")).sendKeys("2022");
		navegador.enviarYEsperar(navegador.driver().findElement(By.cssSelector("#crear-plan button[type=submit]")));
		assertThat(navegador.texto(By.tagName("h1"))).isEqualTo("Plan anticorrupción 2022");
		assertThat(navegador.texto(By.id("estado-plan"))).isEqualTo("Borrador (sin publicar)");

		navegador.driver().findElement(By.id("archivo")).sendKeys(EJEMPLO.toString());
		navegador.enviarYEsperar(navegador.driver().findElement(By.cssSelector("#importar button[type=submit]")));
		assertThat(navegador.texto(By.cssSelector(".aviso.exito"))).isEqualTo("54 actividades importadas.");
		assertThat(navegador.texto(By.id("por-componente"))).contains("PAAC_4 13");
		assertThat(navegador.driver().findElements(By.cssSelector("#filas-rechazadas tbody tr"))).hasSize(2);
		navegador.captura("plan-importacion");

		navegador.enviarYEsperar(navegador.driver().findElement(By.id("ver-plan")));
		navegador.enviarYEsperar(navegador.esperar(By.id("publicar-plan")));
		assertThat(navegador.texto(By.id("estado-plan"))).isEqualTo("Publicado (versión 1)");
		navegador.ir("/plan/2022?corte=2");
		assertThat(navegador.texto(By.id("resumen-corte"))).startsWith("Corte 2 al 31/08/2022");
		assertThat(navegador.driver().findElements(By.cssSelector("progress"))).isNotEmpty();
		enlaces.addAll(enlaces());
		navegador.captura("plan-vigencia");

		// First line: the responsible dependencia reports with a document and a radicado.
		salirYEntrar(JEFE);
		navegador.ir("/plan/2022/cortes/2");
		assertThat(navegador.driver().findElements(By.cssSelector("form.form-verificacion"))).isEmpty();
		navegador.esperar(By.id("avance-1.1")).sendKeys("1");
		navegador.driver().findElement(By.id("descripcion-1.1")).sendKeys("Mapa revisado en comité");
		navegador.driver().findElement(By.id("documento-1.1")).sendKeys(acta().toString());
		navegador.driver().findElement(By.id("radicado-1.1")).sendKeys("2022-S-000001");
		navegador
			.enviarYEsperar(navegador.driver().findElement(By.cssSelector("#actividad-1\\.1 .form-avance button")));
		assertThat(navegador.texto(By.cssSelector(".aviso.exito"))).isEqualTo("Avance de la actividad 1.1 guardado.");
		assertThat(navegador.texto(By.cssSelector("#actividad-1\\.1 .reportado"))).contains("Mapa revisado en comité");
		assertThat(navegador.driver().findElements(By.cssSelector("#actividad-1\\.1 .evidencias li"))).hasSize(2);
		salirYEntrar(USUARIO);

		navegador.ir("/plan/2022?corte=2");
		navegador.enviarYEsperar(navegador.driver().findElement(By.id("ir-seguimiento")));
		enlaces.addAll(enlaces());
		navegador.esperar(By.id("verificado-1.1")).sendKeys("1");
		navegador.driver().findElement(By.id("observaciones-1.1")).sendKeys("Mapa revisado, acta del comité");
		navegador.enviarYEsperar(
				navegador.driver().findElement(By.cssSelector("#actividad-1\\.1 .form-verificacion button")));
		assertThat(navegador.texto(By.cssSelector(".aviso.exito")))
			.isEqualTo("Verificación de la actividad 1.1 guardada.");
		assertThat(navegador.texto(By.cssSelector("#actividad-1\\.1 .verificado"))).contains("Mapa revisado");
		assertThat(navegador.texto(By.cssSelector("#actividad-1\\.1 .porcentaje"))).contains("100,0 %");

		navegador.enviarYEsperar(navegador.esperar(By.id("publicar-corte")));
		assertThat(navegador.texto(By.id("corte-publicado"))).startsWith("Seguimiento publicado el 10/03/2026");
		assertThat(navegador.driver().findElements(By.cssSelector("form.form-verificacion"))).isEmpty();
		assertThat(navegador.driver().findElements(By.id("publicar-corte"))).isEmpty();
		navegador.captura("plan-corte-publicado");
		enlaces.addAll(enlaces());

		List<String> rotos = new ArrayList<>();
		for (String enlace : enlaces) {
			HttpResponse<byte[]> r = navegador.obtener(enlace);
			if (r.statusCode() != 200) {
				rotos.add(enlace + " → " + r.statusCode());
			}
		}
		assertThat(rotos).as("enlaces que no abren").isEmpty();
		assertThat(enlaces).anyMatch(e -> e.endsWith("/informe.xlsx")).anyMatch(e -> e.endsWith("/informe.pdf"));
	}

	private static Path acta() {
		try {
			Path p = Files.createTempFile("acta", ".pdf");
			Files.writeString(p, "Acta del comité de control interno");
			return p;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private List<String> enlaces() {
		List<String> lista = new ArrayList<>();
		for (WebElement a : navegador.driver().findElements(By.cssSelector("main a[href]"))) {
			String href = a.getDomProperty("href");
			if (href != null && href.startsWith(navegador.base()) && !href.contains("#")) {
				lista.add(href);
			}
		}
		return lista;
	}

}
