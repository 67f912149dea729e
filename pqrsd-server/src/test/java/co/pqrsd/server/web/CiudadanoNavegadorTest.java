package co.pqrsd.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import co.pqrsd.server.ClienteApi;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A citizen files a PQRSD on the public pages, with and without JavaScript, with an
 * attachment and anonymously, reads the receipt (page and PDF) and looks it up by
 * radicado and code; axe-core finds no serious or critical WCAG 2.1 AA violation on any
 * public page.
 */
class CiudadanoNavegadorTest extends PruebaNavegador {

	@Autowired
	JdbcTemplate jdbc;

	@Override
	void antesDeAbrir() {
		jdbc.update("DELETE FROM ciudadano_intento");
	}

	/**
	 * Every test starts with the public channel's limits clear of other tests' attempts.
	 */
	@BeforeEach
	void limitesLimpios() {
		jdbc.update("DELETE FROM ciudadano_intento");
	}

	/**
	 * Without JavaScript: clicks a button that leaves the page, waits until the old page
	 * is gone and returns the element of the new one.
	 */
	private static WebElement enviarSinJs(WebDriver d, WebElement boton, By siguiente) {
		boton.click();
		WebDriverWait espera = new WebDriverWait(d, Duration.ofSeconds(20));
		espera.until(ExpectedConditions.stalenessOf(boton));
		return espera.until(ExpectedConditions.presenceOfElementLocated(siguiente));
	}

