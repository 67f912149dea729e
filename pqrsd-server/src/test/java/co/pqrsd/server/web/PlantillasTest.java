package co.pqrsd.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every text a person reads comes from the es-CO bundles (Petclinic's
 * I18nPropertiesSyncTest idea), and every date a person reads goes through the one
 * formatter ({@code @fechas}).
 */
class PlantillasTest {

	private static final Path PLANTILLAS = Path.of("src/main/resources/templates");

	private static final Path MENSAJES = Path.of("src/main/resources/messages");

	/**
	 * Templates of the security helper, not yet converted to the bundles. Remove each
	 * line once its template is converted.
	 */
	private static final Set<String> PROSA_PENDIENTE = Set.of();

	/** Attributes a person reads (or hears) when they hold static text. */
	private static final Set<String> ATRIBUTOS_LEGIBLES = Set.of("placeholder", "title", "aria-label", "alt", "abbr",
			"label", "summary");

	private static final Pattern CLAVE = Pattern.compile("#\\{([A-Za-z0-9_.-]+)");

	private static final Pattern CLAVE_DINAMICA = Pattern.compile("#\\{\\$\\{'([A-Za-z0-9_.-]+)'");

	private static final Pattern LETRA = Pattern.compile("\\p{L}");

	private static final Pattern TEMPORAL = Pattern.compile("#(temporals|dates|calendars)\\.");

	private static final Pattern EXPRESION = Pattern.compile("\\$\\{([^}]*)}");

	/**
	 * A name like a date, not followed by a property of it (d.fecha.dayOfMonth is a
	 * number).
	 */
	private static final Pattern NOMBRE_FECHA = Pattern
		.compile("\\b(fecha\\w*|instante|\\w+En|desde|hasta|vencimiento\\w*)\\b'?]?(?!\\s*[.(])");

	private static final Set<String> ATRIBUTOS_MOSTRADOS = Set.of("th:text", "th:utext", "th:title", "th:attr",
			"th:aria-label");

	@Test
	void cadaClaveUsadaEnLasPlantillasExisteEnLosMensajes() throws IOException {
		Properties mensajes = mensajes();
		List<String> faltan = new ArrayList<>();
		for (Path plantilla : plantillas()) {
			String html = Files.readString(plantilla);
			Matcher m = CLAVE.matcher(html);
			while (m.find()) {
				if (!mensajes.containsKey(m.group(1))) {
					faltan.add(nombre(plantilla) + ": " + m.group(1));
				}
			}
			Matcher d = CLAVE_DINAMICA.matcher(html);
			while (d.find()) {
				String prefijo = d.group(1);
				if (mensajes.stringPropertyNames().stream().noneMatch(k -> k.startsWith(prefijo))) {
					faltan.add(nombre(plantilla) + ": " + prefijo + "*");
				}
			}
		}
		assertThat(faltan).as("claves de mensajes que no existen").isEmpty();
	}

	@Test
	void lasClavesDinamicasCubrenTodosLosValores() throws IOException, ClassNotFoundException {
		Properties mensajes = mensajes();
		for (String estado : List.of("VIGENTE", "ANULADO")) {
			assertThat(mensajes).containsKey("radicacion.estado." + estado);
		}
		// TipoPersona is internal to radicación: read its values without widening it.
		for (Object tipo : Class.forName("co.pqrsd.server.radicacion.TipoPersona").getEnumConstants()) {
			assertThat(mensajes).containsKey("radicacion.tipoPersona." + ((Enum<?>) tipo).name());
		}
		for (var resultado : co.pqrsd.server.auditoria.Resultado.values()) {
			assertThat(mensajes).containsKey("auditoria.resultado." + resultado.name());
		}
	}

	@Test
	void ningunaPlantillaPropiaTieneProsaFueraDeLosMensajes() throws IOException {
		List<String> prosa = new ArrayList<>();
		for (Path plantilla : plantillas()) {
			if (PROSA_PENDIENTE.contains(nombre(plantilla))) {
				continue;
			}
			Document doc = Jsoup.parse(Files.readString(plantilla), "", Parser.htmlParser());
			for (Element e : doc.getAllElements()) {
				for (Attribute a : e.attributes()) {
					boolean legible = ATRIBUTOS_LEGIBLES.contains(a.getKey())
							|| a.getKey().equals("value") && esBoton(e);
					if (legible && LETRA.matcher(a.getValue()).find()) {
						prosa.add(nombre(plantilla) + ": <" + e.tagName() + " " + a.getKey() + "=\"" + a.getValue()
								+ "\">");
					}
				}
				if (reemplazaSuContenido(e) || e.tagName().equals("script") || e.tagName().equals("style")) {
					continue;
				}
				for (TextNode t : e.textNodes()) {
					if (LETRA.matcher(t.text()).find() && !dentroDeContenidoReemplazado(e)) {
						prosa.add(nombre(plantilla) + ": <" + e.tagName() + "> «" + t.text().strip() + "»");
					}
				}
			}
		}
		assertThat(prosa).as("texto visible escrito en la plantilla en lugar de #{...}").isEmpty();
	}

