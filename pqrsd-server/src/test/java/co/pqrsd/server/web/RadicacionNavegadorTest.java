package co.pqrsd.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import co.pqrsd.server.radicacion.VentanillaPublica;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

class RadicacionNavegadorTest extends PruebaNavegador {

	@Override
	void antesDeAbrir() {
		VentanillaPublica.preparar(puerto);
	}

	@Override
	void despuesDeAbrir() {
		navegador.ingresar("radicador1", VentanillaPublica.CLAVE);
		navegador.esperar(By.tagName("h1"));
	}

	@Test
	void elRadicadorRadicaConElTecladoAdjuntaUnPdfYVeElBotonDelRotulo() throws Exception {
		Path pdf = Files.createTempFile("peticion", ".pdf");
		Files.write(pdf, VentanillaPublica.pdf("Solicitud de reparacion del alumbrado en la vereda El Roble"));
		navegador.ir("/radicacion/nuevo");
		new Select(navegador.esperar(By.id("medio"))).selectByValue("CORREO_ELECTRONICO");
		new Select(navegador.driver().findElement(By.id("dependencia"))).selectByValue("200");
		navegador.driver().findElement(By.id("nombre")).sendKeys("Pedro Antonio Rincón");
		new Select(navegador.driver().findElement(By.id("tipoDocumento"))).selectByValue("CC");
		navegador.driver().findElement(By.id("numeroDocumento")).sendKeys("79555111");
		navegador.driver().findElement(By.id("asunto")).sendKeys("Alumbrado público vereda El Roble");
		navegador.driver().findElement(By.id("folios")).sendKeys("2");
		navegador.driver().findElement(By.id("documentos")).sendKeys(pdf.toString());
		navegador.driver().findElement(By.id("asunto")).sendKeys(Keys.ENTER);
		String numero = navegador.texto(By.id("numero"));
		assertThat(numero).matches("\\d{4}120\\d{6}2");
		assertThat(navegador.texto(By.cssSelector(".aviso.exito"))).startsWith("Radicado " + numero + " creado el");
		assertThat(navegador.driver().findElement(By.id("imprimir-rotulo")).getAttribute("href"))
			.endsWith("/radicacion/" + numero + "/rotulo.pdf");
		assertThat(navegador.texto(By.tagName("table"))).contains("application/pdf").contains("Extraído");
		navegador.captura("radicado-detalle");

		navegador.ir("/radicacion/nuevo");
		assertThat(new Select(navegador.esperar(By.id("medio"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("CORREO_ELECTRONICO");
		assertThat(new Select(navegador.driver().findElement(By.id("dependencia"))).getFirstSelectedOption()
			.getAttribute("value")).isEqualTo("200");
		navegador.captura("radicar");

		navegador.ir("/radicacion?q=reparación+alumbrado");
		assertThat(navegador.texto(By.id("resultados"))).contains(numero);
		assertThat(navegador.driver().findElements(By.cssSelector("#resultados mark"))).isNotEmpty();
		navegador.captura("radicados-busqueda");
	}

}