	/** axe-core in the page: no serious or critical violation of WCAG 2.1 A/AA. */
	private void accesible(String pagina) {
		Results r = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze(navegador.driver());
		List<Rule> graves = r.getViolations()
			.stream()
			.filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
			.toList();
		assertThat(graves.stream()
			.map(v -> v.getId() + ": " + v.getHelp() + " "
					+ v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
			.toList()).as("violaciones graves de accesibilidad en %s", pagina).isEmpty();
	}

	@Test
	void unCiudadanoRadicaConAdjuntoLeeSuConstanciaYConsultaConSuCodigo() throws IOException {
		navegador.ir("/login");
		accesible("ingreso");
		navegador.enviarYEsperar(navegador.driver().findElement(By.id("enlace-ciudadano")));
		assertThat(navegador.driver().getCurrentUrl()).endsWith("/ciudadano/pqrsd");
		accesible("formulario");
		WebDriver d = navegador.driver();
		d.findElement(By.id("asunto")).sendKeys("Arreglo del alumbrado de la calle 5");
		d.findElement(By.id("descripcion")).sendKeys("Hace un mes no funciona el poste frente a la escuela.");
		d.findElement(By.id("nombre")).sendKeys("Marta Ciudadana");
		d.findElement(By.id("correo")).sendKeys("marta@correo.co");
		Path adjunto = Files.createTempFile("soporte", ".pdf");
		Files.write(adjunto, co.pqrsd.server.ciudadano.CiudadanoApiTestDatos.pdf());
		d.findElement(By.id("archivos")).sendKeys(adjunto.toAbsolutePath().toString());
		d.findElement(By.id("autorizaDatos")).click();
		navegador.enviarYEsperar(d.findElement(By.id("enviar")));
		navegador.captura("ciudadano-constancia");
		String radicado = navegador.texto(By.id("recibo-radicado"));
		String pin = navegador.texto(By.id("recibo-pin"));
		assertThat(pin).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
		assertThat(navegador.texto(By.id("recibo-fecha"))).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
		assertThat(navegador.texto(By.id("recibo-vence"))).matches("\\d{2}/\\d{2}/\\d{4}");
		assertThat(navegador.texto(By.id("recibo-explicacion"))).contains("día hábil siguiente");
		accesible("constancia");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM documento WHERE numero = ?", Long.class, radicado))
			.isEqualTo(1);

		// The receipt's PDF, posted as the page's button does (with its CSRF token).
		HttpResponse<byte[]> pdf = postear("/ciudadano/pqrsd/recibo.pdf", Map.of("radicado", radicado, "pin", pin));
		assertThat(pdf.statusCode()).isEqualTo(200);
		try (var doc = Loader.loadPDF(pdf.body())) {
			String texto = new PDFTextStripper().getText(doc);
			assertThat(texto).contains(radicado).contains(pin).contains("hora de Colombia");
		}

		// Reloading the receipt does not show the code again.
		navegador.ir("/ciudadano/pqrsd/recibo");
		assertThat(d.findElements(By.id("recibo-pin"))).isEmpty();

		navegador.ir("/ciudadano/consulta");
		accesible("consulta");
		d.findElement(By.id("radicado")).sendKeys(radicado);
		d.findElement(By.id("pin")).sendKeys(pin);
		navegador.enviarYEsperar(d.findElement(By.id("consultar")));
		assertThat(navegador.texto(By.id("consulta-estado"))).isEqualTo("Radicada");
		accesible("resultado de la consulta");

		navegador.ir("/ciudadano/consulta");
		d.findElement(By.id("radicado")).sendKeys(radicado);
		d.findElement(By.id("pin")).sendKeys("AAAA-BBBB-CCCC");
		navegador.enviarYEsperar(d.findElement(By.id("consultar")));
		assertThat(navegador.texto(By.id("error-consulta"))).contains("No encontramos");
		accesible("consulta fallida");

		for (String pagina : List.of("/ciudadano", "/ciudadano/tratamiento-datos", "/ciudadano/respuestas")) {
			navegador.ir(pagina);
			assertThat(d.getTitle()).doesNotContain("Error");
			accesible(pagina);
		}
		// The form with its errors tied to the fields.
		navegador.ir("/ciudadano/pqrsd");
		d.findElement(By.id("correo")).sendKeys("no-es-correo");
		navegador.enviarYEsperar(d.findElement(By.id("enviar")));
		assertThat(d.findElement(By.id("asunto")).getAttribute("aria-describedby")).contains("error-asunto");
		assertThat(d.findElement(By.id("asunto")).getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(navegador.texto(By.id("error-asunto"))).contains("único dato obligatorio");
		assertThat(navegador.texto(By.id("error-nombre"))).isNotBlank();
		accesible("formulario con errores");

		// Staff see the stored data-protection consent on the case (Ley 1581 de 2012).
		navegador.ingresar(ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
		navegador.ir("/pqrsd/casos/" + radicado);
		assertThat(navegador.texto(By.id("autorizacion-datos"))).startsWith("sí, ")
			.matches("sí, \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2} \\(política v1, /ciudadano/tratamiento-datos\\)");
	}

	@Test
	void sinJavascriptUnaDenunciaAnonimaSeRadicaYSeConsulta() {
		ChromeOptions opciones = new ChromeOptions();
		opciones.setBinary(Navegador.CHROMIUM);
		opciones.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--window-size=390,844", "--lang=es-CO");
		opciones.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
		WebDriver d = new ChromeDriver(
				new ChromeDriverService.Builder().usingDriverExecutable(new File(Navegador.CHROMEDRIVER)).build(),
				opciones);
		try {
			String base = navegador.base();
			d.get(base + "/ciudadano");
			enviarSinJs(d, d.findElement(By.id("enlace-formulario")), By.id("enviar"));
			// Server-side validation: only the object is required.
			assertThat(enviarSinJs(d, d.findElement(By.id("enviar")), By.id("error-asunto")).getText())
				.contains("único dato obligatorio");
			d.findElement(By.id("asunto")).sendKeys("Cobro indebido en la inspección");
			new org.openqa.selenium.support.ui.Select(d.findElement(By.id("etiqueta"))).selectByValue("DENUNCIA");
			d.findElement(By.id("denunciaCorrupcion")).click();
			d.findElement(By.id("anonimo")).click();
			String radicado = enviarSinJs(d, d.findElement(By.id("enviar")), By.id("recibo-radicado")).getText();
			String pin = d.findElement(By.id("recibo-pin")).getText();
			assertThat(radicado).isNotBlank();
			Map<String, Object> caso = jdbc.queryForMap(
					"SELECT estado, anonimo, denuncia_corrupcion, etiqueta FROM pqrsd_caso WHERE radicado = ?",
					radicado);
			assertThat(caso).containsEntry("estado", "RADICADA")
				.containsEntry("anonimo", true)
				.containsEntry("denuncia_corrupcion", true)
				.containsEntry("etiqueta", "DENUNCIA");
			// Ley 1474 de 2011, art. 76: the denuncia's radicado is reserved at once.
			assertThat(
					jdbc.queryForObject("SELECT count(*) FROM radicado_reserva WHERE numero = ?", Long.class, radicado))
				.isEqualTo(1);
			d.get(base + "/ciudadano/consulta");
			d.findElement(By.id("radicado")).sendKeys(radicado);
			d.findElement(By.id("pin")).sendKeys(pin);
			assertThat(enviarSinJs(d, d.findElement(By.id("consultar")), By.id("consulta-estado")).getText())
				.isEqualTo("Radicada");
		}
		finally {
			d.quit();
		}
	}

	/** POST of a public form with this browser's session and the page's CSRF token. */
	private HttpResponse<byte[]> postear(String ruta, Map<String, String> campos) {
		WebDriver d = navegador.driver();
		String token = d.findElement(By.cssSelector("input[name=_csrf]")).getAttribute("value");
		String cookies = d.manage()
			.getCookies()
			.stream()
			.map(c -> c.getName() + "=" + c.getValue())
			.collect(Collectors.joining("; "));
		StringBuilder cuerpo = new StringBuilder("_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
		campos.forEach((k,
				v) -> cuerpo.append('&').append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(navegador.base() + ruta))
					.timeout(Duration.ofSeconds(30))
					.header("Cookie", cookies)
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(cuerpo.toString()))
					.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

}
