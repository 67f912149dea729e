package co.pqrsd.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.tableros.DatosTableros;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * Every dashlet rendered in its 400 px frame of the dashboard: its figures are those of
 * its JSON, its charts are accessible (title, description, table alternative), nothing
 * overflows the frame horizontally, the heat map's cells open their risks in the top
 * window; each role's dashboard opens without error and a funcionario cannot open Control
 * Interno's dashlets.
 */
class TablerosNavegadorTest extends PruebaNavegador {

	static final String TODOS = "avance-plan,plan-vencidas,mapa-calor,pqrsd-semaforo,pqrsd-etiquetas,"
			+ "pqrsd-oportunidad,cortes,radicados";

	@Override
	void antesDeAbrir() {
		DatosTableros.sembrar(puerto);
	}

	private JavascriptExecutor js() {
		return (JavascriptExecutor) navegador.driver();
	}

	private void ingresar(String usuario, String clave) {
		navegador.driver().switchTo().defaultContent();
		navegador.driver().manage().deleteAllCookies();
		navegador.ingresar(usuario, clave);
		assertThat(navegador.driver().getCurrentUrl()).doesNotContain("/login");
	}

	/** Enters the dashlet's frame once its page has loaded. */
	private void entrar(String nombre) {
		navegador.driver().switchTo().defaultContent();
		WebElement marco = navegador.driver().findElement(By.cssSelector("iframe[data-dashlet='" + nombre + "']"));
		assertThat(marco.getRect().getWidth()).as("ancho del marco de %s", nombre).isEqualTo(400);
		navegador.driver().switchTo().frame(marco);
		new WebDriverWait(navegador.driver(), java.time.Duration.ofSeconds(15))
			.until(d -> !d.findElements(By.cssSelector("main[data-dashlet='" + nombre + "']")).isEmpty()
					&& "complete".equals(js().executeScript("return document.readyState")));
	}

	/** Nothing wider than the frame, every chart with its title and description. */
	private void revisarMarco(String nombre) {
		Number ancho = (Number) js().executeScript("return document.documentElement.clientWidth");
		Number contenido = (Number) js()
			.executeScript("return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)");
		assertThat(ancho.intValue()).as("ancho útil de %s", nombre).isBetween(380, 400);
		assertThat(contenido.intValue()).as("desborde horizontal de %s", nombre).isLessThanOrEqualTo(ancho.intValue());
		assertThat(navegador.driver().findElements(By.id("titulo-error"))).as(nombre).isEmpty();
		assertThat(navegador.driver().findElements(By.cssSelector("header, nav"))).as("sin cabecera en %s", nombre)
			.isEmpty();
		for (WebElement svg : navegador.driver().findElements(By.cssSelector("svg.grafico"))) {
			assertThat(svg.getAttribute("role")).isEqualTo("img");
			String[] ids = svg.getAttribute("aria-labelledby").split(" ");
			assertThat(ids).hasSize(2);
			for (String id : ids) {
				String texto = navegador.driver().findElement(By.id(id)).getAttribute("textContent");
				assertThat(texto).as("%s de %s", id, nombre).isNotBlank();
			}
			assertThat(svg.findElement(By.tagName("title")).getAttribute("id")).isEqualTo(ids[0]);
		}
		int graficos = navegador.driver().findElements(By.cssSelector("svg.grafico")).size();
		if (graficos > 0) {
			assertThat(navegador.driver().findElements(By.cssSelector("details table, .tabla-desplazable table")))
				.as("tabla alternativa de %s", nombre)
				.isNotEmpty();
		}
	}

	private String atributo(String selector, String nombre) {
		return navegador.driver().findElement(By.cssSelector(selector)).getAttribute(nombre);
	}

	private double valor(String selector) {
		return Double.parseDouble(atributo(selector, "data-valor"));
	}

	private String textoInterno(String selector) {
		return navegador.driver().findElement(By.cssSelector(selector)).getAttribute("textContent").strip();
	}

