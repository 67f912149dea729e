package co.pqrsd.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import co.pqrsd.server.ClienteApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Control Interno opens the reports from the menu, picks a semester, sees the figures,
 * the charts and the downloads, and publishes the access-to-information report; a citizen
 * finds it on the public page without logging in.
 */
class InformesNavegadorTest extends PruebaNavegador {

	static final String USUARIO = "infnavcontrol";

	static final String CLAVE = "InformesNav2026";

	@Override
	void antesDeAbrir() {
		ClienteApi admin = ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
		if (admin.get("/api/v1/usuarios/" + USUARIO).estado() != 200) {
			admin.post("/api/v1/dependencias", ClienteApi.json(Map.of("codigo", "964", "nombre", "Control informes")));
			var r = admin.post("/api/v1/usuarios",
					ClienteApi.json(Map.of("username", USUARIO, "nombre", "Control Interno", "email", USUARIO + "@x.co",
							"password", CLAVE, "roles", List.of("CONTROL_INTERNO"), "dependencias", List.of("964"))));
			assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
		}
	}

	@Override
	void despuesDeAbrir() {
		navegador.ingresar(USUARIO, CLAVE);
		navegador.esperar(By.tagName("h1"));
	}

	@Test
	void controlInternoVeElInformeDelSemestreYPublicaElDeAccesoALaInformacion() {
		navegador.enviarYEsperar(navegador.esperar(By.id("nav-informes")));
		assertThat(navegador.texto(By.tagName("h1"))).isEqualTo("Informes de PQRSD");
		assertThat(navegador.driver().findElements(By.id("periodo-informe"))).hasSize(1);
		// The semester preset, as the period form sends it.
		navegador.ir("/informes?anio=2025&trimestre=&semestre=2");
		assertThat(navegador.texto(By.id("periodo-actual"))).contains("01/07/2025").contains("31/12/2025");
		assertThat(navegador.texto(By.id("total"))).isEqualTo("0");
		assertThat(navegador.driver().findElements(By.cssSelector(".graficos svg title"))).hasSize(4);
		assertThat(navegador.obtener(navegador.driver().findElement(By.id("descargar-pdf")).getDomProperty("href"))
			.statusCode()).isEqualTo(200);
		assertThat(navegador.obtener(navegador.driver().findElement(By.id("acceso-xlsx")).getDomProperty("href"))
			.statusCode()).isEqualTo(200);
		navegador.enviarYEsperar(navegador.driver().findElement(By.cssSelector("#publicar-informe button")));
		assertThat(navegador.texto(By.cssSelector(".aviso.exito"))).isEqualTo("El informe quedó publicado.");

		navegador.driver().manage().deleteAllCookies();
		navegador.ir("/ciudadano/informes");
		assertThat(navegador.texto(By.tagName("h2"))).isEqualTo("Informes de PQRSD publicados");
		assertThat(navegador.texto(By.id("informes-publicados"))).contains("01/07/2025")
			.contains("Informe de solicitudes de acceso a la información");
	}

}
