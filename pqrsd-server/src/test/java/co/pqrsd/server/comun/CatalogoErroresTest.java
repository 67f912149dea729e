package co.pqrsd.server.comun;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Error codes live in one catalogue, {@code docs/errores.md}: every code the sources
 * raise is documented there, and every documented code is still raised somewhere. Codes
 * are found where errors are built: the domain exceptions, the legal refusals of the
 * core, problem+json built by hand, field errors, and the error mappers.
 */
class CatalogoErroresTest {

	private static final String CODIGO = "\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\"";

	private static final List<Pattern> DONDE_SE_CREAN = List.of(Pattern.compile(
			"(?:new\\s+(?:[\\w.]+\\.)?(?:ErrorDominio|NoEncontrado|NoDisponible|Conflicto|ConflictoDeEstado|DemasiadoGrande)|super|requerido|advertir)"
					+ "\\(\\s*(?:[\\w.()]+,\\s*)?" + CODIGO),
			Pattern.compile("Problemas\\.\\w+\\(\\s*HttpStatus\\.\\w+,\\s*" + CODIGO),
			Pattern.compile("new\\s+CampoInvalido\\([^;]*?" + CODIGO + "\\)"),
			Pattern.compile("(?:new\\s+Rechazo|rechazo)\\(\\s*[\\w.]+,\\s*" + CODIGO),
			Pattern.compile("Advertencia\\(\\s*" + CODIGO));

	private static final Pattern ASIGNACION_DE_CODIGO = Pattern.compile("(?:codigo|CODIGO)\\s*=\\s*[^;]*?;",
			Pattern.DOTALL);

	/** Classes whose whole job is to turn failures into problem+json codes. */
	private static final Set<String> MAPEADORES = Set.of("ManejadorErrores.java", "ConfiguracionSeguridad.java",
			"ErroresSeguridad.java");

	private static final Pattern LITERAL = Pattern.compile(CODIGO);

	private static final Pattern FILA_CATALOGO = Pattern.compile("^\\| `([A-Z0-9_]+)` \\|", Pattern.MULTILINE);

	@Test
	void cadaCodigoDeErrorDelCodigoFuenteEstaEnElCatalogoYViceversa() throws IOException {
		Path raiz = Path.of("..").toAbsolutePath().normalize();
		Set<String> usados = new TreeSet<>();
		for (String modulo : List.of("pqrsd-core", "pqrsd-server")) {
			try (Stream<Path> fuentes = Files.walk(raiz.resolve(modulo).resolve("src/main/java"))) {
				for (Path fuente : fuentes.filter(p -> p.toString().endsWith(".java")).toList()) {
					usados.addAll(codigos(fuente));
				}
			}
		}
		String catalogo = Files.readString(raiz.resolve("docs/errores.md"), StandardCharsets.UTF_8);
		Set<String> documentados = new TreeSet<>();
		Matcher fila = FILA_CATALOGO.matcher(catalogo);
		while (fila.find()) {
			documentados.add(fila.group(1));
		}
		assertThat(usados).as("códigos que faltan en docs/errores.md").isSubsetOf(documentados);
		assertThat(documentados).as("códigos de docs/errores.md que ya nada usa").isSubsetOf(usados);
	}

	private static Set<String> codigos(Path fuente) throws IOException {
		String texto = Files.readString(fuente, StandardCharsets.UTF_8);
		Set<String> codigos = new TreeSet<>();
		for (Pattern patron : DONDE_SE_CREAN) {
			Matcher m = patron.matcher(texto);
			while (m.find()) {
				codigos.add(m.group(1));
			}
		}
		Matcher asignacion = ASIGNACION_DE_CODIGO.matcher(texto);
		while (asignacion.find()) {
			codigos.addAll(literales(asignacion.group()));
		}
		if (MAPEADORES.contains(fuente.getFileName().toString())) {
			codigos.addAll(literales(texto));
		}
		codigos.removeIf(c -> c.startsWith("ROLE_"));
		return codigos;
	}

	private static Set<String> literales(String texto) {
		Set<String> encontrados = new TreeSet<>();
		Matcher m = LITERAL.matcher(texto);
		while (m.find()) {
			encontrados.add(m.group(1));
		}
		return encontrados;
	}

}
