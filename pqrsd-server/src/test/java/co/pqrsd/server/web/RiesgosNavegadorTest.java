package co.pqrsd.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.pqrsd.server.ClienteApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Control Interno builds the risk map in the browser: creates a corruption risk,
 * evaluates it with the questionnaire, adds a control, sees the residual zone, and finds
 * the risk in the heat map, inherent and residual; no link of these pages gives an error.
 */
class RiesgosNavegadorTest extends PruebaNavegador {

	static final String CLAVE = "Riesgos2026segura";

	static final String VIGENCIA = "2027";

	@Override
	void antesDeAbrir() {
		ClienteApi admin = ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
		if (admin.get("/api/v1/usuarios/rgnavcontrol").estado() != 200) {
			admin.post("/api/v1/dependencias", ClienteApi.json(Map.of("codigo", "872", "nombre", "Control Interno")));
			var r = admin.post("/api/v1/usuarios",
					ClienteApi.json(Map.of("username", "rgnavcontrol", "nombre", "Auditora de Control Interno", "email",
							"rgnavcontrol@x.co", "password", CLAVE, "roles", List.of("CONTROL_INTERNO"), "dependencias",
							List.of("872"))));
			assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
		}
	}

	@Override
	void despuesDeAbrir() {
		navegador.ingresar("rgnavcontrol", CLAVE);
		navegador.esperar(By.tagName("h1"));
	}

	private void escribir(String id, String texto) {
		WebElement campo = navegador.driver().findElement(By.id(id));
		campo.clear();
		campo.sendKeys(texto);
	}

