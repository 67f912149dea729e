package co.pqrsd.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import co.pqrsd.server.archivo.trd.ArchivoPrueba;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A dependencia's expediente in the browser, from apertura to cierre: open it under a
 * serie of the TRD in force, incorporate two documents (their índice entries with
 * cumulative pages), close it (sealed índice, no more forms); the CCD/TRD pages and every
 * link on the way open.
 */
class ArchivoExpedienteNavegadorTest extends PruebaNavegador {

	@Override
	void antesDeAbrir() {
		ArchivoPrueba.trdVigente(puerto);
	}

	@Override
	void despuesDeAbrir() {
		navegador.ingresar("arqjefe", ArchivoPrueba.CLAVE);
		navegador.esperar(By.tagName("h1"));
	}

	@Test
	void unExpedienteDeLaAperturaAlCierre() throws IOException {
		Set<String> enlaces = new LinkedHashSet<>();
		navegador.ir("/archivo/expedientes");
		enlaces.addAll(enlaces());
		Select serie = new Select(navegador.esperar(By.id("fila")));
		serie.getOptions().stream().filter(o -> o.getText().startsWith("811.02.01 ")).findFirst().orElseThrow().click();
		navegador.driver().findElement(By.id("nombre")).sendKeys("Contrato de suministro 7");
		navegador.driver().findElement(By.id("descripcion")).sendKeys("Suministro de papelería");
		navegador.enviarYEsperar(navegador.driver().findElement(By.id("boton-abrir")));
		String numero = navegador.texto(By.id("numero-expediente"));
		assertThat(numero).startsWith("2026-811-02-01-");
		assertThat(navegador.texto(By.id("estado-expediente"))).isEqualTo("Abierto");

		subir(ArchivoPrueba.pdf(4, "Contrato"), "contrato.pdf", "Contrato");
		assertThat(navegador.texto(By.cssSelector(".aviso.exito"))).contains("documento 1");
		subir("Acta de inicio".getBytes(java.nio.charset.StandardCharsets.UTF_8), "acta.txt", "Acta");
		List<WebElement> filas = navegador.driver().findElements(By.cssSelector("#indice tbody tr"));
		assertThat(filas).hasSize(2);
		assertThat(filas.get(0).getText()).contains("contrato.pdf", "1–4", "PDF");
		assertThat(filas.get(1).getText()).contains("acta.txt", "5–5");
		enlaces.addAll(enlaces());
		navegador.captura("archivo-expediente-abierto");

		navegador.enviarYEsperar(navegador.driver().findElement(By.id("boton-cerrar")));
		assertThat(navegador.texto(By.id("estado-expediente"))).isEqualTo("Cerrado");
		assertThat(navegador.texto(By.id("huella-indice"))).hasSize(64);
		assertThat(navegador.texto(By.id("fecha-cierre"))).isEqualTo("10/03/2026");
		assertThat(navegador.driver().findElements(By.id("incorporar-archivo"))).isEmpty();
		assertThat(navegador.driver().findElements(By.id("boton-cerrar"))).isEmpty();
		navegador.captura("archivo-expediente-cerrado");

		navegador.ir("/archivo/trd");
		enlaces.addAll(enlaces());
		navegador.enviarYEsperar(navegador.driver().findElement(By.cssSelector("#versiones tbody a")));
		assertThat(navegador.driver().findElements(By.cssSelector("#ccd li"))).isNotEmpty();
		enlaces.addAll(enlaces());

		List<String> rotos = new ArrayList<>();
		for (String enlace : enlaces) {
			HttpResponse<byte[]> r = navegador.obtener(enlace);
			if (r.statusCode() != 200) {
				rotos.add(enlace + " → " + r.statusCode());
			}
		}
		assertThat(rotos).as("enlaces que no abren").isEmpty();
	}

	private void subir(byte[] contenido, String nombre, String tipologia) throws IOException {
		Path dir = Files.createTempDirectory("expediente");
		Path archivo = dir.resolve(nombre);
		Files.write(archivo, contenido);
		navegador.esperar(By.id("archivo")).sendKeys(archivo.toString());
		navegador.driver().findElement(By.id("tipologia")).sendKeys(tipologia);
		navegador.enviarYEsperar(navegador.driver().findElement(By.id("boton-incorporar")));
	}

	private Set<String> enlaces() {
		Set<String> enlaces = new LinkedHashSet<>();
		for (WebElement a : navegador.driver().findElements(By.cssSelector("a[href]"))) {
			String href = a.getDomProperty("href");
			if (href != null && href.startsWith(navegador.base() + "/") && !href.contains("/logout")) {
				int f = href.indexOf('#');
				enlaces.add(f >= 0 ? href.substring(0, f) : href);
			}
		}
		return enlaces;
	}

}
