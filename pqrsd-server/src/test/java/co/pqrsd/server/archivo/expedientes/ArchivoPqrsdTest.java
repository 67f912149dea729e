package co.pqrsd.server.archivo.expedientes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.PruebaIntegracion;
import co.pqrsd.server.archivo.Archivo;
import co.pqrsd.server.archivo.trd.ArchivoPrueba;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * An answered PQRSD files its documents into the open expediente of the serie its
 * dependencia configured, opening it the first time (issue #11).
 */
@PruebaIntegracion
class ArchivoPqrsdTest {

	@LocalServerPort
	int puerto;

	@Autowired
	Archivo archivo;

	@Test
	void unaPqrsdRespondidaSeArchivaEnLaSerieDeSuDependencia() {
		ArchivoPrueba.trdVigente(puerto);
		ClienteApi archivista = ArchivoPrueba.como(puerto, "arqarchivista");
		var config = archivista.put("/api/v1/expedientes/series-pqrsd/811",
				ClienteApi.json(Map.of("serie", "02", "subserie", "02", "tipologia", "Derecho de petición")));
		assertThat(config.estado()).as(config.cuerpo()).isIn(200, 204);
		assertThat(ArchivoPrueba.como(puerto, "arqjefe")
			.put("/api/v1/expedientes/series-pqrsd/811", ClienteApi.json(Map.of("serie", "02")))
			.estado()).isEqualTo(403);

		ClienteApi jefe = ArchivoPrueba.como(puerto, "arqjefe");
		var aprobacion = jefe.put("/api/v1/pqrsd/dependencias/811/aprobacion", "{\"requiereAprobacion\":false}");
		assertThat(aprobacion.estado()).as(aprobacion.cuerpo()).isEqualTo(200);
		var creada = ArchivoPrueba.como(puerto, "arqradicador")
			.post("/api/v1/pqrsd",
					"""
							{"etiqueta":"PETICION","modalidad":"GENERAL","asunto":"Copia de un contrato","descripcion":"Solicito copia",
							 "dependencia":"811","canal":"PRESENCIAL","canalRespuesta":"PRESENCIAL",
							 "peticionario":{"tipoDocumento":"CC","numeroDocumento":"79811811","nombre":"Pedro Gil","direccion":"Calle 1"}}""");
		assertThat(creada.estado()).as(creada.cuerpo()).isEqualTo(201);
		String radicado = creada.json().get("radicado").asString();
		var asignada = jefe.post("/api/v1/pqrsd/" + radicado + "/asignacion", "{\"usuario\":\"arqjefe\"}");
		assertThat(asignada.estado()).as(asignada.cuerpo()).isEqualTo(200);
		var respondida = jefe.multipart("/api/v1/pqrsd/" + radicado + "/respuesta",
				new ClienteApi.Parte("texto", null, "text/plain",
						"Se entrega la copia del contrato".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
				ClienteApi.Parte.archivo("documentos", "copia-contrato.pdf", "application/pdf",
						ArchivoPrueba.pdf(2, "Copia del contrato")));
		assertThat(respondida.estado()).as(respondida.cuerpo()).isEqualTo(200);
		assertThat(respondida.json().get("estado").asString()).isEqualTo("RESPONDIDA");
		String salida = respondida.json().get("comunicacion").get("radicadoSalida").asString();

		assertThat(archivo.expedientesDelRadicado(salida)).hasSize(1);
		String numero = archivo.expedientesDelRadicado(salida).get(0);
		assertThat(numero).contains("-811-02-02-");
		JsonNode lista = jefe.get("/api/v1/expedientes?dependencia=811&estado=ABIERTO").json();
		long id = 0;
		for (JsonNode e : lista) {
			if (e.get("numero").asString().equals(numero)) {
				id = e.get("id").asLong();
			}
		}
		JsonNode indice = jefe.get("/api/v1/expedientes/" + id + "/indice").json();
		assertThat(indice.toString()).contains(salida, "Derecho de petición");
	}

}
