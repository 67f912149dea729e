package co.pqrsd.server.radicacion;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.security.MessageDigest;
import java.util.HexFormat;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.ClienteApi.Parte;
import co.pqrsd.server.PruebaIntegracion;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Decompression bombs uploaded through the real API: a PDF whose content stream inflates
 * to 1 GiB and a .docx whose document.xml inflates to 2 GiB. They are parsed in the
 * worker JVMs only (a short time limit here so the test is quick), the bytes are kept,
 * and the server's own heap and its answers are not affected.
 */
@PruebaIntegracion
@TestPropertySource(properties = { "pqrsd.documentos.tiempo-maximo=10s", "pqrsd.documentos.memoria-trabajador=256MB" })
class BombasDescompresionTest extends PruebaVentanilla {

	@Test
	void unaBombaPdfYUnaBombaDocxSeGuardanSinTextoYElServidorSigueRespondiendo() throws Exception {
		byte[] pdf = DocumentosHostilesTest.bombaPdfConTexto(1L << 30);
		byte[] docx = DocumentosHostilesTest.bombaDocx(2L << 30);
		MemoryPoolMXBean vieja = generacionVieja();
		System.gc();
		long antes = vieja.getUsage().getUsed();
		vieja.resetPeakUsage();

		var r = ventanilla.multipart("/api/v1/radicados",
				Parte.json("radicado", Ventanilla.entrada("Bomba de descompresión", "200", "70707070")),
				Parte.archivo("principal", "bomba.pdf", "application/pdf", pdf));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
		String numero = r.json().get("numero").asString();
		JsonNode documento = r.json().get("documentos").get(0);
		assertThat(documento.get("tipoMime").asString()).isEqualTo("application/pdf");
		assertThat(documento.get("estadoTexto").asString()).isEqualTo("EXCEDIDO");
		assertThat(documento.get("sha256").asString()).isEqualTo(sha256(pdf));

		var d = ventanilla.multipart("/api/v1/radicados/" + numero + "/documentos?anexo=true",
				Parte.archivo("archivo", "bomba.docx", "application/octet-stream", docx));
		assertThat(d.estado()).as(d.cuerpo()).isEqualTo(201);
		assertThat(d.json().get("tipoMime").asString())
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(d.json().get("estadoTexto").asString()).isEqualTo("EXCEDIDO");

		// The bytes are kept as they came.
		var descarga = ventanilla.get("/api/v1/radicados/" + numero + "/documentos/" + documento.get("id").asLong());
		assertThat(descarga.estado()).isEqualTo(200);
		assertThat(sha256(descarga.cruda().body())).isEqualTo(sha256(pdf));
		// Stamping obeys the same limits: a clear answer, never a 500 nor a crash.
		var estampado = ventanilla
			.get("/api/v1/radicados/" + numero + "/documentos/" + documento.get("id").asLong() + "/estampado.pdf");
		assertThat(estampado.estado()).as(estampado.cuerpo()).isIn(200, 400);

		long crecimiento = vieja.getPeakUsage().getUsed() - antes;
		assertThat(crecimiento).as("crecimiento del heap del servidor (bytes)").isLessThan(256L << 20);

		long inicio = System.nanoTime();
		var salud = ClienteApi.anonimo(puerto).get("/readyz");
		assertThat(salud.estado()).isEqualTo(200);
		assertThat((System.nanoTime() - inicio) / 1_000_000).as("ms de /readyz").isLessThan(5_000);
		var normal = ventanilla.multipart("/api/v1/radicados",
				Parte.json("radicado", Ventanilla.entrada("Después de la bomba", "200", "71717171")),
				Parte.archivo("principal", "carta.pdf", "application/pdf",
						Ventanilla.pdf("Peticion normal despues de la bomba")));
		assertThat(normal.estado()).as(normal.cuerpo()).isEqualTo(201);
		assertThat(normal.json().get("documentos").get(0).get("estadoTexto").asString()).isEqualTo("EXTRAIDO");
	}

	private static MemoryPoolMXBean generacionVieja() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(p -> p.getType() == MemoryType.HEAP)
			.filter(p -> p.getName().contains("Old") || p.getName().contains("Tenured"))
			.findFirst()
			.orElseThrow();
	}

	private static String sha256(byte[] datos) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(datos));
	}

}