	@Test
	void cadaDashletSeVeEnUnMarcoDe400pxConLasCifrasDeSuApi() {
		ingresar("tbcontrol", DatosTableros.CLAVE);
		int plan = DatosTableros.VIGENCIA_PLAN;
		int riesgos = DatosTableros.VIGENCIA_RIESGOS;
		navegador.ir("/tableros?vigencia=" + plan + "&corte=1");
		assertThat(navegador.texto(By.tagName("h1"))).isEqualTo("Tablero");
		List<String> marcos = new ArrayList<>();
		for (WebElement m : navegador.driver().findElements(By.cssSelector("iframe[data-dashlet]"))) {
			marcos.add(m.getAttribute("data-dashlet"));
		}
		assertThat(String.join(",", marcos)).isEqualTo(TODOS);
		// The heat map of the risks' vigencia, in the same frame.
		js().executeScript("document.querySelector(\"iframe[data-dashlet='mapa-calor']\").src = arguments[0]",
				"/tableros/dashlets/mapa-calor?vigencia=" + riesgos);
		ClienteApi api = DatosTableros.como(puerto, "tbcontrol");
		Map<String, JsonNode> datos = new HashMap<>();
		for (String nombre : marcos) {
			String consulta = nombre.equals("mapa-calor") ? "?vigencia=" + riesgos : "?vigencia=" + plan + "&corte=1";
			var r = api.get("/api/v1/tableros/" + nombre + consulta);
			assertThat(r.estado()).as(r.cuerpo()).isEqualTo(200);
			datos.put(nombre, r.json());
		}

		entrar("avance-plan");
		revisarMarco("avance-plan");
		JsonNode avance = datos.get("avance-plan").get("avance");
		assertThat(navegador.driver().findElements(By.cssSelector("#grafico-avance-plan g.barra"))).hasSize(6);
		for (JsonNode c : avance.get("componentes")) {
			String barra = "#grafico-avance-plan g.barra[data-clave='" + c.get("codigo").asString() + "']";
			double porcentaje = c.get("porcentaje").isNull() ? 0 : c.get("porcentaje").asDouble();
			assertThat(valor(barra)).isEqualTo(porcentaje);
			if (!c.get("texto").isNull()) {
				assertThat(atributo(barra, "data-texto")).startsWith(c.get("texto").asString());
				assertThat(textoInterno(barra + " text")).contains(c.get("texto").asString());
			}
			assertThat(textoInterno("#tabla-avance-plan tr[data-clave='" + c.get("codigo").asString() + "'] td"))
				.isEqualTo(String.valueOf(c.get("programadas").asInt()));
		}
		assertThat(textoInterno("#resumen-0")).startsWith("Avance general: ");
		String seguimiento = atributo(".dashlet-enlace a", "href");
		assertThat(seguimiento).endsWith("/plan/" + plan + "/cortes/1");
		assertThat(navegador.obtener(seguimiento).statusCode()).isEqualTo(200);

		entrar("plan-vencidas");
		revisarMarco("plan-vencidas");
		assertThat(navegador.driver().findElements(By.cssSelector("#tabla-plan-vencidas tbody tr")))
			.hasSize(datos.get("plan-vencidas").get("actividades").size());
		assertThat(textoInterno("#resumen-0"))
			.isEqualTo("Actividades vencidas: " + datos.get("plan-vencidas").get("actividades").size());

		entrar("mapa-calor");
		revisarMarco("mapa-calor");
		assertThat(navegador.driver().findElements(By.cssSelector("a.celda-calor"))).hasSize(50);
		String celda = "#calor-inherente a[data-probabilidad='ALTA'][data-impacto='MODERADO']";
		assertThat(atributo(celda, "data-cantidad")).isEqualTo("1");
		assertThat(atributo(celda, "data-zona")).isEqualTo("ALTO");
		assertThat(atributo("#calor-residual a[data-probabilidad='MEDIA'][data-impacto='MODERADO']", "data-cantidad"))
			.isEqualTo("1");
		assertThat(atributo("#calor-inherente a[data-probabilidad='BAJA'][data-impacto='MAYOR']", "data-cantidad"))
			.isEqualTo("1");
		assertThat(textoInterno("#tabla-calor-inherente tr[data-clave='ALTA'] td:nth-of-type(3)"))
			.isEqualTo("1 · Alto");

		entrar("pqrsd-semaforo");
		revisarMarco("pqrsd-semaforo");
		datos.get("pqrsd-semaforo")
			.get("porSemaforo")
			.properties()
			.forEach(e -> assertThat(valor("#grafico-pqrsd-semaforo g.barra[data-clave='" + e.getKey() + "']"))
				.as(e.getKey())
				.isEqualTo(e.getValue().asDouble()));
		assertThat(textoInterno("#resumen-0"))
			.isEqualTo("PQRSD abiertas: " + datos.get("pqrsd-semaforo").get("total").asLong());

		entrar("pqrsd-etiquetas");
		revisarMarco("pqrsd-etiquetas");
		datos.get("pqrsd-etiquetas")
			.get("porEtiqueta")
			.properties()
			.forEach(e -> assertThat(valor("#grafico-pqrsd-etiqueta g.barra[data-clave='" + e.getKey() + "']"))
				.isEqualTo(e.getValue().asDouble()));
		datos.get("pqrsd-etiquetas")
			.get("porCanal")
			.properties()
			.forEach(e -> assertThat(valor("#grafico-pqrsd-canal g.barra[data-clave='" + e.getKey() + "']"))
				.isEqualTo(e.getValue().asDouble()));

		entrar("pqrsd-oportunidad");
		revisarMarco("pqrsd-oportunidad");
		JsonNode oportunidad = datos.get("pqrsd-oportunidad");
		assertThat(navegador.driver().findElements(By.cssSelector("#grafico-pqrsd-oportunidad g.barra")))
			.hasSize(oportunidad.get("dependencias").size());
		String barra = "#grafico-pqrsd-oportunidad g.barra[data-clave='" + DatosTableros.DEPENDENCIA + "']";
		assertThat(valor(barra)).isEqualTo(100.0);
		assertThat(textoInterno(barra + " text")).isEqualTo(DatosTableros.NOMBRE_DEPENDENCIA + ": 100,0 % (1 de 1)");

		entrar("cortes");
		revisarMarco("cortes");
		assertThat(navegador.driver().findElements(By.cssSelector("#tabla-cortes tbody tr")))
			.hasSize(datos.get("cortes").get("cortes").size());
		assertThat(atributo("#tabla-cortes tbody tr", "data-clave")).isEqualTo("2026/1");
		assertThat(textoInterno("#tabla-cortes tbody tr th")).isEqualTo("Seguimiento 1 de 2026");

		entrar("radicados");
		revisarMarco("radicados");
		assertThat(textoInterno("#resumen-0"))
			.startsWith("Radicados: " + datos.get("radicados").get("total").asLong() + " ");
		long barras = 0;
		for (WebElement b : navegador.driver().findElements(By.cssSelector("#grafico-radicados g.barra"))) {
			barras += (long) Double.parseDouble(b.getAttribute("data-valor"));
		}
		assertThat(barras).isEqualTo(datos.get("radicados").get("total").asLong());

		navegador.driver().switchTo().defaultContent();
		js().executeScript("window.scrollTo(0, 0)");
		navegador.captura("tablero-control");
		js().executeScript("document.querySelector(\"iframe[data-dashlet='mapa-calor']\").scrollIntoView()");
		navegador.captura("tablero-control-calor");
		// A heat-map cell opens its risks in the top window.
		entrar("mapa-calor");
		navegador.driver().findElement(By.cssSelector(celda)).click();
		navegador.driver().switchTo().defaultContent();
		new WebDriverWait(navegador.driver(), java.time.Duration.ofSeconds(15))
			.until(d -> d.getCurrentUrl().contains("/riesgos?"));
		assertThat(navegador.driver().getCurrentUrl()).contains("vigencia=" + riesgos)
			.contains("probabilidad=ALTA")
			.contains("impacto=MODERADO");
		navegador.esperar(By.cssSelector("tr[id^=riesgo-]"));
		assertThat(navegador.driver().findElements(By.cssSelector("tr[id^=riesgo-]"))).hasSize(1);
	}

