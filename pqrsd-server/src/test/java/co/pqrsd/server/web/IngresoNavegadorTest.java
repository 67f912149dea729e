package co.pqrsd.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import co.pqrsd.server.ClienteApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class IngresoNavegadorTest extends PruebaNavegador {

	@Test
	void elAdministradorIngresaYVeSuInicio() {
		navegador.driver().manage().deleteAllCookies();
		navegador.ingresar(ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
		assertThat(navegador.texto(By.tagName("h1"))).isEqualTo("Bienvenido, Administrador del sistema");
		assertThat(navegador.texto(By.id("navegacion"))).contains("Usuarios", "Dependencias", "Auditoría");
		assertThat(navegador.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es-CO");
		assertThat(navegador.texto(By.id("contenido")))
			.as("la dirección pública de los QR, a la vista del administrador")
			.contains("Dirección pública (códigos QR de rótulos y constancias): http://pqrsd.prueba");
		navegador.captura("inicio-admin");
		navegador.ir("/admin/usuarios");
		assertThat(navegador.texto(By.tagName("h1"))).isEqualTo("Usuarios");
		navegador.captura("admin-usuarios");
	}

	@Test
	void enUnTelefonoElMenuSeAbreConUnBoton() {
		navegador.driver().manage().deleteAllCookies();
		navegador.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
		try {
			navegador.ingresar(ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
			var boton = navegador.esperar(By.cssSelector("button.menu-movil"));
			assertThat(navegador.driver().findElement(By.id("navegacion")).isDisplayed()).isFalse();
			boton.click();
			assertThat(navegador.esperar(By.id("navegacion")).isDisplayed()).isTrue();
			assertThat(boton.getAttribute("aria-expanded")).isEqualTo("true");
			Number ancho = (Number) ((org.openqa.selenium.JavascriptExecutor) navegador.driver())
				.executeScript("return document.documentElement.scrollWidth");
			assertThat(ancho.intValue()).as("sin desplazamiento horizontal").isLessThanOrEqualTo(390);
			navegador.captura("telefono-menu");
		}
		finally {
			navegador.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
		}
	}

	@Test
	void unaContrasenaEquivocadaSeRechazaConUnMensajeEnEspanol() {
		navegador.driver().manage().deleteAllCookies();
		navegador.ingresar(ClienteApi.ADMIN, "equivocada123");
		assertThat(navegador.texto(By.id("error-acceso")))
			.isEqualTo("Usuario o contraseña incorrectos. Verifique los datos e intente de nuevo.");
		assertThat(navegador.driver().getCurrentUrl()).contains("/login?error");
		navegador.captura("login-error");
	}

}
