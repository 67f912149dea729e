package co.pqrsd.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import co.pqrsd.server.ClienteApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

class CalendarioYAuditoriaNavegadorTest extends PruebaNavegador {

	@Override
	void despuesDeAbrir() {
		navegador.ingresar(ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
		navegador.esperar(By.tagName("h1"));
	}

	@Test
	void laCalculadoraMuestraElVencimientoConSuExplicacion() {
		navegador.ir("/calendario?anio=2026");
		new Select(navegador.esperar(By.id("modalidad"))).selectByValue("GENERAL");
		var fecha = navegador.driver().findElement(By.id("fecha"));
		fecha.clear();
		((org.openqa.selenium.JavascriptExecutor) navegador.driver()).executeScript("arguments[0].value='2025-12-19'",
				fecha);
		((org.openqa.selenium.JavascriptExecutor) navegador.driver()).executeScript("arguments[0].value='10:00'",
				navegador.driver().findElement(By.id("hora")));
		navegador.driver().findElement(By.cssSelector("form[aria-labelledby=calculadora] button")).sendKeys(Keys.ENTER);
		assertThat(navegador.texto(By.id("fecha-vencimiento"))).isEqualTo("miércoles 14 de enero de 2026");
		assertThat(navegador.texto(By.id("resultado"))).contains("Reyes Magos").contains("Día hábil 15 de 15");
		assertThat(navegador.driver()
			.findElement(By.cssSelector("td.dia-festivo[data-fecha='2026-07-13']"))
			.getAttribute("title")).contains("Chiquinquirá");
		navegador.captura("calendario");
	}

	@Test
	void controlInternoBuscaEnLaBitacoraYVerificaSuIntegridad() {
		navegador.ir("/auditoria?usuario=admin");
		assertThat(navegador.texto(By.tagName("h1"))).isEqualTo("Bitácora de auditoría");
		assertThat(navegador.texto(By.id("resultados"))).contains("Inicio de sesión");
		navegador.driver().findElement(By.id("verificar")).click();
		assertThat(navegador.texto(By.cssSelector(".aviso.exito"))).startsWith("Cadena íntegra:");
		navegador.captura("auditoria");
	}

}
