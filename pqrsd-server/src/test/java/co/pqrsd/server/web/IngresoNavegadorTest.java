package co.pqrsd.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.PruebaIntegracion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

@PruebaIntegracion
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngresoNavegadorTest {

	@LocalServerPort
	int puerto;

	Navegador navegador;

	@BeforeAll
	void abrir() {
		navegador = new Navegador(puerto);
	}

	@AfterAll
	void cerrar() {
		navegador.close();
	}

	@Test
	void elAdministradorIngresaYVeSuInicio() {
		navegador.driver().manage().deleteAllCookies();
		navegador.ingresar(ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
		assertThat(navegador.texto(By.tagName("h1"))).isEqualTo("Bienvenido, Administrador del sistema");
		assertThat(navegador.texto(By.id("navegacion"))).contains("Usuarios", "Dependencias", "Auditoría");
		assertThat(navegador.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es-CO");
		navegador.captura("inicio-admin");
		navegador.ir("/admin/usuarios");
		assertThat(navegador.texto(By.tagName("h1"))).isEqualTo("Usuarios");
		navegador.captura("admin-usuarios");
	}

	@Test
	void unaContrasenaEquivocadaSeRechazaConUnMensajeEnEspanol() {
		navegador.driver().manage().deleteAllCookies();
		navegador.ingresar(ClienteApi.ADMIN, "equivocada123");
		assertThat(navegador.texto(By.id("error-acceso"))).isEqualTo(
				"Usuario o contraseña incorrectos. Verifique los datos e intente de nuevo.");
		assertThat(navegador.driver().getCurrentUrl()).contains("/login?error");
		navegador.captura("login-error");
	}

}
