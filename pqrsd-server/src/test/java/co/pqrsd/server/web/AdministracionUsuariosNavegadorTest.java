package co.pqrsd.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import co.pqrsd.server.ClienteApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The administrator creates a user, changes his roles, resets his password; the user logs
 * in with it.
 */
class AdministracionUsuariosNavegadorTest extends PruebaNavegador {

	private WebElement rol(String rol) {
		return navegador.driver().findElement(By.cssSelector("input[name=roles][value=" + rol + "]"));
	}

	private void escribir(String id, String texto) {
		WebElement campo = navegador.esperar(By.id(id));
		campo.clear();
		campo.sendKeys(texto);
	}

	@Test
	void elAdministradorCreaEditaYRestableceLaContrasenaDeUnUsuario() {
		navegador.driver().manage().deleteAllCookies();
		navegador.ingresar(ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
		navegador.esperar(By.tagName("h1"));
		navegador.ir("/admin/usuarios");
		navegador.esperar(By.id("nuevo-usuario")).click();
		assertThat(navegador.texto(By.tagName("h1"))).isEqualTo("Nuevo usuario");
		escribir("username", "mvelez");
		escribir("nombre", "Marta Vélez");
		escribir("email", "mvelez@alcaldia.invalid");
		escribir("cargo", "Auxiliar administrativa");
		escribir("password", "Inicial2026xyz");
		rol("FUNCIONARIO").click();
		navegador.captura("admin-usuario-nuevo");
		navegador.driver().findElement(By.cssSelector("form.formulario button[type=submit]")).click();
		assertThat(navegador.texto(By.cssSelector(".aviso.exito"))).isEqualTo("Usuario mvelez guardado.");

		navegador.driver().findElement(By.linkText("mvelez")).click();
		assertThat(navegador.texto(By.tagName("h1"))).isEqualTo("Usuario mvelez");
		assertThat(rol("FUNCIONARIO").isSelected()).isTrue();
		rol("RADICADOR").click();
		assertThat(navegador.texto(By.id("ayuda-restablecer"))).contains("déjela vacía para no cambiarla");
		escribir("password", "Restablecida2026q");
		navegador.captura("admin-usuario-editar");
		navegador.driver().findElement(By.cssSelector("form.formulario button[type=submit]")).click();
		assertThat(navegador.texto(By.cssSelector(".aviso.exito"))).isEqualTo("Usuario mvelez guardado.");
		assertThat(navegador.driver().findElement(By.tagName("table")).getText()).contains("mvelez")
			.contains("RADICADOR, FUNCIONARIO");

		navegador.driver().manage().deleteAllCookies();
		navegador.ingresar("mvelez", "Inicial2026xyz");
		assertThat(navegador.texto(By.id("error-acceso"))).startsWith("Usuario o contraseña incorrectos");
		// The reset password is temporary: only "Mi cuenta" opens until it is changed.
		navegador.ingresar("mvelez", "Restablecida2026q");
		assertThat(navegador.texto(By.id("cambio-obligatorio"))).contains("contraseña temporal");
		navegador.ir("/radicacion");
		assertThat(navegador.texto(By.tagName("h1"))).isEqualTo("Mi cuenta");
		navegador.captura("cuenta-cambio-obligatorio");
		escribir("actual", "Restablecida2026q");
		escribir("nueva", "MartaPropia2026x");
		escribir("confirmacion", "MartaPropia2026x");
		navegador.driver().findElement(By.cssSelector("form.formulario button[type=submit]")).click();
		assertThat(navegador.texto(By.cssSelector(".aviso.exito"))).startsWith("Contraseña cambiada");
		navegador.ir("/");
		assertThat(navegador.texto(By.tagName("h1"))).isEqualTo("Bienvenido, Marta Vélez");
		assertThat(navegador.texto(By.id("navegacion"))).contains("Radicar");
	}

	@Test
	void unErrorDelFormularioSeMuestraEnEspanolSinPerderLoEscrito() {
		navegador.driver().manage().deleteAllCookies();
		navegador.ingresar(ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
		navegador.esperar(By.tagName("h1"));
		navegador.ir("/admin/usuarios/nuevo");
		escribir("username", "predecible.web");
		escribir("nombre", "Predecible");
		escribir("email", "p@alcaldia.invalid");
		escribir("password", "Alcaldia2026");
		rol("FUNCIONARIO").click();
		navegador.driver().findElement(By.cssSelector("form.formulario button[type=submit]")).click();
		assertThat(navegador.texto(By.cssSelector(".aviso.error"))).contains("palabra predecible");
		assertThat(navegador.driver().findElement(By.id("nombre")).getAttribute("value")).isEqualTo("Predecible");
		assertThat(rol("FUNCIONARIO").isSelected()).isTrue();
	}

	@Test
	void elAdministradorCreaUnaDependenciaYLaVeEnElFormularioDeUsuario() {
		navegador.driver().manage().deleteAllCookies();
		navegador.ingresar(ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
		navegador.esperar(By.tagName("h1"));
		navegador.ir("/admin/dependencias");
		assertThat(navegador.texto(By.tagName("h1"))).isEqualTo("Dependencias");
		escribir("codigo", "955");
		escribir("nombre", "Oficina de Pruebas");
		navegador.driver().findElement(By.xpath("//button[text()='Crear dependencia']")).click();
		assertThat(navegador.texto(By.cssSelector(".aviso.exito"))).isEqualTo("Dependencia 955 guardada.");
		navegador.ir("/admin/usuarios/nuevo");
		assertThat(navegador.texto(By.cssSelector("form.formulario"))).contains("955 — Oficina de Pruebas");
	}

}