	@Test
	void ningunaPlantillaMuestraFechasSinElFormateadorUnico() throws IOException {
		List<String> crudas = new ArrayList<>();
		for (Path plantilla : plantillas()) {
			crudas.addAll(fechasCrudas(nombre(plantilla), Files.readString(plantilla)));
		}
		assertThat(crudas).as("fechas mostradas sin @fechas").isEmpty();
	}

	@Test
	void elDetectorDeFechasCrudasReconoceLasFormasUsuales() {
		assertThat(fechasCrudas("p", "<p th:text=\"${a['anuladoEn']}\">x</p>")).hasSize(1);
		assertThat(fechasCrudas("p", "<p th:text=\"${r.anulacion.anuladoEn}\">x</p>")).hasSize(1);
		assertThat(fechasCrudas("p", "<span th:text=\"${c.desde}\">x</span>")).hasSize(1);
		assertThat(fechasCrudas("p", "<p th:text=\"${#temporals.format(e.instante, 'HH:mm')}\">x</p>")).isNotEmpty();
		assertThat(fechasCrudas("p", "<p th:text=\"${@fechas.fechaHora(r.anulacion.anuladoEn)}\">x</p>")).isEmpty();
		assertThat(fechasCrudas("p", "<span th:text=\"${d.fecha != null} ? ${d.fecha.dayOfMonth} : ''\">1</span>"))
			.isEmpty();
		assertThat(fechasCrudas("p", "<input th:value=\"${fecha}\">")).as("valor ISO de un campo de fecha").isEmpty();
	}

	/**
	 * Anything named like a date or a date-time and shown as text must go through @fechas
	 * (Colombia's time, one format); #temporals would use the value's own offset.
	 */
	static List<String> fechasCrudas(String nombre, String html) {
		List<String> crudas = new ArrayList<>();
		if (TEMPORAL.matcher(html).find()) {
			crudas.add(nombre + ": usa #temporals/#dates/#calendars");
		}
		Document doc = Jsoup.parse(html, "", Parser.htmlParser());
		for (Element e : doc.getAllElements()) {
			for (Attribute a : e.attributes()) {
				if (!ATRIBUTOS_MOSTRADOS.contains(a.getKey())) {
					continue;
				}
				String valor = a.getValue()
					.replaceAll("@fechas\\.\\w+\\([^()]*(\\([^()]*\\))?[^()]*\\)", "FECHA")
					.replaceAll("[\\w.\\[\\]']+\\s*[!=]=\\s*null", "COND")
					.replaceAll("null\\s*[!=]=\\s*[\\w.\\[\\]']+", "COND");
				Matcher m = EXPRESION.matcher(valor);
				while (m.find()) {
					if (NOMBRE_FECHA.matcher(m.group(1)).find()) {
						crudas.add(nombre + ": " + a.getKey() + "=\"" + a.getValue() + "\"");
					}
				}
			}
		}
		return crudas;
	}

	/**
	 * th:text and the like replace the element's body: its prototype text never shows.
	 */
	private static boolean reemplazaSuContenido(Element e) {
		return e.hasAttr("th:text") || e.hasAttr("th:utext") || e.hasAttr("th:replace") || e.hasAttr("th:insert")
				|| e.hasAttr("th:errors") || e.hasAttr("th:remove");
	}

	private static boolean dentroDeContenidoReemplazado(Element e) {
		for (Element p = e.parent(); p != null; p = p.parent()) {
			if (reemplazaSuContenido(p) && !p.tagName().equals("html")) {
				return true;
			}
		}
		return false;
	}

	private static boolean esBoton(Element e) {
		return e.tagName().equals("button")
				|| e.tagName().equals("input") && Set.of("submit", "button", "reset").contains(e.attr("type"));
	}

	private static List<Path> plantillas() throws IOException {
		try (Stream<Path> archivos = Files.walk(PLANTILLAS)) {
			return archivos.filter(p -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static String nombre(Path plantilla) {
		return PLANTILLAS.relativize(plantilla).toString().replace('\\', '/');
	}

	static Properties mensajes() throws IOException {
		Properties todos = new Properties();
		Set<String> vistos = new TreeSet<>();
		try (Stream<Path> archivos = Files.list(MENSAJES)) {
			for (Path p : archivos.filter(a -> a.toString().endsWith(".properties")).sorted().toList()) {
				Properties uno = new Properties();
				try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
					uno.load(r);
				}
				for (String k : uno.stringPropertyNames()) {
					assertThat(vistos.add(k)).as("clave repetida entre paquetes: %s", k).isTrue();
				}
				todos.putAll(uno);
			}
		}
		return todos;
	}

}
