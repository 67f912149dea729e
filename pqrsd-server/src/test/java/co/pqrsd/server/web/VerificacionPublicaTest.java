package co.pqrsd.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.PruebaIntegracion;
import co.pqrsd.server.radicacion.VentanillaPublica;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The public page a sticker's QR code opens, for anyone on the Internet. */
@PruebaIntegracion
@ExtendWith(OutputCaptureExtension.class)
class VerificacionPublicaTest {

	@LocalServerPort
	int puerto;

	@Test
	void sinCodigoConCodigoErradoOConNumeroDesconocidoResponde404IgualYSinTrazas(CapturedOutput salida) {
		VentanillaPublica.preparar(puerto);
		String numero = ClienteApi.como(puerto, "radicador1", VentanillaPublica.CLAVE)
			.post("/api/v1/radicados",
					ClienteApi.json(Map.of("tipo", "ENTRADA", "asunto", "Verificación pública", "dependencia", "200",
							"medio", "PRESENCIAL", "remitente", Map.of("anonimo", true))))
			.json()
			.get("numero")
			.asString();
		ClienteApi anonimo = ClienteApi.anonimo(puerto);
		int antes = salida.getAll().length();
		var sinCodigo = anonimo.get("/verificacion/" + numero);
		var codigoErrado = anonimo.get("/verificacion/" + numero + "?c=ABCDEF123");
		var desconocido = anonimo.get("/verificacion/20990000099999?c=ABCDEF123");
		for (var r : java.util.List.of(sinCodigo, codigoErrado, desconocido)) {
			assertThat(r.estado()).isEqualTo(404);
			assertThat(r.tipo()).startsWith("text/html");
			assertThat(r.cuerpo()).contains("Página no encontrada")
				.contains("No encontramos un radicado con ese número y código de verificación");
		}
		assertThat(codigoErrado.cuerpo()).isEqualTo(desconocido.cuerpo());
		String registro = salida.getAll().substring(antes);
		assertThat(registro).doesNotContain("Error interno", "ResponseStatusException", "\tat ");
	}

	@Test
	void conElCodigoDeLaConstanciaMuestraQueEsAutenticoEnHoraDeColombia() throws Exception {
		VentanillaPublica.preparar(puerto);
		ClienteApi radicador = ClienteApi.como(puerto, "radicador1", VentanillaPublica.CLAVE);
		String numero = radicador
			.post("/api/v1/radicados",
					ClienteApi.json(Map.of("tipo", "ENTRADA", "asunto", "Verificación con código", "dependencia", "200",
							"medio", "PRESENCIAL", "remitente", Map.of("anonimo", true))))
			.json()
			.get("numero")
			.asString();
		byte[] constancia = radicador.get("/api/v1/radicados/" + numero + "/constancia.pdf").cruda().body();
		String texto;
		try (var pdf = org.apache.pdfbox.Loader.loadPDF(constancia)) {
			texto = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
		}
		var m = java.util.regex.Pattern.compile("/verificacion/" + numero + "\\?c=[0-9A-Za-z]+").matcher(texto);
		assertThat(m.find()).as("la constancia trae la dirección de verificación").isTrue();
		var r = ClienteApi.anonimo(puerto).get(m.group());
		assertThat(r.estado()).isEqualTo(200);
		assertThat(r.cuerpo()).contains("El radicado es auténtico.")
			.containsPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
	}

}