	@Test
	void cadaRolAbreSuTableroSinErroresYElFuncionarioNoVeLosDeControlInterno() {
		Map<String, String> esperados = Map.of("tbcontrol", TODOS, "tbjefe",
				"avance-plan,plan-vencidas,mapa-calor,pqrsd-semaforo,pqrsd-etiquetas,pqrsd-oportunidad,radicados",
				"tbfunc", "pqrsd-semaforo", "tbventanilla", "radicados", ClienteApi.ADMIN, TODOS);
		for (var e : esperados.entrySet()) {
			String usuario = e.getKey();
			ingresar(usuario, usuario.equals(ClienteApi.ADMIN) ? ClienteApi.CLAVE_ADMIN : DatosTableros.CLAVE);
			navegador.enviarYEsperar(navegador.driver().findElement(By.id("nav-tableros")));
			assertThat(navegador.driver().getCurrentUrl()).endsWith("/tableros");
			List<String> marcos = new ArrayList<>();
			for (WebElement m : navegador.driver().findElements(By.cssSelector("iframe[data-dashlet]"))) {
				marcos.add(m.getAttribute("data-dashlet"));
			}
			assertThat(String.join(",", marcos)).as(usuario).isEqualTo(e.getValue());
			for (String nombre : marcos) {
				entrar(nombre);
				revisarMarco(nombre);
			}
			navegador.driver().switchTo().defaultContent();
		}
		ingresar("tbfunc", DatosTableros.CLAVE);
		for (String nombre : List.of("cortes", "mapa-calor", "avance-plan", "pqrsd-oportunidad")) {
			HttpResponse<byte[]> r = navegador.obtener(navegador.base() + "/tableros/dashlets/" + nombre);
			assertThat(r.statusCode()).as(nombre).isEqualTo(403);
		}
		HttpResponse<byte[]> propio = navegador.obtener(navegador.base() + "/tableros/dashlets/pqrsd-semaforo");
		assertThat(propio.statusCode()).isEqualTo(200);
		String html = new String(propio.body(), StandardCharsets.UTF_8);
		assertThat(html).contains("Casos asignados a usted").doesNotContainPattern("\\?\\?[\\w.-]+_es");
		assertThat(propio.headers().firstValue("Content-Security-Policy").orElse(""))
			.contains("frame-ancestors 'self'");
		assertThat(navegador.obtener(navegador.base() + "/tableros/dashlets/inventado").statusCode()).isEqualTo(404);
	}

}
