package co.pqrsd.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.comun.Fechas;
import co.pqrsd.server.radicacion.VentanillaPublica;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * What each role sees on the screens: only what it may do, in words, in Colombia's time.
 */
class PantallasNavegadorTest extends PruebaNavegador {

	private static final String CLAVE = VentanillaPublica.CLAVE;

	private ClienteApi admin;

	/** ENTRADA for dependencia 200, 1 folio and 1 anexo, remitente from Guatavita. */
	private String numero;

	/** Annulled by the admin. */
	private String anulado;

	@Override
	void antesDeAbrir() {
		VentanillaPublica.preparar(puerto);
		admin = ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
		RecorridoPorRolesNavegadorTest.usuario(admin, "control1", "CONTROL_INTERNO", "100");
		ClienteApi radicador = ClienteApi.como(puerto, "radicador1", CLAVE);
		String json = ClienteApi.json(Map.of("tipo", "ENTRADA", "asunto", "Pantallas: arreglo del puente peatonal",
				"dependencia", "200", "medio", "PRESENCIAL", "folios", 1, "anexosCantidad", 1, "remitente",
				Map.of("tipoDocumento", "CC", "numeroDocumento", "1020304050", "nombre", "Rosa Pantallas", "direccion",
						"Vereda El Carmen", "municipio", "Guatavita")));
		var creado = radicador.post("/api/v1/radicados", json);
		assertThat(creado.estado()).as(creado.cuerpo()).isEqualTo(201);
		numero = creado.json().get("numero").asString();
		anulado = radicador.post("/api/v1/radicados", json.replace("arreglo del puente", "radicado repetido"))
			.json()
			.get("numero")
			.asString();
		var r = admin.post("/api/v1/radicados/" + anulado + "/anulacion",
				ClienteApi.json(Map.of("justificacion", "Radicado dos veces", "acta", "Acta 12 de 2026")));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(200);
	}

	private void como(String usuario, String clave) {
		navegador.driver().manage().deleteAllCookies();
		navegador.ingresar(usuario, clave);
		assertThat(navegador.driver().getCurrentUrl()).doesNotContain("/login");
	}

