package co.pqrsd.server.auditoria;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The documented catalogue of audited actions (docs/auditoria.md) lists every code the
 * server writes.
 */
class CatalogoDocumentadoTest {

	@Test
	void elCatalogoDocumentadoIncluyeCadaAccion() throws Exception {
		String doc = Files.readString(Path.of("../docs/auditoria.md"));
		for (AccionAuditoria a : AccionAuditoria.values()) {
			assertThat(doc).as("docs/auditoria.md documenta %s", a)
				.contains("| `" + a.name() + "` | " + a.descripcion() + " |");
		}
	}

}