	@Test
	void controlInternoRegistraEvaluaYControlaUnRiesgoYLoVeEnElMapaDeCalor() {
		navegador.ir("/riesgos?vigencia=" + VIGENCIA);
		assertThat(navegador.texto(By.tagName("h1"))).isEqualTo("Mapa de riesgos " + VIGENCIA);
		escribir("codigo", "NAV-1");
		escribir("proceso", "Gestión contractual");
		escribir("causas", "Falta de revisión de los estudios previos");
		escribir("accionUOmision", "Direccionar los pliegos de condiciones");
		escribir("usoDelPoder", "aprovechando la facultad de estructurar los procesos");
		escribir("desviacion", "en la contratación de obra pública");
		escribir("beneficioPrivado", "para favorecer a un oferente");
		escribir("consecuencias", "Detrimento patrimonial");
		navegador.enviarYEsperar(navegador.driver().findElement(By.id("registrar-riesgo")));
		assertThat(navegador.texto(By.cssSelector(".aviso.exito"))).isEqualTo("Riesgo NAV-1 registrado.");
		assertThat(navegador.texto(By.tagName("h1"))).isEqualTo("NAV-1 — Gestión contractual");
		assertThat(navegador.driver().findElement(By.id("revision-redaccion")).getAttribute("class")).contains("exito");
		assertThat(navegador.texto(By.id("enunciado"))).startsWith("Posibilidad de direccionar los pliegos");
		String pagina = navegador.driver().getCurrentUrl();

		// 1 000 times a year → Alta; 3 «Sí» → Moderado; Alta × Moderado → Alto.
		escribir("frecuenciaAnual", "1000");
		List<WebElement> preguntas = navegador.driver().findElements(By.cssSelector("#cuestionario input[name=si]"));
		assertThat(preguntas).hasSize(19);
		for (int i = 0; i < 3; i++) {
			preguntas.get(i).click();
		}
		navegador.enviarYEsperar(navegador.driver().findElement(By.id("evaluar")));
		assertThat(navegador.texto(By.cssSelector(".aviso.exito"))).isEqualTo("Evaluación registrada.");
		assertThat(navegador.texto(By.id("zona-inherente"))).isEqualTo("Alto");
		assertThat(navegador.texto(By.id("explicacion-impacto"))).startsWith("Moderado: 3 respuestas");

		// Preventive manual control (40 %): 80 → 48 → Media; Media × Moderado → Moderado.
		escribir("responsable", "Secretario de Planeación");
		escribir("accion", "revisa");
		escribir("complemento", "los pliegos de cada proceso antes de publicarlos");
		new Select(navegador.driver().findElement(By.id("tipoControl"))).selectByValue("PREVENTIVO");
		new Select(navegador.driver().findElement(By.id("implementacion"))).selectByValue("MANUAL");
		navegador.enviarYEsperar(navegador.driver().findElement(By.id("agregar-control")));
		assertThat(navegador.texto(By.cssSelector(".aviso.exito"))).startsWith("Control registrado");
		assertThat(navegador.texto(By.id("zona-residual"))).isEqualTo("Moderado");
		assertThat(navegador.texto(By.id("zona-inherente"))).isEqualTo("Alto");
		assertThat(navegador.texto(By.cssSelector(".pasos-control li"))).contains("80 → 48");
		// Aceptar is not offered for a corruption risk.
		assertThat(new Select(navegador.driver().findElement(By.id("opcion"))).getOptions()).hasSize(3);
		// The treatment's action plan, one action per submission.
		new Select(navegador.driver().findElement(By.id("opcion"))).selectByValue("REDUCIR");
		escribir("actividad", "Publicar los pliegos tipo");
		escribir("responsableAccion", "Secretario de Planeación");
		((JavascriptExecutor) navegador.driver()).executeScript("arguments[0].value = '2027-06-30'",
				navegador.driver().findElement(By.id("fechaAccion")));
		escribir("evidenciaAccion", "Pliegos publicados en el SECOP");
		navegador.enviarYEsperar(navegador.driver().findElement(By.id("guardar-tratamiento")));
		assertThat(navegador.texto(By.cssSelector(".aviso.exito"))).isEqualTo("Tratamiento registrado.");
		assertThat(navegador.texto(By.id("tratamiento"))).contains("Reducir").contains("Publicar los pliegos tipo");
		navegador.captura("riesgo");
		Set<String> enlaces = enlaces();

		navegador.ir("/riesgos?vigencia=" + VIGENCIA);
		assertThat(navegador.texto(By.cssSelector("tr[id^=riesgo-] .zona-inherente"))).isEqualTo("Alto");
		assertThat(navegador.texto(By.cssSelector("tr[id^=riesgo-] .zona-residual"))).isEqualTo("Moderado");
		enlaces.addAll(enlaces());
		navegador.enviarYEsperar(navegador.driver().findElement(By.id("enlace-mapa-calor")));
		assertThat(navegador.driver().findElements(By.cssSelector("#grafico-calor a.celda-calor"))).hasSize(25);
		assertThat(navegador.driver().findElement(By.cssSelector("#grafico-calor title")).getAttribute("textContent"))
			.isEqualTo("Mapa de calor del riesgo inherente, vigencia " + VIGENCIA);
		assertThat(navegador.texto(By.cssSelector("#tabla-calor td[data-probabilidad=ALTA][data-impacto=MODERADO]")))
			.isEqualTo("1 · Alto");
		enlaces.addAll(enlaces());
		navegador.captura("mapa-calor-inherente");

		navegador.enviarYEsperar(navegador.driver().findElement(By.id("ver-residual")));
		assertThat(navegador.texto(By.cssSelector("#tabla-calor td[data-probabilidad=MEDIA][data-impacto=MODERADO]")))
			.isEqualTo("1 · Moderado");
		assertThat(navegador.texto(By.cssSelector("#tabla-calor td[data-probabilidad=ALTA][data-impacto=MODERADO]")))
			.isEqualTo("0 · Alto");
		enlaces.addAll(enlaces());
		navegador.enviarYEsperar(navegador.driver()
			.findElement(By.cssSelector("#tabla-calor td[data-probabilidad=MEDIA][data-impacto=MODERADO] a")));
		assertThat(navegador.driver().findElements(By.cssSelector("tr[id^=riesgo-]"))).hasSize(1);
		assertThat(navegador.texto(By.cssSelector("tr[id^=riesgo-] a"))).isEqualTo("NAV-1");

		enlaces.add(pagina);
		for (String enlace : enlaces) {
			HttpResponse<byte[]> r = navegador.obtener(enlace);
			assertThat(r.statusCode()).as(enlace).isEqualTo(200);
			String html = new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
			assertThat(html).as(enlace).doesNotContain("titulo-error").doesNotContainPattern("\\?\\?[\\w.-]+_es");
		}
	}

	private Set<String> enlaces() {
		Set<String> enlaces = new LinkedHashSet<>();
		for (WebElement a : navegador.driver().findElements(By.cssSelector("a[href]"))) {
			String href = a.getAttribute("href");
			if (href != null && href.startsWith(navegador.base() + "/") && !href.contains("/logout")) {
				int fragmento = href.indexOf('#');
				enlaces.add(fragmento >= 0 ? href.substring(0, fragmento) : href);
			}
		}
		return enlaces;
	}

}
