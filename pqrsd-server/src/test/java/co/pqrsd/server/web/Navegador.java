package co.pqrsd.server.web;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
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

	public Navegador(int puerto) {
		ChromeOptions opciones = new ChromeOptions();
		opciones.setBinary("/usr/bin/chromium");
		opciones.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=1280,900", "--lang=es-CO");
		ChromeDriverService servicio = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.build();
		this.driver = new ChromeDriver(servicio, opciones);
		this.base = "http://localhost:" + puerto;
	}

	public Navegador ir(String ruta) {
		driver.get(base + ruta);
		return this;
	}

	public Navegador ingresar(String usuario, String clave) {
		ir("/login");
		driver.findElement(By.id("username")).sendKeys(usuario);
		driver.findElement(By.id("password")).sendKeys(clave);
		driver.findElement(By.cssSelector("button[type=submit]")).click();
		return this;
	}

	public WebElement esperar(By selector) {
		return new WebDriverWait(driver, Duration.ofSeconds(15))
			.until(ExpectedConditions.visibilityOfElementLocated(selector));
	}

	public String texto(By selector) {
		return esperar(selector).getText();
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
