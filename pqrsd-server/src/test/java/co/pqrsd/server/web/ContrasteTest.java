package co.pqrsd.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Every text/background pair the stylesheet uses meets WCAG 2.1 AA (contrast ratio ≥
 * 4.5:1).
 */
class ContrasteTest {

	private static final String[][] PARES = { { "texto", "fondo" }, { "texto", "blanco" }, { "suave", "fondo" },
			{ "suave", "blanco" }, { "blanco", "azul" }, { "azul", "blanco" }, { "azul", "fondo" },
			{ "azul-oscuro", "blanco" }, { "rojo", "blanco" }, { "verde", "blanco" }, { "ambar", "blanco" },
			{ "rojo", "#fde2e1" }, { "ambar", "#fff1cc" }, { "texto", "#e8edf3" }, { "texto", "#fff1a8" },
			{ "azul", "#e8f0f9" } };

	@Test
	void lasParejasDeColorCumplenAA() throws Exception {
		String css = Files.readString(Path.of("src/main/resources/static/css/pqrsd.css"));
		Map<String, String> variables = new HashMap<>();
		Matcher m = Pattern.compile("--([a-z-]+):\\s*(#[0-9a-fA-F]{3,6})").matcher(css);
		while (m.find()) {
			variables.put(m.group(1), m.group(2));
		}
		for (String[] par : PARES) {
			String frente = color(variables, par[0]);
			String fondo = color(variables, par[1]);
			assertThat(contraste(frente, fondo)).as("%s sobre %s", par[0], par[1]).isGreaterThanOrEqualTo(4.5);
		}
	}

	private static String color(Map<String, String> variables, String nombre) {
		return nombre.startsWith("#") ? nombre : variables.get(nombre);
	}

	static double contraste(String a, String b) {
		double la = luminancia(a);
		double lb = luminancia(b);
		return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
	}

	private static double luminancia(String hex) {
		String h = hex.substring(1);
		if (h.length() == 3) {
			h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
		}
		double[] c = new double[3];
		for (int i = 0; i < 3; i++) {
			double v = Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16) / 255.0;
			c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
		}
		return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
	}

}
