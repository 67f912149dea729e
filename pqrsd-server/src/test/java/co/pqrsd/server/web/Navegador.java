package co.pqrsd.server.web;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's real chromium, headless, driven by Debian's chromedriver
 * (scripts/instalar-navegador.sh installs both). Screenshots go to target/capturas for a
 * person to look at.
 */
public final class Navegador implements AutoCloseable {

	private final ChromeDriver driver;

	private final String base;

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	static final String CHROMIUM = System.getProperty("pqrsd.chromium", "/usr/bin/chromium");

	static final String CHROMEDRIVER = System.getProperty("pqrsd.chromedriver", "/usr/bin/chromedriver");

	/** What is missing to run a browser here, or {@code null} when both are present. */
	static String queFalta() {
		for (String programa : new String[] { CHROMIUM, CHROMEDRIVER }) {
			if (!Files.isExecutable(Path.of(programa))) {
				return "no está " + programa;
			}
		}
		return null;
	}

	public Navegador(int puerto) {
		ChromeOptions opciones = new ChromeOptions();
		opciones.setBinary(CHROMIUM);
		opciones.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=1280,900", "--lang=es-CO");
		ChromeDriverService servicio = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.build();
		this.driver = new ChromeDriver(servicio, opciones);
		this.base = "http://localhost:" + puerto;
	}

	public Navegador ir(String ruta) {
		driver.get(base + ruta);
		return this;
	}

	public String base() {
		return base;
	}

	public Navegador ingresar(String usuario, String clave) {
		ir("/login");
		driver.findElement(By.id("username")).sendKeys(usuario);
		driver.findElement(By.id("password")).sendKeys(clave);
		enviarYEsperar(driver.findElement(By.cssSelector("button[type=submit]")));
		return this;
	}

	/**
	 * Clicks an element that leaves the page and waits until the next page has loaded, so
	 * what is read next is never an element of the old page.
	 */
	public Navegador enviarYEsperar(WebElement elemento) {
		elemento.click();
		// Chromium reports a node of the unloaded page either as stale or as "does not
		// belong to the document": both mean the page has gone.
		espera().until((d) -> {
			try {
				elemento.isEnabled();
				return false;
			}
			catch (WebDriverException e) {
				return true;
			}
		});
		espera().until((d) -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
		return this;
	}

	private WebDriverWait espera() {
		WebDriverWait espera = new WebDriverWait(driver, Duration.ofSeconds(15));
		espera.ignoring(StaleElementReferenceException.class);
		return espera;
	}

	public WebElement esperar(By selector) {
		return espera().until(ExpectedConditions.visibilityOfElementLocated(selector));
	}

	/** The text of an element, read again if the page replaced it meanwhile. */
	public String texto(By selector) {
		return espera().until((d) -> {
			WebElement e = d.findElement(selector);
			return e.isDisplayed() ? e.getText() : null;
		});
	}

	/**
	 * GET with this browser's session cookie, for what the browser would download (PDF,
	 * CSV, Excel) and for checking a link's status.
	 */
	public HttpResponse<byte[]> obtener(String url) {
		String cookies = driver.manage()
			.getCookies()
			.stream()
			.map(c -> c.getName() + "=" + c.getValue())
			.collect(java.util.stream.Collectors.joining("; "));
		HttpRequest.Builder peticion = HttpRequest.newBuilder(URI.create(url.startsWith("/") ? base + url : url))
			.timeout(Duration.ofSeconds(60))
			.GET();
		if (!cookies.isEmpty()) {
			peticion.header("Cookie", cookies);
		}
		try {
			return http.send(peticion.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public WebDriver driver() {
		return driver;
	}

	public void captura(String nombre) {
		try {
			Path destino = Path.of("target", "capturas", nombre + ".png");
			Files.createDirectories(destino.getParent());
			Files.write(destino, driver.getScreenshotAs(OutputType.BYTES));
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	@Override
	public void close() {
		driver.quit();
	}

}
