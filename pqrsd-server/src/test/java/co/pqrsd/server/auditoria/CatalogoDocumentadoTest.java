package co.pqrsd.server.auditoria;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The documented catalogue of audited actions (docs/auditoria.md) and the code agree both
 * ways: every documented action is written by some {@code registrar} call, and every
 * action written is documented.
 */
class CatalogoDocumentadoTest {

	private static final Pattern FILA = Pattern.compile("(?m)^\\| `([A-Z_]+)` \\| ");

	private static final Pattern LLAMADA = Pattern
		.compile("\\.(?:registrar(?:Aparte|Para|DelSistema)?|actuarComoSistema)\\(");

	private static final Pattern CONSTANTE = Pattern.compile("AccionAuditoria\\.([A-Z_]+)");

	@Test
	void elCatalogoDocumentadoIncluyeCadaAccion() throws Exception {
		String doc = Files.readString(Path.of("../docs/auditoria.md"));
		for (AccionAuditoria a : AccionAuditoria.values()) {
			assertThat(doc).as("docs/auditoria.md documenta %s", a)
				.contains("| `" + a.name() + "` | " + a.descripcion() + " |");
		}
	}

	@Test
	void cadaAccionDocumentadaSeEscribeEnAlgunaParteDelCodigo() throws Exception {
		Set<String> escritas = escritas();
		Set<String> documentadas = documentadas();
		assertThat(documentadas).isNotEmpty();
		for (String accion : documentadas) {
			assertThat(escritas).as("alguna llamada a registrar escribe %s (docs/auditoria.md la documenta)", accion)
				.contains(accion);
		}
	}

	@Test
	void cadaAccionEscritaEstaDocumentada() throws Exception {
		Set<String> documentadas = documentadas();
		Set<String> escritas = escritas();
		assertThat(escritas).isNotEmpty();
		assertThat(documentadas).as("acciones escritas sin documentar en docs/auditoria.md").containsAll(escritas);
		assertThat(Arrays.stream(AccionAuditoria.values()).map(Enum::name).toList())
			.as("acciones documentadas que no existen")
			.containsAll(documentadas);
	}

	private static Set<String> documentadas() throws IOException {
		Set<String> codigos = new TreeSet<>();
		Matcher m = FILA.matcher(Files.readString(Path.of("../docs/auditoria.md")));
		while (m.find()) {
			codigos.add(m.group(1));
		}
		return codigos;
	}

	/** The actions named inside the arguments of each registrar call of the main code. */
	private static Set<String> escritas() throws IOException {
		Set<String> acciones = new TreeSet<>();
		try (Stream<Path> fuentes = Files.walk(Path.of("src/main/java"))) {
			for (Path fuente : fuentes.filter(f -> f.toString().endsWith(".java")).toList()) {
				String codigo = Files.readString(fuente);
				Matcher llamada = LLAMADA.matcher(codigo);
				while (llamada.find()) {
					Matcher constante = CONSTANTE.matcher(argumentos(codigo, llamada.end()));
					while (constante.find()) {
						acciones.add(constante.group(1));
					}
				}
			}
		}
		return acciones;
	}

	private static String argumentos(String codigo, int desde) {
		int nivel = 1;
		int i = desde;
		while (i < codigo.length() && nivel > 0) {
			char c = codigo.charAt(i++);
			nivel += c == '(' ? 1 : c == ')' ? -1 : 0;
		}
		return codigo.substring(desde, i);
	}

}
