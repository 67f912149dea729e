package co.pqrsd.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import co.pqrsd.core.pqrsd.Etiqueta;
import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue #14, the demo municipality: on a server started with the {@code demo} profile
 * (one extra Spring context), each demo user logs in with the documented password and
 * opens his home page and main screens; none is an error page, and each shows the seeded
 * work: the funcionario's bandeja has cases of every semáforo colour, the jefe sees a
 * VENCIDO one, control interno the denuncia and the plan's cuts, the archivist
 * expedientes proposed for transfer, the ventanilla its classification queue.
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

	/** A year of history: the funcionario's open cases are of every colour. */
	@Test
	void laBandejaDelFuncionarioTieneCasosDeVariosColores() {
		navegador.driver().manage().deleteAllCookies();
		navegador.ingresar("funcionario", CLAVE);
		navegador.ir("/pqrsd/bandeja");
		Set<String> colores = new TreeSet<>();
		for (WebElement s : navegador.driver()
			.findElements(By.cssSelector("#bandeja tbody tr[data-radicado] .semaforo"))) {
			for (String clase : s.getDomAttribute("class").split("\\s+")) {
				if (clase.startsWith("semaforo-")) {
					colores.add(clase.substring("semaforo-".length()));
				}
			}
		}
		assertThat(colores).as("colores de la bandeja del funcionario")
			.contains("VERDE", "AMARILLO", "ROJO", "VENCIDO");
	}

	@Test
	void elJefeVeUnCasoVencidoDeSuDependencia() {
		navegador.driver().manage().deleteAllCookies();
		navegador.ingresar("jgobierno", CLAVE);
		navegador.ir("/pqrsd/bandeja?alcance=dependencia&semaforo=VENCIDO");
		assertThat(
				navegador.driver().findElements(By.cssSelector("#bandeja tbody tr[data-radicado] .semaforo-VENCIDO")))
			.isNotEmpty();
	}

	/**
	 * The denuncia de corrupción reaches control interno's bandeja (the entity's ROJO and
	 * VENCIDO cases); the ventanilla, which radicated it, does not see it.
	 */
	@Test
	void controlInternoVeLaDenunciaYLaVentanillaNo() {
		navegador.driver().manage().deleteAllCookies();
		navegador.ingresar("controlinterno", CLAVE);
		navegador.ir("/pqrsd/bandeja");
		List<String> filas = navegador.driver()
			.findElements(By.cssSelector("#bandeja tbody tr[data-radicado]"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(filas).anyMatch(f -> f.contains(Etiqueta.DENUNCIA.nombre()) && f.contains("cobro indebido"));
		String radicado = navegador.driver()
			.findElements(By.cssSelector("#bandeja tbody tr[data-radicado]"))
			.stream()
			.filter(f -> f.getText().contains("cobro indebido"))
			.findFirst()
			.orElseThrow()
			.getDomAttribute("data-radicado");
		navegador.driver().manage().deleteAllCookies();
		navegador.ingresar("ventanilla", CLAVE);
		navegador.ir("/pqrsd/casos/" + radicado);
		assertThat(navegador.driver().getPageSource()).doesNotContain("cobro indebido");
	}

	@Test
	void elArchivistaVeExpedientesPropuestosParaTransferencia() {
		navegador.driver().manage().deleteAllCookies();
		navegador.ingresar("archivo", CLAVE);
		List<String> fallas = new ArrayList<>();
		revisar("ARCHIVISTA", "/archivo/transferencias", fallas);
		assertThat(fallas).isEmpty();
		assertThat(navegador.driver().findElements(By.cssSelector("#tr-pendientes tbody tr")))
			.as("expedientes con la retención en gestión cumplida")
			.isNotEmpty();
	}

	@Test
	void laVentanillaVeLaColaDeClasificacion() {
		navegador.driver().manage().deleteAllCookies();
		navegador.ingresar("ventanilla", CLAVE);
		List<String> fallas = new ArrayList<>();
		revisar("RADICADOR", "/ventanilla/clasificacion", fallas);
		assertThat(fallas).isEmpty();
		assertThat(navegador.driver().findElements(By.cssSelector("article[id^='pendiente-']")))
			.as("PQRSD del formulario web y del correo por clasificar")
			.hasSizeGreaterThanOrEqualTo(4);
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
