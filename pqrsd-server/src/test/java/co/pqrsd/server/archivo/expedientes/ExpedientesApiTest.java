package co.pqrsd.server.archivo.expedientes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.PruebaIntegracion;
import co.pqrsd.server.archivo.trd.ArchivoPrueba;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Expedientes from apertura to cierre through the API (issue #11; R-EXP-2 to R-EXP-5).
 */
@PruebaIntegracion
class ExpedientesApiTest {

	@LocalServerPort
	int puerto;

	@Autowired
	JdbcTemplate jdbc;

	ClienteApi jefe;

	@BeforeEach
	void preparar() {
		ArchivoPrueba.trdVigente(puerto);
		jefe = ArchivoPrueba.como(puerto, "arqjefe");
	}

	private JsonNode abrir(ClienteApi quien, String serie, String subserie, String nivel) {
		Map<String, Object> s = new java.util.HashMap<>(Map.of("dependencia", "811", "serie", serie, "nombre",
				"Contrato de obra 12", "descripcion", "Obra de la vía", "nivelAcceso", nivel));
		if (subserie != null) {
			s.put("subserie", subserie);
		}
		if (!nivel.equals("PUBLICA")) {
			s.put("fundamentoReserva", "Ley 1712 de 2014, art. 19, literal a");
			s.put("reservaHasta", "2030-12-31");
		}
		var r = quien.post("/api/v1/expedientes", ClienteApi.json(s));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
		return r.json();
	}

	private ClienteApi.Respuesta subir(long id, String nombre, String tipo, byte[] contenido) {
		return jefe.multipart("/api/v1/expedientes/" + id + "/documentos?tipologia=Contrato",
				ClienteApi.Parte.archivo("archivo", nombre, tipo, contenido));
	}

	@Test
	void unExpedienteVaDeLaAperturaAlCierreConSuIndiceSellado() {
		// Serie 02.02 of 811 counts its retention from the cierre (its procedure names no
		// other event).
		JsonNode e = abrir(jefe, "02", "02", "PUBLICA");
		long id = e.get("id").asLong();
		assertThat(e.get("numero").asString()).startsWith("2026-811-02-02-");
		assertThat(e.get("estado").asString()).isEqualTo("ABIERTO");
		long consecutivo = Long
			.parseLong(e.get("numero").asString().substring(e.get("numero").asString().lastIndexOf('-') + 1));
		JsonNode siguiente = abrir(jefe, "02", "02", "PUBLICA");
		assertThat(siguiente.get("numero").asString()).endsWith(String.format("-%04d", consecutivo + 1));

		byte[] contrato = ArchivoPrueba.pdf(3, "Contrato");
		var pdf = subir(id, "contrato.pdf", "application/pdf", contrato);
		assertThat(pdf.estado()).as(pdf.cuerpo()).isEqualTo(201);
		var txt = subir(id, "acta.txt", "text/plain", "Acta de inicio de la obra".getBytes(StandardCharsets.UTF_8));
		assertThat(txt.estado()).as(txt.cuerpo()).isEqualTo(201);
		var otroPdf = subir(id, "informe.pdf", "application/pdf", ArchivoPrueba.pdf(2, "Informe"));
		assertThat(otroPdf.estado()).as(otroPdf.cuerpo()).isEqualTo(201);
		assertThat(subir(id, "copia.pdf", "application/pdf", contrato).estado()).isEqualTo(409);

		JsonNode indice = jefe.get("/api/v1/expedientes/" + id + "/indice").json();
		assertThat(indice).hasSize(3);
		assertThat(indice.get(0).get("orden").asInt()).isEqualTo(1);
		assertThat(indice.get(0).get("paginaInicio").asInt()).isEqualTo(1);
		assertThat(indice.get(0).get("paginaFin").asInt()).isEqualTo(3);
		assertThat(indice.get(0).get("formato").asString()).isEqualTo("PDF");
		assertThat(indice.get(0).get("funcionResumen").asString()).isEqualTo("SHA-256");
		assertThat(indice.get(1).get("paginaInicio").asInt()).isEqualTo(4);
		assertThat(indice.get(2).get("paginaInicio").asInt()).isEqualTo(5);
		assertThat(indice.get(2).get("paginaFin").asInt()).isEqualTo(6);
		assertThat(indice.get(1).get("sha256").asString()).hasSize(64);

		// The índice is append-only in the database itself.
		assertThatThrownBy(
				() -> jdbc.update("UPDATE archivo_indice_entrada SET nombre = 'x' WHERE expediente_id = ?", id))
			.rootCause()
			.hasMessageContaining("no está permitido");
		assertThatThrownBy(() -> jdbc.update("DELETE FROM archivo_indice_entrada WHERE expediente_id = ?", id))
			.rootCause()
			.hasMessageContaining("no está permitido");

		var cierre = jefe.post("/api/v1/expedientes/" + id + "/cierre", "");
		assertThat(cierre.estado()).as(cierre.cuerpo()).isEqualTo(200);
		assertThat(cierre.json().get("estado").asString()).isEqualTo("CERRADO");
		assertThat(cierre.json().get("indiceSha256").asString()).hasSize(64);
		assertThat(cierre.json().get("fechaInicioRetencion").asString()).isEqualTo("2026-03-10");
		assertThat(cierre.json().get("fechaCierre").asString()).isEqualTo("2026-03-10");

		var tarde = subir(id, "tarde.txt", "text/plain", "tarde".getBytes(StandardCharsets.UTF_8));
		assertThat(tarde.estado()).isEqualTo(409);
		assertThat(tarde.json().get("code").asString()).isEqualTo("EXPEDIENTE_CERRADO");
		assertThat(jefe.post("/api/v1/expedientes/" + id + "/cierre", "").json().get("code").asString())
			.isEqualTo("EXPEDIENTE_CERRADO");
		assertThatThrownBy(() -> jdbc.update("UPDATE archivo_expediente SET nombre = 'otro' WHERE id = ?", id))
			.rootCause()
			.hasMessageContaining("cerrado no se modifica");
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM auditoria_evento WHERE objeto_id = ? AND accion IN ('EXPEDIENTE_ABIERTO','EXPEDIENTE_DOCUMENTO_INCORPORADO','EXPEDIENTE_CERRADO')",
				Long.class, e.get("numero").asString()))
			.isEqualTo(5);

		var descarga = jefe.get("/api/v1/expedientes/" + id + "/documentos/2");
		assertThat(descarga.cuerpo()).isEqualTo("Acta de inicio de la obra");
	}

	@Test
	void soloSeAbreBajoUnaSerieDeLaTrdVigenteYPorLaDependencia() {
		var fuera = jefe.post("/api/v1/expedientes",
				ClienteApi.json(Map.of("dependencia", "811", "serie", "99", "nombre", "Sin serie")));
		assertThat(fuera.estado()).isEqualTo(400);
		assertThat(fuera.json().get("code").asString()).isEqualTo("EXPEDIENTE_SIN_SERIE_VIGENTE");
		ClienteApi otro = ArchivoPrueba.como(puerto, "arqfunc");
		var ajeno = otro.post("/api/v1/expedientes",
				ClienteApi.json(Map.of("dependencia", "811", "serie", "01", "nombre", "Ajeno")));
		assertThat(ajeno.estado()).isEqualTo(403);
		var sinFundamento = jefe.post("/api/v1/expedientes", ClienteApi
			.json(Map.of("dependencia", "811", "serie", "01", "nombre", "Reservado", "nivelAcceso", "RESERVADA")));
		assertThat(sinFundamento.json().get("code").asString()).isEqualTo("FUNDAMENTO_RESERVA_REQUERIDO");
		var vacio = jefe
			.post("/api/v1/expedientes/" + abrir(jefe, "01", null, "PUBLICA").get("id").asLong() + "/cierre", "");
		assertThat(vacio.json().get("code").asString()).isEqualTo("EXPEDIENTE_VACIO");
	}

	@Test
	void unExpedienteReservadoSoloLoLeenSuDependenciaYElControlYLaNegativaSeAudita() {
		JsonNode e = abrir(jefe, "03", null, "RESERVADA");
		long id = e.get("id").asLong();
		assertThat(jefe.get("/api/v1/expedientes/" + id).estado()).isEqualTo(200);
		assertThat(ArchivoPrueba.como(puerto, "arqarchivista").get("/api/v1/expedientes/" + id).estado())
			.isEqualTo(200);
		assertThat(ArchivoPrueba.como(puerto, "arqcontrol").get("/api/v1/expedientes/" + id + "/indice").estado())
			.isEqualTo(200);
		ClienteApi otro = ArchivoPrueba.como(puerto, "arqfunc");
		assertThat(otro.get("/api/v1/expedientes/" + id).estado()).isEqualTo(403);
		assertThat(otro.get("/api/v1/expedientes/" + id + "/indice").estado()).isEqualTo(403);
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM auditoria_evento WHERE accion = 'EXPEDIENTE_ACCESO_DENEGADO' AND objeto_id = ? AND usuario = 'arqfunc'",
				Long.class, e.get("numero").asString()))
			.isEqualTo(2);
	}

	@Test
	void losDocumentosDeUnRadicadoSeIncorporanUnaVez() {
		ClienteApi radicador = ArchivoPrueba.como(puerto, "arqradicador");
		var r = radicador.multipart("/api/v1/radicados",
				ClienteApi.Parte.json("radicado",
						ClienteApi.json(Map.of("tipo", "ENTRADA", "asunto", "Solicitud de copia del contrato",
								"dependencia", "811", "medio", "PRESENCIAL", "remitente",
								Map.of("tipoDocumento", "CC", "numeroDocumento", "81181181", "nombre", "Pedro Pérez",
										"correo", "pedro@correo.co")))),
				ClienteApi.Parte.archivo("principal", "solicitud.pdf", "application/pdf", ArchivoPrueba.pdf(2, "Sol")));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
		String radicado = r.json().get("numero").asString();
		long id = abrir(jefe, "02", "02", "PUBLICA").get("id").asLong();
		var inc = jefe.post("/api/v1/expedientes/" + id + "/radicados",
				ClienteApi.json(Map.of("radicado", radicado, "tipologia", "Solicitud")));
		assertThat(inc.estado()).as(inc.cuerpo()).isEqualTo(200);
		assertThat(inc.json()).hasSize(1);
		assertThat(inc.json().get(0).get("radicado").asString()).isEqualTo(radicado);
		assertThat(inc.json().get(0).get("formato").asString()).isEqualTo("PDF");
		var otraVez = jefe.post("/api/v1/expedientes/" + id + "/radicados",
				ClienteApi.json(Map.of("radicado", radicado)));
		assertThat(otraVez.json()).isEmpty();
		assertThat(jefe.post("/api/v1/expedientes/" + id + "/radicados", ClienteApi.json(Map.of("radicado", "X1")))
			.estado()).isEqualTo(404);
	}

	@Test
	void unaSerieQueCuentaDesdeOtroEventoFechaSuRetencionDespuesDelCierre() {
		// Serie 03 counts from «PERDIDA_VIGENCIA» (its procedure says so: R-TRD-4).
		long id = abrir(jefe, "03", null, "PUBLICA").get("id").asLong();
		assertThat(jefe.post("/api/v1/expedientes/" + id + "/inicio-retencion", "{\"fecha\":\"2026-03-10\"}")
			.json()
			.get("code")
			.asString()).isEqualTo("EXPEDIENTE_ABIERTO");
		subir(id, "acuerdo.txt", "text/plain", "Acuerdo 5 de 2026".getBytes(StandardCharsets.UTF_8));
		var cerrado = jefe.post("/api/v1/expedientes/" + id + "/cierre", "");
		assertThat(cerrado.json().get("fechaInicioRetencion").isNull()).isTrue();
		var fijada = jefe.post("/api/v1/expedientes/" + id + "/inicio-retencion", "{\"fecha\":\"2026-03-10\"}");
		assertThat(fijada.estado()).as(fijada.cuerpo()).isEqualTo(200);
		assertThat(fijada.json().get("fechaInicioRetencion").asString()).isEqualTo("2026-03-10");
		// Its retention clock starts then, so it reaches the archivist's due lists.
		assertThat(jdbc
			.queryForObject("SELECT inicio FROM archivo_retencion WHERE expediente_id = ?", java.sql.Date.class, id)
			.toLocalDate()).isEqualTo(java.time.LocalDate.of(2026, 3, 10));
		assertThat(jefe.post("/api/v1/expedientes/" + id + "/inicio-retencion", "{\"fecha\":\"2026-03-10\"}")
			.json()
			.get("code")
			.asString()).isEqualTo("INICIO_RETENCION_YA_FIJADO");
	}

}