	@Test
	void controlInternoDescargaCsvExcelYPdfConSuSesion() {
		como("control1", CLAVE);
		navegador.ir("/auditoria?objetoTipo=RADICADO");
		String csv = navegador.esperar(By.id("exportar-csv")).getDomProperty("href");
		String xlsx = navegador.driver().findElement(By.id("exportar-xlsx")).getDomProperty("href");
		assertThat(csv).startsWith(navegador.base() + "/auditoria/").doesNotContain("/api/");
		HttpResponse<byte[]> r = navegador.obtener(csv);
		assertThat(r.statusCode()).isEqualTo(200);
		assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("Fecha y hora (Colombia)").contains(numero);
		r = navegador.obtener(xlsx);
		assertThat(r.statusCode()).isEqualTo(200);
		assertThat(r.body()).startsWith('P', 'K');

		navegador.ir("/auditoria/objetos/RADICADO/" + numero);
		String pdf = navegador.esperar(By.id("descargar-pdf")).getDomProperty("href");
		assertThat(pdf).doesNotContain("/api/");
		r = navegador.obtener(pdf);
		assertThat(r.statusCode()).isEqualTo(200);
		assertThat(new String(r.body(), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");

		var exportaciones = admin.get("/api/v1/auditoria?accion=AUDITORIA_EXPORTADA&usuario=control1").json();
		assertThat(exportaciones.get("total").asInt()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void lasFechasSeVenEnHoraDeColombiaYEnUnSoloFormato() {
		var json = admin.get("/api/v1/radicados/" + anulado).json();
		String anuladoEn = Fechas.deFechaHora(Instant.parse(json.get("anulacion").get("anuladoEn").asString()));
		como(ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
		navegador.ir("/radicacion/" + anulado);
		assertThat(navegador.texto(By.id("anulacion"))).startsWith("Anulado el " + anuladoEn + " por admin");
		assertThat(navegador.texto(By.id("fecha-radicacion"))).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
		navegador.ir("/radicacion/anulaciones");
		String informe = navegador.texto(By.id("anulaciones"));
		assertThat(informe).contains(anuladoEn).doesNotContainPattern("\\d{2}:\\d{2}:\\d{2}\\.\\d");
		navegador.captura("anulaciones");
	}

	@Test
	void quienNoPuedeAnularNoVeNiElBotonNiElInforme() {
		como("gobierno1", CLAVE);
		navegador.ir("/radicacion/" + numero);
		navegador.esperar(By.id("numero"));
		assertThat(navegador.driver().findElements(By.id("anular"))).isEmpty();
		navegador.ir("/radicacion");
		navegador.esperar(By.tagName("h1"));
		assertThat(navegador.driver().findElements(By.id("enlace-anulaciones"))).isEmpty();

		como("jefecorresp", CLAVE);
		navegador.ir("/radicacion/" + numero);
		assertThat(navegador.driver().findElements(By.id("anular"))).hasSize(1);
		navegador.ir("/radicacion");
		assertThat(navegador.driver().findElements(By.id("enlace-anulaciones"))).hasSize(1);
	}

	@Test
	void unaEntradaQueElUsuarioNoPuedeRadicarSeRechazaEnElFormularioSinPerderLoEscrito() {
		como("gobierno1", CLAVE);
		navegador.ir("/radicacion/nuevo");
		Select tipo = new Select(navegador.esperar(By.id("tipo")));
		assertThat(tipo.getOptions()).extracting(o -> o.getAttribute("value")).doesNotContain("ENTRADA");
		// A forged choice (or a stale form): the server must refuse it beside the field.
		((JavascriptExecutor) navegador.driver()).executeScript(
				"var o = document.createElement('option'); o.value = 'ENTRADA'; o.text = 'Entrada';"
						+ "arguments[0].add(o); arguments[0].value = 'ENTRADA';",
				navegador.driver().findElement(By.id("tipo")));
		new Select(navegador.driver().findElement(By.id("dependencia"))).selectByValue("200");
		navegador.driver().findElement(By.id("nombre")).sendKeys("Ana Formulario");
		navegador.driver().findElement(By.id("asunto")).sendKeys("Solicitud que no debe perderse");
		navegador.enviarYEsperar(navegador.driver().findElement(By.id("radicar")));
		assertThat(navegador.driver().findElements(By.id("titulo-error"))).isEmpty();
		assertThat(navegador.texto(By.id("error-tipo")))
			.contains("no puede radicar comunicaciones de tipo «Entrada (recibida)»");
		assertThat(navegador.driver().findElement(By.id("asunto")).getDomProperty("value"))
			.isEqualTo("Solicitud que no debe perderse");
		assertThat(navegador.driver().findElement(By.id("nombre")).getDomProperty("value")).isEqualTo("Ana Formulario");
		navegador.captura("radicar-denegado");
		var denegaciones = admin.get("/api/v1/auditoria?accion=ACCESO_DENEGADO&usuario=gobierno1").json();
		assertThat(denegaciones.get("total").asInt()).as("la denegación queda en la bitácora").isPositive();
	}

	@Test
	void controlInternoNoVeElFormularioDeAnotacionesNiUnFuncionarioElDirectorio() {
		como("control1", CLAVE);
		navegador.ir("/radicacion/" + numero);
		navegador.esperar(By.id("numero"));
		assertThat(navegador.driver().findElements(By.cssSelector("form[action$='/anotaciones']"))).isEmpty();
		como("radicador1", CLAVE);
		navegador.ir("/radicacion/" + numero);
		navegador.esperar(By.id("numero"));
		assertThat(navegador.driver().findElements(By.cssSelector("form[action$='/anotaciones']"))).hasSize(1);

		como("gobierno1", CLAVE);
		navegador.ir("/radicacion/nuevo");
		WebElement nombre = navegador.esperar(By.id("nombre"));
		assertThat(nombre.getAttribute("data-directorio")).isEqualTo("false");
		assertThat(nombre.getAttribute("list")).isNull();
		como("radicador1", CLAVE);
		navegador.ir("/radicacion/nuevo");
		assertThat(navegador.esperar(By.id("nombre")).getAttribute("data-directorio")).isEqualTo("true");
	}

	@Test
	void elDetalleMuestraElMunicipioDelRemitente() {
		como("radicador1", CLAVE);
		navegador.ir("/radicacion/" + numero);
		assertThat(navegador.texto(By.id("remitente-municipio"))).isEqualTo("Guatavita");
	}

	@Test
	void losErroresDeValidacionSeVenJuntoASuCampoEnEspanolClaro() {
		como("radicador1", CLAVE);
		navegador.ir("/radicacion/nuevo");
		new Select(navegador.esperar(By.id("tipo"))).selectByValue("ENTRADA");
		new Select(navegador.driver().findElement(By.id("dependencia"))).selectByValue("200");
		navegador.driver().findElement(By.id("nombre")).sendKeys("Pedro Validación");
		navegador.driver().findElement(By.id("correo")).sendKeys("no-es-un-correo");
		WebElement formulario = navegador.driver().findElement(By.id("form-radicar"));
		// submit() skips the browser's own checks: the server must explain.
		((JavascriptExecutor) navegador.driver()).executeScript("arguments[0].submit()", formulario);
		assertThat(navegador.texto(By.id("error-asunto"))).isEqualTo("Escriba el asunto de la comunicación.");
		assertThat(navegador.texto(By.id("error-correo"))).contains("correo electrónico válido");
		assertThat(navegador.driver().findElement(By.id("nombre")).getDomProperty("value"))
			.isEqualTo("Pedro Validación");
		String pagina = navegador.driver().findElement(By.tagName("main")).getText();
		assertThat(pagina).doesNotContain("NotBlank", "remitente.correo", "must not", "Revise:");
		navegador.captura("radicar-errores");
	}

	@Test
	void singularYPluralSegunLaCantidad() {
		como("radicador1", CLAVE);
		navegador.ir("/radicacion/" + numero);
		assertThat(navegador.texto(By.id("folios-anexos"))).startsWith("1 folio, 1 anexo");
		navegador.ir("/radicacion?numero=" + numero);
		assertThat(navegador.texto(By.id("total-radicados"))).isEqualTo("1 radicado");
	}

	@Test
	void laCalculadoraEmpiezaEnPeticionGeneralYMuestraNombres() {
		como("radicador1", CLAVE);
		navegador.ir("/calendario");
		Select modalidad = new Select(navegador.esperar(By.id("modalidad")));
		assertThat(modalidad.getFirstSelectedOption().getAttribute("value")).isEqualTo("GENERAL");
		assertThat(modalidad.getFirstSelectedOption().getText()).startsWith("Petición general");
		List<String> textos = modalidad.getOptions().stream().map(WebElement::getText).toList();
		assertThat(textos).noneMatch(t -> t.matches("[A-Z_]+"));
	}

	@Test
	void laBitacoraCabeEnSuCajaYElHistorialTieneSuTitulo() {
		como(ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
		navegador.ir("/auditoria");
		navegador.esperar(By.id("resultados"));
		Boolean cabe = (Boolean) ((JavascriptExecutor) navegador.driver()).executeScript(
				"var c = document.querySelector('#resultados').parentElement; return c.scrollWidth <= c.clientWidth;");
		assertThat(cabe).as("la tabla cabe sin desplazamiento horizontal").isTrue();
		navegador.captura("auditoria-tabla");
		navegador.ir("/auditoria/objetos/RADICADO/" + numero);
		assertThat(navegador.texto(By.tagName("h1"))).isEqualTo("Historial de RADICADO " + numero);
	}

	@Test
	void laBitacoraCuentaConPalabrasLoQuePaso() {
		como("radicador1", CLAVE);
		navegador.ir("/radicacion?q=puente");
		navegador.esperar(By.id("resultados"));
		navegador.driver().manage().deleteAllCookies();
		navegador.ingresar("radicador1", "equivocada123");
		como(ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
		navegador.ir("/auditoria?usuario=radicador1");
		String bitacora = navegador.texto(By.id("resultados"));
		assertThat(bitacora).contains("Texto buscado: puente").contains("Motivo: usuario o contraseña incorrectos");
		assertThat(bitacora).doesNotContain("FiltroRadicados", "BadCredentialsException", "Exception");
	}

}
