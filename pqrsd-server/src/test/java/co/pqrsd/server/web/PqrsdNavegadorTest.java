package co.pqrsd.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.RelojAjustable;
import co.pqrsd.server.radicacion.VentanillaPublica;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The PQRSD screens in a real browser: the bandeja's colours, counters and filters, the
 * case view with only the allowed actions, a refusal with its legal reason, "radicar como
 * PQRSD" in one screen, and the reserved denuncia as a 404 page.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PqrsdNavegadorTest extends PruebaNavegador {

	static final String CLAVE = "Bandeja2026pq";

	@Autowired
	RelojAjustable reloj;

	String vencido;

	String rojo;

	String amarillo;

	String verde;

	String sinAsignar;

	String denuncia;

	@Override
	void antesDeAbrir() {
		ClienteApi admin = ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
		for (String[] d : new String[][] { { "910", "Ventanilla de pruebas PQRSD" },
				{ "920", "Secretaría de Obras (PQRSD)" }, { "930", "Control Interno (PQRSD)" } }) {
			admin.post("/api/v1/dependencias", ClienteApi.json(Map.of("codigo", d[0], "nombre", d[1])));
		}
		usuario(admin, "pnventanilla", List.of("RADICADOR"), "910");
		usuario(admin, "pnjefe", List.of("FUNCIONARIO", "JEFE_DEPENDENCIA"), "920");
		usuario(admin, "pnfuncionario", List.of("FUNCIONARIO"), "920");
		usuario(admin, "pnotro", List.of("FUNCIONARIO"), "920");
		usuario(admin, "pncontrol", List.of("CONTROL_INTERNO"), "930");
		// Radicated on past days so that on Tuesday 2026-03-10 the GENERAL term (15
		// business days; semáforo 60 % / 80 %) is VENCIDO, ROJO, AMARILLO and VERDE.
		vencido = crearAsignado("2026-02-05T15:00:00Z", "Arreglo de la vía a la vereda La Esperanza");
		rojo = crearAsignado("2026-02-19T15:00:00Z", "Poda de árboles en el parque principal");
		amarillo = crearAsignado("2026-02-24T15:00:00Z", "Reparación del puente peatonal");
		verde = crearAsignado("2026-03-10T15:00:00Z", "Señalización de la escuela rural");
		reloj.fijar(RelojAjustable.INICIO);
		sinAsignar = crear(peticion("Alumbrado del barrio San Rafael", ""));
		denuncia = crear(peticion("Cobros indebidos en la inspección", ",\"denunciaCorrupcion\":true")
			.replace("\"PETICION\"", "\"DENUNCIA\""));
	}

	@AfterAll
	void restablecerReloj() {
		reloj.restablecer();
	}

	private void usuario(ClienteApi admin, String username, List<String> roles, String dependencia) {
		admin.post("/api/v1/usuarios", ClienteApi.json(Map.of("username", username, "nombre", username, "email",
				username + "@x.co", "password", CLAVE, "roles", roles, "dependencias", List.of(dependencia))));
	}

	private static String peticion(String asunto, String extra) {
		return "{\"etiqueta\":\"PETICION\",\"modalidad\":\"GENERAL\",\"asunto\":\"" + asunto
				+ "\",\"descripcion\":\"Solicito atención\",\"dependencia\":\"920\",\"canal\":\"PRESENCIAL\","
				+ "\"peticionario\":{\"tipoDocumento\":\"CC\",\"numeroDocumento\":\"80111222\",\"nombre\":\"Rosa Díaz\"}"
				+ extra + "}";
	}

	private String crear(String json) {
		var r = ClienteApi.como(puerto, "pnventanilla", CLAVE).post("/api/v1/pqrsd", json);
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
		return r.json().get("radicado").asString();
	}

	private String crearAsignado(String instante, String asunto) {
		reloj.fijar(Instant.parse(instante));
		String radicado = crear(peticion(asunto, ""));
		var r = ClienteApi.como(puerto, "pnjefe", CLAVE)
			.post("/api/v1/pqrsd/" + radicado + "/asignacion", "{\"usuario\":\"pnfuncionario\"}");
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(200);
		return radicado;
	}

	private WebElement fila(String radicado) {
		return navegador.esperar(By.cssSelector("#bandeja tr[data-radicado='" + radicado + "']"));
	}

	@Test
	@Order(1)
	void laBandejaDelFuncionarioMuestraLosColoresCuentaPorColorYFiltraAlPulsarUnContador() {
		navegador.ingresar("pnfuncionario", CLAVE);
		// The home page counts his cases per colour.
		assertThat(navegador.texto(By.cssSelector("#inicio-contador-ROJO .numero"))).isEqualTo("1");
		navegador.enviarYEsperar(navegador.esperar(By.id("nav-bandeja")));
		assertThat(navegador.texto(By.tagName("h1"))).isEqualTo("Bandeja PQRSD");
		assertThat(fila(vencido).findElement(By.cssSelector(".semaforo")).getText()).isEqualTo("Vencido");
		assertThat(fila(rojo).findElement(By.cssSelector(".semaforo")).getText()).isEqualTo("Rojo: vence pronto");
		assertThat(fila(amarillo).findElement(By.cssSelector(".semaforo")).getText()).isEqualTo("Amarillo: por vencer");
		assertThat(fila(verde).findElement(By.cssSelector(".semaforo")).getText()).isEqualTo("Verde: a tiempo");
		// Colour and label: the expired one is white on red.
		assertThat(fila(vencido).findElement(By.cssSelector(".semaforo")).getCssValue("background-color"))
			.isEqualTo("rgba(164, 22, 26, 1)");
		assertThat(fila(vencido).getText()).contains("Arreglo de la vía a la vereda La Esperanza");
		// Most urgent first.
		List<String> orden = navegador.driver()
			.findElements(By.cssSelector("#bandeja tbody tr"))
			.stream()
			.map(e -> e.getAttribute("data-radicado"))
			.toList();
		assertThat(orden).containsExactly(vencido, rojo, amarillo, verde);
		assertThat(navegador.texto(By.cssSelector("#contador-VERDE .numero"))).isEqualTo("1");
		assertThat(navegador.texto(By.cssSelector("#contador-AMARILLO .numero"))).isEqualTo("1");
		assertThat(navegador.texto(By.cssSelector("#contador-ROJO .numero"))).isEqualTo("1");
		assertThat(navegador.texto(By.cssSelector("#contador-VENCIDO .numero"))).isEqualTo("1");
		navegador.captura("pqrsd-bandeja");

		navegador.enviarYEsperar(navegador.esperar(By.id("contador-ROJO")));
		assertThat(navegador.driver().findElements(By.cssSelector("#bandeja tbody tr[data-radicado]")))
			.extracting(e -> e.getAttribute("data-radicado"))
			.containsExactly(rojo);
		assertThat(navegador.texto(By.id("total"))).isEqualTo("1 caso");

		// Sorted by due date, latest first, from the column header (twice: asc, desc).
		navegador.ir("/pqrsd/bandeja");
		navegador.enviarYEsperar(navegador.esperar(By.id("orden-vencimiento")));
		navegador.enviarYEsperar(navegador.esperar(By.id("orden-vencimiento")));
		assertThat(navegador.driver().findElements(By.cssSelector("#bandeja tbody tr[data-radicado]")))
			.extracting(e -> e.getAttribute("data-radicado"))
			.containsExactly(verde, amarillo, rojo, vencido);

		// Filter by state: none of his is waiting for reparto.
		new Select(navegador.esperar(By.id("f-estado"))).selectByValue("RADICADA");
		navegador.enviarYEsperar(navegador.driver().findElement(By.id("filtrar")));
		assertThat(navegador.texto(By.id("total"))).isEqualTo("Ningún caso");
	}

	@Test
	@Order(2)
	void elJefeAsignaDesdeLaVistaDelCasoYElHistorialCrece() {
		navegador.ingresar("pnjefe", CLAVE);
		navegador.ir("/pqrsd/bandeja?alcance=dependencia");
		assertThat(fila(sinAsignar).getText()).contains("Sin asignar");
		navegador.enviarYEsperar(fila(sinAsignar).findElement(By.linkText(sinAsignar)));
		assertThat(navegador.texto(By.id("radicado"))).isEqualTo(sinAsignar);
		assertThat(navegador.texto(By.id("vencimiento"))).contains("quedan 15 días hábiles");
		assertThat(navegador.texto(By.id("asunto"))).isEqualTo("Alumbrado del barrio San Rafael");
		assertThat(navegador.texto(By.id("peticionario"))).isEqualTo("Rosa Díaz");
		// Radicación, then reparto (the engine sends it at once).
		int pasos = navegador.driver().findElements(By.cssSelector("#historial tbody tr")).size();
		assertThat(pasos).isBetween(1, 2);
		// Only what is allowed now: no approval without a drafted answer, no citizen's
		// answer without a requerimiento, never the engine's own actions.
		assertThat(navegador.driver().findElements(By.id("accion-ASIGNAR"))).hasSize(1);
		assertThat(navegador.driver().findElements(By.id("accion-APROBAR_RESPUESTA"))).isEmpty();
		assertThat(navegador.driver().findElements(By.id("accion-REGISTRAR_RESPUESTA_PETICIONARIO"))).isEmpty();
		assertThat(navegador.driver().findElements(By.id("accion-VENCER"))).isEmpty();
		navegador.driver().findElement(By.cssSelector("#accion-ASIGNAR summary")).click();
		new Select(navegador.esperar(By.id("ASIGNAR-usuario"))).selectByValue("pnotro");
		navegador.enviarYEsperar(navegador.driver().findElement(By.id("enviar-ASIGNAR")));
		assertThat(navegador.texto(By.cssSelector(".aviso.exito"))).contains("Asignar");
		assertThat(navegador.texto(By.id("asignado"))).isEqualTo("pnotro");
		assertThat(navegador.driver().findElements(By.cssSelector("#historial tbody tr"))).hasSize(pasos + 1);
		assertThat(navegador.texto(By.id("historial"))).contains("pnotro");
		navegador.captura("pqrsd-caso");
	}

	@Test
	@Order(3)
	void elFuncionarioProyectaLaRespuestaConUnPdfYElJefeLaApruebaYSeVeLaRespuestaEnLinea() throws Exception {
		navegador.ingresar("pnotro", CLAVE);
		navegador.ir("/pqrsd/casos/" + sinAsignar);
		navegador.esperar(By.id("radicado"));
		int pasos = navegador.driver().findElements(By.cssSelector("#historial tbody tr")).size();
		// The assignee may answer; assigning and approving are the jefe's.
		assertThat(navegador.driver().findElements(By.id("accion-PROYECTAR_RESPUESTA"))).hasSize(1);
		assertThat(navegador.driver().findElements(By.id("accion-ASIGNAR"))).isEmpty();
		assertThat(navegador.driver().findElements(By.id("accion-APROBAR_RESPUESTA"))).isEmpty();
		navegador.driver().findElement(By.cssSelector("#accion-PROYECTAR_RESPUESTA summary")).click();
		navegador.esperar(By.id("PROYECTAR_RESPUESTA-texto"))
			.sendKeys("Se programó la reparación del alumbrado para la próxima semana.");
		Path pdf = Files.createTempFile("respuesta", ".pdf");
		Files.write(pdf, VentanillaPublica.pdf("Respuesta sobre el alumbrado del barrio San Rafael"));
		navegador.driver().findElement(By.id("PROYECTAR_RESPUESTA-documentos")).sendKeys(pdf.toString());
		navegador.enviarYEsperar(navegador.driver().findElement(By.id("enviar-PROYECTAR_RESPUESTA")));
		assertThat(navegador.texto(By.id("estado"))).isEqualTo("En aprobación");
		assertThat(navegador.driver().findElements(By.cssSelector("#historial tbody tr"))).hasSize(pasos + 1);
		assertThat(navegador.texto(By.id("historial"))).contains("Jefe de 920");

		navegador.ingresar("pnjefe", CLAVE);
		navegador.ir("/pqrsd/casos/" + sinAsignar);
		// The jefe reads the drafted answer before approving it.
		assertThat(navegador.texto(By.id("respuesta"))).contains("Se programó la reparación del alumbrado")
			.contains("pnotro");
		navegador.esperar(By.cssSelector("#accion-APROBAR_RESPUESTA summary")).click();
		navegador.enviarYEsperar(navegador.esperar(By.id("enviar-APROBAR_RESPUESTA")));
		assertThat(navegador.texto(By.id("estado"))).isEqualTo("Respondida");
		assertThat(navegador.texto(By.id("comunicacion"))).contains("dentro del término");
		WebElement respuesta = navegador.esperar(By.cssSelector("#documentos article[data-origen='RESPUESTA']"));
		String previa = respuesta.findElement(By.tagName("object")).getAttribute("data");
		assertThat(previa).endsWith("/en-linea");
		var r = navegador.obtener(previa);
		assertThat(r.statusCode()).isEqualTo(200);
		assertThat(r.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline;");
		assertThat(r.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
		navegador.captura("pqrsd-respondida");
	}

	@Test
	@Order(4)
	void unaProrrogaMasAllaDelTopeSeRechazaConLaRazonLegalJuntoAlFormularioYConservaLoEscrito() {
		navegador.ingresar("pnjefe", CLAVE);
		navegador.ir("/pqrsd/casos/" + verde);
		navegador.esperar(By.cssSelector("#accion-PRORROGAR summary")).click();
		navegador.esperar(By.id("PRORROGAR-motivo")).sendKeys("Se requieren conceptos técnicos de otra entidad");
		((org.openqa.selenium.JavascriptExecutor) navegador.driver())
			.executeScript("document.getElementById('PRORROGAR-fecha').value = '2026-12-31'");
		navegador.enviarYEsperar(navegador.driver().findElement(By.id("enviar-PRORROGAR")));
		String motivo = navegador.texto(By.id("rechazo-PRORROGAR"));
		assertThat(motivo).containsIgnoringCase("Ley 1755");
		assertThat(navegador.texto(By.cssSelector(".aviso.error"))).startsWith("Prorrogar el término: ");
		assertThat(navegador.driver().findElement(By.id("PRORROGAR-motivo")).getAttribute("value"))
			.isEqualTo("Se requieren conceptos técnicos de otra entidad");
		navegador.captura("pqrsd-rechazo");
	}

	@Test
	@Order(5)
	void unaDenunciaDeCorrupcionEsUnaPaginaNoEncontradaParaUnFuncionarioNoAsignado() {
		navegador.ingresar("pnfuncionario", CLAVE);
		navegador.ir("/pqrsd/casos/" + denuncia);
		assertThat(navegador.texto(By.tagName("h1"))).doesNotContain(denuncia);
		assertThat(navegador.driver().getPageSource()).doesNotContain("Cobros indebidos");
		assertThat(navegador.obtener(navegador.base() + "/pqrsd/casos/" + denuncia).statusCode()).isEqualTo(404);
		navegador.ir("/pqrsd/bandeja?alcance=mias");
		assertThat(navegador.driver().getPageSource()).doesNotContain(denuncia);
	}

	@Test
	@Order(6)
	void controlInternoVeLosCasosEnRojoYVencidosDeLaEntidad() {
		navegador.ingresar("pncontrol", CLAVE);
		navegador.ir("/pqrsd/bandeja");
		assertThat(fila(vencido).getText()).contains("Vencido");
		assertThat(fila(rojo).getText()).contains("Rojo");
		assertThat(navegador.driver().findElements(By.cssSelector("#bandeja tr[data-radicado='" + verde + "']")))
			.isEmpty();
	}

	@Test
	@Order(7)
	void elRadicadorRadicaComoPqrsdEnUnaPantallaYVeElVencimiento() throws Exception {
		navegador.ingresar("pnventanilla", CLAVE);
		navegador.ir("/radicacion/nuevo");
		new Select(navegador.esperar(By.id("dependencia"))).selectByValue("920");
		navegador.driver().findElement(By.id("nombre")).sendKeys("Jorge Luis Prada");
		new Select(navegador.driver().findElement(By.id("tipoDocumento"))).selectByValue("CC");
		navegador.driver().findElement(By.id("numeroDocumento")).sendKeys("1020304050");
		navegador.driver().findElement(By.id("asunto")).sendKeys("Copia del plano de loteo del barrio Centro");
		navegador.driver().findElement(By.id("comoPqrsd")).click();
		new Select(navegador.driver().findElement(By.id("modalidad"))).selectByValue("DOCUMENTOS");
		// Atención prioritaria without its summary proof: refused, nothing radicated,
		// what was typed kept.
		navegador.driver()
			.findElement(By.cssSelector("input[name='prioridades'][value='ATENCION_PRIORITARIA']"))
			.click();
		navegador.enviarYEsperar(navegador.driver().findElement(By.id("radicar")));
		assertThat(navegador.texto(By.id("error-pruebaPrioridad"))).contains("prueba");
		assertThat(navegador.driver().findElement(By.id("asunto")).getAttribute("value"))
			.isEqualTo("Copia del plano de loteo del barrio Centro");
		assertThat(navegador.driver().findElement(By.id("comoPqrsd")).isSelected()).isTrue();
		navegador.driver()
			.findElement(By.id("pruebaPrioridad"))
			.sendKeys("Certificado médico: adulto mayor con movilidad reducida");
		Path pdf = Files.createTempFile("solicitud", ".pdf");
		Files.write(pdf, VentanillaPublica.pdf("Solicito copia del plano de loteo"));
		navegador.driver().findElement(By.id("documentos")).sendKeys(pdf.toString());
		navegador.enviarYEsperar(navegador.driver().findElement(By.id("radicar")));
		String numero = navegador.texto(By.id("numero"));
		// DOCUMENTOS: 10 business days from Wednesday 11 March (San José on the 23rd).
		assertThat(navegador.texto(By.id("pqrsd-creada"))).contains("Petición")
			.contains("DOCUMENTOS")
			.contains("Vence el 25/03/2026");
		navegador.captura("pqrsd-radicada");
		navegador.enviarYEsperar(navegador.driver().findElement(By.cssSelector("#pqrsd-creada a")));
		assertThat(navegador.texto(By.id("radicado"))).isEqualTo(numero);
		assertThat(navegador.texto(By.id("prioridades"))).contains("Atención prioritaria");
		// The ENTRADA's PDF, attached in the same submit, previewed inline.
		WebElement entrada = navegador.esperar(By.cssSelector("#documentos article[data-origen='ENTRADA']"));
		assertThat(entrada.getText()).contains(pdf.getFileName().toString());
		assertThat(entrada.findElement(By.tagName("object")).getAttribute("type")).isEqualTo("application/pdf");
	}

}
