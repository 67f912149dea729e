package co.pqrsd.server.radicacion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.ClienteApi.Parte;
import co.pqrsd.server.PruebaIntegracion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Who may write what into a radicado, and what a denied request leaves behind. */
@PruebaIntegracion
class PermisosRadicacionTest extends PruebaVentanilla {

	@BeforeEach
	void preparar() {
		ClienteApi admin = ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
		if (admin.get("/api/v1/usuarios/control1").estado() != 200) {
			Ventanilla.usuario(admin, "control1", List.of("CONTROL_INTERNO"), "100");
		}
	}

	private String radicar(String asunto, String documento) {
		var r = ventanilla.post("/api/v1/radicados", Ventanilla.entrada(asunto, "200", documento));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
		return r.json().get("numero").asString();
	}

	private static String interna(String asunto, String dependencia) {
		return ClienteApi.json(Map.of("tipo", "INTERNA", "asunto", asunto, "dependencia", dependencia, "medio",
				"PRESENCIAL", "destinatario", Map.of("nombre", "Secretario de Hacienda")));
	}

	@Test
	void unaRadicacionDenegadaNoSeGuardaNiConsumeNumero() {
		var gobierno = Ventanilla.como(puerto, "gobierno1");
		var primera = gobierno.post("/api/v1/radicados", interna("Memorando previo", "200"));
		assertThat(primera.estado()).as(primera.cuerpo()).isEqualTo(201);
		long consecutivo = primera.json().get("consecutivo").asLong();

		var denegada = gobierno.post("/api/v1/radicados", interna("Memorando a otra dependencia", "300"));
		assertThat(denegada.estado()).isEqualTo(403);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM radicado WHERE asunto = 'Memorando a otra dependencia'",
				Long.class))
			.isZero();

		var siguiente = gobierno.post("/api/v1/radicados", interna("Memorando siguiente", "200"));
		assertThat(siguiente.estado()).as(siguiente.cuerpo()).isEqualTo(201);
		assertThat(siguiente.json().get("consecutivo").asLong()).as("sin huecos").isEqualTo(consecutivo + 1);
	}

	@Test
	void controlInternoNoEscribeAnotaciones() {
		String numero = radicar("Anotación de Control Interno", "71717171");
		var r = Ventanilla.como(puerto, "control1")
			.post("/api/v1/radicados/" + numero + "/anotaciones", "{\"texto\":\"Observación de auditoría\"}");
		assertThat(r.estado()).isEqualTo(403);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM radicado_anotacion WHERE numero = ?", Long.class, numero))
			.isZero();
		assertThat(Ventanilla.como(puerto, "control1").get("/api/v1/radicados/" + numero).estado()).as("pero sí lee")
			.isEqualTo(200);
	}

	@Test
	void rechazaAnotacionDemasiadoLarga() {
		String numero = radicar("Anotación enorme", "72727272");
		var r = ventanilla.post("/api/v1/radicados/" + numero + "/anotaciones",
				ClienteApi.json(Map.of("texto", "x".repeat(4001))));
		assertThat(r.estado()).isEqualTo(400);
		assertThat(r.tipo()).startsWith("application/problem+json");
		assertThat(r.json().get("code").asString()).isEqualTo("TEXTO_DEMASIADO_LARGO");
		assertThat(r.json().get("parametros").get("campo").asString()).isEqualTo("texto");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM radicado_anotacion WHERE numero = ?", Long.class, numero))
			.isZero();
		assertThat(ventanilla
			.post("/api/v1/radicados/" + numero + "/anotaciones", ClienteApi.json(Map.of("texto", "x".repeat(4000))))
			.estado()).isEqualTo(201);
	}

	@Test
	void losCamposDeTextoTienenTopeYDanCuatrocientos() {
		var r = ventanilla.post("/api/v1/radicados",
				ClienteApi.json(Map.of("tipo", "ENTRADA", "asunto", "Topes", "dependencia", "200", "medio",
						"PRESENCIAL", "radicadoRelacionado", "9".repeat(41), "remitente", Map.of("anonimo", true))));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(400);
		assertThat(r.json().get("errores").get(0).get("campo").asString()).isEqualTo("radicadoRelacionado");
		assertThat(r.json().get("errores").get(0).get("codigo").asString()).isEqualTo("LONGITUD_INVALIDA");
		String numero = radicar("Anulación con acta enorme", "73737373");
		var anulacion = Ventanilla.como(puerto, "jefecorresp")
			.post("/api/v1/radicados/" + numero + "/anulacion",
					ClienteApi.json(Map.of("justificacion", "Error", "acta", "A".repeat(81))));
		assertThat(anulacion.estado()).isEqualTo(400);
		assertThat(anulacion.json().get("parametros").get("campo").asString()).isEqualTo("acta");
	}

	@Test
	void elPersonalDeLaDependenciaNoVeLasLecturasDeControlInterno() {
		String numero = radicar("Leído por Control Interno", "74747474");
		assertThat(Ventanilla.como(puerto, "control1").get("/api/v1/radicados/" + numero).estado()).isEqualTo(200);
		JsonNode paraGobierno = Ventanilla.como(puerto, "gobierno1")
			.get("/api/v1/auditoria/objetos/RADICADO/" + numero)
			.json();
		assertThat(paraGobierno.findValuesAsString("accion")).contains("RADICADO_CREADO");
		assertThat(paraGobierno.findValuesAsString("usuario")).doesNotContain("control1");
		JsonNode paraAdmin = ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN)
			.get("/api/v1/auditoria/objetos/RADICADO/" + numero)
			.json();
		assertThat(paraAdmin.findValuesAsString("usuario")).contains("control1");
	}

	@Test
	void unDocumentoRecibidoNoSeVersionaSinoQueSeAnexa() {
		var r = ventanilla.multipart("/api/v1/radicados",
				Parte.json("radicado", Ventanilla.entrada("Con documento del ciudadano", "200", "75757575")),
				Parte.archivo("principal", "peticion.pdf", "application/pdf", Ventanilla.pdf("original")));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
		String numero = r.json().get("numero").asString();
		long original = r.json().get("documentos").get(0).get("id").asLong();
		var gobierno = Ventanilla.como(puerto, "gobierno1");
		var version = gobierno.multipart("/api/v1/radicados/" + numero + "/documentos?versionDe=" + original,
				Parte.archivo("archivo", "peticion.pdf", "application/pdf", Ventanilla.pdf("version dos")));
		assertThat(version.estado()).as(version.cuerpo()).isEqualTo(409);
		assertThat(version.json().get("code").asString()).isEqualTo("DOCUMENTO_RECIBIDO_INMUTABLE");
		var principal = gobierno.multipart("/api/v1/radicados/" + numero + "/documentos",
				Parte.archivo("archivo", "otra.pdf", "application/pdf", Ventanilla.pdf("otra")));
		assertThat(principal.json().get("rol").asString()).as("un segundo principal es anexo").isEqualTo("ANEXO");
		JsonNode documentos = ventanilla.get("/api/v1/radicados/" + numero).json().get("documentos");
		assertThat(documentos).hasSize(2);
		assertThat(documentos.get(0).get("id").asLong()).isEqualTo(original);
		assertThat(documentos.get(0).get("rol").asString()).isEqualTo("PRINCIPAL");
	}

	@Test
	void unRadicadoDeOtraDependenciaSeRespondeComoInexistente() {
		String numero = radicar("Solo para Gobierno", "76767676");
		var hacienda = Ventanilla.como(puerto, "hacienda1");
		var ajeno = hacienda.get("/api/v1/radicados/" + numero);
		var inexistente = hacienda.get("/api/v1/radicados/20991200999992");
		assertThat(ajeno.estado()).isEqualTo(404);
		assertThat(inexistente.estado()).isEqualTo(404);
		assertThat(ajeno.json().get("code").asString()).isEqualTo(inexistente.json().get("code").asString())
			.isEqualTo("RADICADO_NO_ENCONTRADO");
		assertThat(ajeno.cuerpo()).doesNotContain("Solo para Gobierno");
		assertThat(hacienda.get("/api/v1/radicados/" + numero + "/rotulo.pdf").estado()).isEqualTo(404);
		assertThat(hacienda.post("/api/v1/radicados/" + numero + "/anotaciones", "{\"texto\":\"intento\"}").estado())
			.isEqualTo(404);
		assertThat(jdbc.queryForObject("""
				SELECT count(*) FROM auditoria_evento WHERE accion = 'ACCESO_DENEGADO' AND usuario = 'hacienda1'
				  AND objeto_tipo = 'RADICADO' AND objeto_id = ? AND resultado = 'DENEGADO'""", Long.class, numero))
			.isEqualTo(3);
	}

}
