package co.pqrsd.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue #14, the demo municipality: on a server started with the {@code demo} profile
 * (one extra Spring context), each demo user logs in with the documented password and
 * opens his home page and main screens; none is an error page, and each shows the seeded
 * work (the funcionario's and the jefe's bandeja have rows).
 */
@ActiveProfiles({ "test", "demo" })
class DemoNavegadorTest extends PruebaNavegador {

	private static final String CLAVE = "Demo2026pqrsd";

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "RADICADOR, ventanilla, /pqrsd/bandeja", "FUNCIONARIO, funcionario, /pqrsd/bandeja",
			"JEFE_DEPENDENCIA, jgobierno, /pqrsd/bandeja", "ARCHIVISTA, archivo, /archivo/expedientes",
			"CONTROL_INTERNO, controlinterno, /plan", "ADMIN, admin, /tableros" })
	void cadaRolVeTrabajoRealSinErrores(String rol, String usuario, String pantalla) {
		navegador.driver().manage().deleteAllCookies();
		navegador.ingresar(usuario, CLAVE);
		assertThat(navegador.driver().getCurrentUrl()).as("ingreso de %s", rol).doesNotContain("/login");
		List<String> fallas = new ArrayList<>();
		revisar(rol, "/", fallas);
		revisar(rol, pantalla, fallas);
		assertThat(fallas).as("pantallas de %s", rol).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "funcionario", "jgobierno" })
	void laBandejaTieneCasos(String usuario) {
		navegador.driver().manage().deleteAllCookies();
		navegador.ingresar(usuario, CLAVE);
		navegador.ir("/pqrsd/bandeja");
		assertThat(navegador.driver().findElements(By.cssSelector("#bandeja tbody tr[data-radicado]")))
			.as("bandeja de %s", usuario)
			.isNotEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "/plan/2023, table tbody tr", "/plan/2023/cortes/1, #corte-publicado",
			"/plan/2023/cortes/2, #corte-publicado", "/plan/2023/cortes/2, .actividad", "/riesgos, table tbody tr" })
	void controlInternoVeElPlanSusCortesYElMapaDeRiesgos(String ruta, String datos) {
		navegador.driver().manage().deleteAllCookies();
		navegador.ingresar("controlinterno", CLAVE);
		List<String> fallas = new ArrayList<>();
		revisar("CONTROL_INTERNO", ruta, fallas);
		assertThat(fallas).isEmpty();
		assertThat(navegador.driver().findElements(By.cssSelector(datos))).as("%s en %s", datos, ruta).isNotEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "/archivo/expedientes", "/archivo/trd" })
	void elArchivistaVeLaTrdYLosExpedientes(String ruta) {
		navegador.driver().manage().deleteAllCookies();
		navegador.ingresar("archivo", CLAVE);
		List<String> fallas = new ArrayList<>();
		revisar("ARCHIVISTA", ruta, fallas);
		assertThat(fallas).isEmpty();
		assertThat(navegador.driver().findElements(By.cssSelector("table tbody tr"))).as("filas de %s", ruta)
			.isNotEmpty();
	}

	private void revisar(String rol, String ruta, List<String> fallas) {
		navegador.ir(ruta);
		if (!navegador.driver().findElements(By.id("titulo-error")).isEmpty()) {
			fallas.add(rol + " " + ruta + " → página de error: " + navegador.texto(By.id("titulo-error")));
		}
		if (navegador.driver().getCurrentUrl().contains("/login")) {
			fallas.add(rol + " " + ruta + " → volvió al ingreso");
		}
	}

}
