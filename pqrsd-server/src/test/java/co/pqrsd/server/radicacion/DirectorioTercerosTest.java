package co.pqrsd.server.radicacion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.PruebaIntegracion;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The senders and addressees directory holds every citizen's personal data (Ley 1581 de
 * 2012): only the ventanilla and admins read or change it, every access is audited, and
 * radicating never rewrites it.
 */
@PruebaIntegracion
class DirectorioTercerosTest extends PruebaVentanilla {

	private JsonNode radicar(ClienteApi quien, String json) {
		var r = quien.post("/api/v1/radicados", json);
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
		return r.json();
	}

	private long auditadas(String accion, String usuario) {
		return jdbc.queryForObject("SELECT count(*) FROM auditoria_evento WHERE accion = ? AND usuario = ?", Long.class,
				accion, usuario);
	}

	@Test
	void unFuncionarioNoLeeElDirectorioYLaDenegacionQuedaAuditada() {
		radicar(ventanilla, Ventanilla.entrada("Directorio restringido", "200", "61616161"));
		long antes = auditadas("ACCESO_DENEGADO", "gobierno1");
		var r = Ventanilla.como(puerto, "gobierno1").get("/api/v1/terceros?q=61616161");
		assertThat(r.estado()).isEqualTo(403);
		assertThat(r.cuerpo()).doesNotContain("61616161").doesNotContain("maria@correo.co");
		assertThat(auditadas("ACCESO_DENEGADO", "gobierno1")).isEqualTo(antes + 1);
	}

	@Test
	void losComodinesNoListanTodoElDirectorio() {
		radicar(ventanilla, Ventanilla.entrada("Comodines", "200", "62626262"));
		for (String comodin : new String[] { "___", "%%%", "_%_", "\\\\\\" }) {
			var r = ventanilla.get("/api/v1/terceros?q="
					+ java.net.URLEncoder.encode(comodin, java.nio.charset.StandardCharsets.UTF_8));
			assertThat(r.estado()).as(comodin).isEqualTo(200);
			assertThat(r.json()).as(comodin).isEmpty();
		}
		var corta = ventanilla.get("/api/v1/terceros?q=__");
		assertThat(corta.estado()).isEqualTo(400);
		assertThat(corta.json().get("code").asString()).isEqualTo("CONSULTA_MUY_CORTA");
		assertThat(ventanilla.get("/api/v1/terceros?q=6262").json()).hasSize(1);
	}

	@Test
	void cadaLecturaYCadaCreacionDelDirectorioQuedanAuditadas() {
		long creados = auditadas("TERCERO_CREADO", "radicador1");
		radicar(ventanilla, Ventanilla.entrada("Tercero nuevo", "200", "63636363"));
		assertThat(auditadas("TERCERO_CREADO", "radicador1")).isEqualTo(creados + 1);
		radicar(ventanilla, Ventanilla.entrada("El mismo tercero otra vez", "200", "63636363"));
		assertThat(auditadas("TERCERO_CREADO", "radicador1")).as("ya existía").isEqualTo(creados + 1);
		long consultas = auditadas("TERCERO_CONSULTADO", "radicador1");
		var r = ventanilla.get("/api/v1/terceros?q=636363");
		assertThat(r.json()).hasSize(1);
		assertThat(auditadas("TERCERO_CONSULTADO", "radicador1")).isEqualTo(consultas + 1);
		assertThat(jdbc.queryForObject(
				"SELECT detalles->>'consulta' FROM auditoria_evento WHERE accion = 'TERCERO_CONSULTADO' ORDER BY id DESC LIMIT 1",
				String.class))
			.isEqualTo("636363");
	}

	@Test
	void unaSalidaNoReescribeLosDatosDelCiudadanoEnElDirectorio() {
		String entrada = radicar(ventanilla, Ventanilla.entrada("Petición original", "200", "64646464")).get("numero")
			.asString();
		var salida = radicar(Ventanilla.como(puerto, "gobierno1"),
				ClienteApi.json(Map.of("tipo", "SALIDA", "asunto", "Respuesta", "dependencia", "200", "medio",
						"CORREO_ELECTRONICO", "destinatario",
						Map.of("tipoDocumento", "CC", "numeroDocumento", "64646464", "nombre", "María José Pérez Gómez",
								"correo", "atacante@malo.co", "telefono", "3110000000"))));
		assertThat(salida.get("destinatario").get("correo").asString()).as("el radicado guarda lo que se le dio")
			.isEqualTo("atacante@malo.co");
		JsonNode tercero = ventanilla.get("/api/v1/terceros?q=64646464").json().get(0);
		assertThat(tercero.get("correo").asString()).isEqualTo("maria@correo.co");
		assertThat(tercero.get("telefono").asString()).isEqualTo("3001234567");

		long id = tercero.get("id").asLong();
		String cambio = ClienteApi.json(Map.of("tipoPersona", "NATURAL", "nombre", "María José Pérez Gómez", "correo",
				"maria.nuevo@correo.co", "telefono", "3001234567", "direccion", "Calle 10 # 5-20"));
		assertThat(Ventanilla.como(puerto, "gobierno1").put("/api/v1/terceros/" + id, cambio).estado()).isEqualTo(403);
		var actualizado = ventanilla.put("/api/v1/terceros/" + id, cambio);
		assertThat(actualizado.estado()).as(actualizado.cuerpo()).isEqualTo(200);
		assertThat(actualizado.json().get("correo").asString()).isEqualTo("maria.nuevo@correo.co");
		assertThat(jdbc.queryForObject("""
				SELECT detalles->'cambios'->'correo'->>'antes' FROM auditoria_evento
				WHERE accion = 'TERCERO_ACTUALIZADO' AND objeto_id = ?""", String.class, Long.toString(id)))
			.isEqualTo("maria@correo.co");
		assertThat(ventanilla.get("/api/v1/radicados/" + entrada).json().get("remitente").get("correo").asString())
			.as("el radicado conserva los datos con que se radicó")
			.isEqualTo("maria@correo.co");
		var invalido = ventanilla.put("/api/v1/terceros/" + id, ClienteApi.json(Map.of("nombre", "x".repeat(301))));
		assertThat(invalido.estado()).isEqualTo(400);
		assertThat(ventanilla.put("/api/v1/terceros/999999", cambio).estado()).isEqualTo(404);
	}

	@Test
	void losPosiblesDuplicadosSoloParaQuienRadicaYSinNumerosAjenos() {
		radicar(ventanilla, Ventanilla.entrada("Solicitud de poda del árbol del parque", "200", "65656565"));
		String ruta = "/api/v1/radicados/posibles-duplicados?numeroDocumento=65656565&asunto=" + java.net.URLEncoder
			.encode("Solicitud de poda de árbol del parque", java.nio.charset.StandardCharsets.UTF_8);
		assertThat(ventanilla.get(ruta).json()).hasSize(1);
		assertThat(Ventanilla.como(puerto, "gobierno1").get(ruta).json()).as("de su dependencia").hasSize(1);
		var ajena = Ventanilla.como(puerto, "hacienda1").get(ruta);
		assertThat(ajena.estado()).isEqualTo(200);
		assertThat(ajena.json()).as("números de otra dependencia").isEmpty();
		assertThat(Ventanilla.como(puerto, "archivo1").get(ruta).estado()).isEqualTo(403);
	}

}
