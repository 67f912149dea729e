package co.pqrsd.server.archivo.trd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.PruebaIntegracion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The CCD and TRD through the API on the real server and PostgreSQL (issue #11). */
@PruebaIntegracion
class TrdApiTest {

	@LocalServerPort
	int puerto;

	@Autowired
	JdbcTemplate jdbc;

	ClienteApi archivista;

	@BeforeEach
	void preparar() {
		ArchivoPrueba.preparar(puerto);
		archivista = ArchivoPrueba.como(puerto, "arqarchivista");
	}

	private long borrador(String nombre) {
		var r = archivista.post("/api/v1/trd/versiones", ClienteApi.json(Map.of("nombre", nombre)));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
		return r.json().get("id").asLong();
	}

	private ClienteApi.Respuesta importar(long id, String archivo, byte[] contenido) {
		return archivista.multipart("/api/v1/trd/versiones/" + id + "/importacion",
				ClienteApi.Parte.archivo("archivo", archivo, "application/octet-stream", contenido));
	}

	private List<String> filas(long id) {
		List<String> r = new ArrayList<>();
		for (JsonNode f : archivista.get("/api/v1/trd/versiones/" + id + "/filas").json()) {
			r.add(f.get("fila").toString());
		}
		return r;
	}

	@Test
	void unaTrdRealImportaYExportaIdaYVuelta() {
		long id = borrador("TRD ida y vuelta");
		var r = importar(id, "trd.xlsx", ArchivoPrueba.xlsx(-1));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(200);
		assertThat(r.json().get("filas").asInt()).isGreaterThanOrEqualTo(100);
		assertThat(r.json().get("oficinas").asInt()).isEqualTo(4);
		List<String> originales = filas(id);
		assertThat(String.join("\n", originales)).contains("\"ct\":true", "\"e\":true", "\"s\":true", "\"md\":true",
				"Tipo documental 3", "PERDIDA_VIGENCIA", "10 % de los expedientes");

		var xlsx = archivista.get("/api/v1/trd/versiones/" + id + "/exportacion.xlsx");
		assertThat(xlsx.estado()).isEqualTo(200);
		long copia = borrador("Copia XLSX");
		assertThat(importar(copia, "copia.xlsx", xlsx.cruda().body()).estado()).isEqualTo(200);
		assertThat(filas(copia)).containsExactlyElementsOf(originales);

		var csv = archivista.get("/api/v1/trd/versiones/" + id + "/exportacion.csv");
		assertThat(csv.estado()).isEqualTo(200);
		long otra = borrador("Copia CSV");
		var rc = importar(otra, "copia.csv", csv.cruda().body());
		assertThat(rc.estado()).as(rc.cuerpo()).isEqualTo(200);
		assertThat(filas(otra)).containsExactlyElementsOf(originales);

		var ccd = archivista.get("/api/v1/trd/versiones/" + id + "/ccd").json();
		assertThat(ccd.get("nivel").asString()).isEqualTo("FONDO");
		// 813 is a subsección of 812.
		assertThat(ccd.toString()).contains("\"SUBSECCION\"", "\"810.02.01\"");
	}

	@Test
	void unaFilaMalaRechazaTodoElArchivoConUnInforme() {
		long id = borrador("TRD con error");
		assertThat(importar(id, "trd.xlsx", ArchivoPrueba.xlsx(-1)).estado()).isEqualTo(200);
		List<String> antes = filas(id);
		var r = importar(id, "trd-mala.xlsx", ArchivoPrueba.xlsx(40));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(400);
		assertThat(r.json().get("code").asString()).isEqualTo("TRD_RECHAZADA");
		JsonNode rechazos = r.json().get("parametros").get("rechazos");
		assertThat(rechazos).hasSize(1);
		assertThat(rechazos.get(0).get("motivo").asString()).contains("AG", "cinco");
		assertThat(rechazos.get(0).get("hoja").asString()).startsWith("81");
		assertThat(rechazos.get(0).get("fila").asInt()).isPositive();
		// Nothing half-imported: the draft keeps its previous rows.
		assertThat(filas(id)).containsExactlyElementsOf(antes);

		var csv = importar(id, "x.csv", "Dependencia;Serie\n999;01;;X;;;;;;;;;;;\n".getBytes(StandardCharsets.UTF_8));
		assertThat(csv.estado()).isEqualTo(400);
	}

	@Test
	void unaTrdVigenteNoSeEditaSoloSeReemplaza() {
		long id = ArchivoPrueba.trdVigente(puerto);
		var editar = archivista.put("/api/v1/trd/versiones/" + id, ClienteApi.json(Map.of("nombre", "Otra")));
		assertThat(editar.estado()).isEqualTo(409);
		assertThat(editar.json().get("code").asString()).isEqualTo("TRD_NO_EDITABLE");
		assertThat(importar(id, "trd.xlsx", ArchivoPrueba.xlsx(-1)).estado()).isEqualTo(409);
		assertThatThrownBy(() -> jdbc.update("UPDATE archivo_trd_fila SET retencion_ag = 99 WHERE version_id = ?", id))
			.rootCause()
			.hasMessageContaining("no se modifican");
		assertThatThrownBy(() -> jdbc.update("DELETE FROM archivo_trd_version WHERE id = ?", id)).rootCause()
			.hasMessageContaining("no se elimina");

		long sinAprobar = borrador("Sin aprobar");
		importar(sinAprobar, "trd.xlsx", ArchivoPrueba.xlsx(-1));
		var p = archivista.post("/api/v1/trd/versiones/" + sinAprobar + "/vigencia", "{}");
		assertThat(p.json().get("code").asString()).isEqualTo("TRD_SIN_APROBACION");
	}

	@Test
	void todosLeenSoloElArchivistaEscribeYLaVigenteEsPublica() {
		ArchivoPrueba.trdVigente(puerto);
		ClienteApi funcionario = ArchivoPrueba.como(puerto, "arqfunc");
		assertThat(funcionario.get("/api/v1/trd/versiones").estado()).isEqualTo(200);
		assertThat(funcionario.post("/api/v1/trd/versiones", "{\"nombre\":\"x\"}").estado()).isEqualTo(403);
		ClienteApi anonimo = ClienteApi.anonimo(puerto);
		assertThat(anonimo.get("/api/v1/trd/versiones").estado()).isEqualTo(401);
		var publica = anonimo.get("/api/v1/publico/trd.xlsx");
		assertThat(publica.estado()).isEqualTo(200);
		assertThat(anonimo.get("/api/v1/publico/trd.csv").cuerpo()).contains("SERIE 01");
	}

}
