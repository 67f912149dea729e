package co.pqrsd.server.archivo.disposicion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.PruebaIntegracion;
import co.pqrsd.server.RelojAjustable;
import co.pqrsd.server.archivo.indice.Expedientes;
import co.pqrsd.server.archivo.indice.FixturasArchivo;
import co.pqrsd.server.documentos.AlmacenDocumentos;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Retention, transfers and disposición final on the real server: the due lists, a
 * transferencia primaria with its FUID accepted by the central archive, and an
 * elimination refused before approval, during publication, with an open observation and
 * under a legal hold, then executed: the bytes leave the disk, the tombstone and the acta
 * stay, and a content another expediente still uses is kept.
 */
@PruebaIntegracion
class DisposicionFinalTest {

	@LocalServerPort
	int puerto;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AlmacenDocumentos almacen;

	@Autowired
	ApplicationEventPublisher eventos;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	Expedientes expedientes;

	@Autowired
	RelojAjustable reloj;

	FixturasArchivo fx;

	@BeforeEach
	void preparar() {
		FixturasArchivo.usuarios(puerto);
		fx = new FixturasArchivo(jdbc, almacen, eventos, tx);
	}

	@AfterEach
	void restablecer() {
		reloj.restablecer();
	}

	private ClienteApi como(String u) {
		return ClienteApi.como(puerto, u, FixturasArchivo.CLAVE);
	}

	private String cerrado(long fila, LocalDate cierre, byte[]... documentos) {
		String n = fx.expediente("DF", "880", fila, cierre.minusMonths(6));
		int i = 0;
		for (byte[] d : documentos) {
			fx.incorporar(n, "doc" + (++i) + ".pdf", d, 1);
		}
		fx.cerrar(n, cierre, expedientes);
		return n;
	}

	private static byte[] bytes(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

	private static void esperar(ClienteApi.Respuesta r, int estado, String codigo) {
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(estado);
		if (codigo != null) {
			assertThat(r.json().get("code").asString()).as(r.cuerpo()).isEqualTo(codigo);
		}
	}

	@Test
	void transferenciaPrimariaConFuidYEliminacionConTodosSusPasos() throws Exception {
		long fila = fx.fila("880", 1, 1, "E");
		String unico = "DF-" + System.nanoTime();
		String a = cerrado(fila, LocalDate.of(2020, 1, 15), bytes(unico + " A1"), bytes(unico + " A2"));
		String b = cerrado(fila, LocalDate.of(2020, 2, 15), bytes(unico + " compartido"));
		String c = cerrado(fila, LocalDate.of(2020, 3, 15), bytes(unico + " C1"));
		String reciente = cerrado(fila, LocalDate.of(2026, 3, 1), bytes(unico + " R1"));
		// Another expediente, kept, holds the same content as b.
		long filaCt = fx.fila("880", 5, 10, "CT");
		cerrado(filaCt, LocalDate.of(2025, 1, 1), bytes(unico + " compartido"));

		ClienteApi archivista = como("axarchivo");
		ClienteApi jefe = como("axjefe");

		// Due list: a, b and c are due for the transferencia primaria; the recent one is
		// not.
		JsonNode primaria = archivista.get("/api/v1/transferencias/pendientes?tipo=PRIMARIA&dependencia=880").json();
		List<String> debidos = primaria.get("filas").valueStream().map(f -> f.get("numero").asString()).toList();
		assertThat(debidos).contains(a, b, c).doesNotContain(reciente);
		assertThat(jefe.get("/api/v1/transferencias/pendientes").estado()).isEqualTo(403);

		esperar(jefe.post("/api/v1/transferencias",
				ClienteApi
					.json(Map.of("tipo", "PRIMARIA", "dependencia", "880", "expedientes", List.of(item(reciente))))),
				400, "RETENCION_NO_CUMPLIDA");
		var t = jefe.post("/api/v1/transferencias", ClienteApi
			.json(Map.of("tipo", "PRIMARIA", "dependencia", "880", "expedientes", List.of(item(a), item(b), item(c)))));
		esperar(t, 201, null);
		int nt = t.json().get("numero").asInt();
		assertThat(t.json().get("items")).hasSize(3);
		esperar(jefe.post("/api/v1/transferencias",
				ClienteApi.json(Map.of("tipo", "PRIMARIA", "dependencia", "880", "expedientes", List.of(item(a))))),
				409, "EXPEDIENTE_EN_TRANSFERENCIA");

		var xlsx = archivista.get("/api/v1/transferencias/" + nt + "/fuid.xlsx");
		assertThat(xlsx.estado()).isEqualTo(200);
		try (XSSFWorkbook libro = new XSSFWorkbook(new ByteArrayInputStream(xlsx.cruda().body()))) {
			Sheet hoja = libro.getSheetAt(0);
			String todo = hoja.toString();
			assertThat(hoja.getRow(0).getCell(0).getStringCellValue()).contains("INVENTARIO DOCUMENTAL");
			assertThat(hoja.getRow(4).getCell(2).getStringCellValue()).isEqualTo("Transferencia primaria");
			assertThat(hoja.getRow(7).getCell(0).getStringCellValue()).isEqualTo("Número de orden");
			assertThat(hoja.getRow(8).getCell(0).getNumericCellValue()).isEqualTo(1);
			assertThat(hoja.getRow(10).getCell(5).getStringCellValue()).isEqualTo("Caja 1, carpeta 2");
			assertThat(todo).isNotNull();
		}
		var pdf = archivista.get("/api/v1/transferencias/" + nt + "/fuid.pdf");
		assertThat(new String(pdf.cruda().body(), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");

		var aceptada = archivista.post("/api/v1/transferencias/" + nt + "/aceptacion",
				ClienteApi.json(Map.of("ubicaciones", Map.of(a, "Archivo central, estante 3, bandeja 2"))));
		esperar(aceptada, 200, null);
		assertThat(aceptada.json().get("estado").asString()).isEqualTo("ACEPTADA");
		esperar(archivista.post("/api/v1/transferencias/" + nt + "/devolucion",
				ClienteApi.json(Map.of("observaciones", "tarde"))), 409, "TRANSFERENCIA_YA_RESUELTA");
		assertThat(jdbc.sql("SELECT ubicacion_fisica FROM archivo_expediente WHERE numero = ?")
			.param(a)
			.query(String.class)
			.single()).isEqualTo("Archivo central, estante 3, bandeja 2");
		assertThat(jdbc
			.sql("SELECT count(*) FROM archivo_ubicacion_historial h JOIN archivo_expediente e ON "
					+ "e.id = h.expediente_id WHERE e.numero IN (?, ?, ?) AND h.hasta = 'CENTRAL'")
			.params(a, b, c)
			.query(Long.class)
			.single()).isEqualTo(3);

		// Candidates for elimination: retention in the central archive ended (2022).
		List<String> candidatos = archivista.get("/api/v1/disposiciones/candidatos?dependencia=880")
			.json()
			.get("filas")
			.valueStream()
			.map(f -> f.get("numero").asString())
			.toList();
		assertThat(candidatos).contains(a, b, c);

		// A legal hold blocks proposing c.
		var hold = archivista.post("/api/v1/bloqueos",
				ClienteApi.json(Map.of("expediente", c, "motivo", "Demanda de nulidad", "referencia", "2026-77")));
		esperar(hold, 201, null);
		esperar(archivista.post("/api/v1/disposiciones",
				ClienteApi.json(Map.of("descripcion", "Eliminación 2026", "expedientes", List.of(a, c)))), 409,
				"BLOQUEO_LEGAL");

		var d = archivista.post("/api/v1/disposiciones",
				ClienteApi.json(Map.of("descripcion", "Eliminación 2026", "expedientes", List.of(a, b))));
		esperar(d, 201, null);
		long id = d.json().get("id").asLong();
		String ruta = "/api/v1/disposiciones/" + id;

		// Refused before approval.
		esperar(archivista.post(ruta + "/ejecucion", ""), 409, "DISPOSICION_NO_APROBADA");
		esperar(archivista.post(ruta + "/aprobacion",
				ClienteApi.json(Map.of("acta", "Acta 5 del Comité de Gestión y Desempeño", "fecha", "2026-03-09"))),
				200, null);
		var publicada = archivista.post(ruta + "/publicacion", "");
		esperar(publicada, 200, null);
		LocalDate hasta = LocalDate.parse(publicada.json().get("publicacionHasta").asString());
		assertThat(hasta).isAfter(LocalDate.of(2026, 6, 1));

		// Refused during publication; a citizen observes row 2 on the public API, no
		// login.
		esperar(archivista.post(ruta + "/ejecucion", ""), 409, "PUBLICACION_EN_CURSO");
		esperar(archivista.post(ruta + "/acta", ClienteApi.json(Map.of("acta", "AE-1"))), 409, "PUBLICACION_EN_CURSO");
		ClienteApi anonimo = ClienteApi.anonimo(puerto);
		assertThat(anonimo.get("/api/v1/publico/disposiciones").cuerpo()).contains(a, b);
		var obs = anonimo.post("/api/v1/publico/disposiciones/" + id + "/observaciones", ClienteApi
			.json(Map.of("orden", 2, "nombre", "Veeduría ciudadana", "texto", "Ese expediente tiene valor histórico")));
		esperar(obs, 201, null);
		long observacion = obs.json().get("id").asLong();

		// After the 60 días hábiles: the open observation blocks its row.
		reloj.fijar(hasta.plusDays(1).atTime(10, 0).atZone(co.pqrsd.core.comun.Colombia.ZONA).toInstant());
		esperar(anonimo.post("/api/v1/publico/disposiciones/" + id + "/observaciones",
				ClienteApi.json(Map.of("nombre", "Tarde", "texto", "fuera de plazo"))), 409, "PUBLICACION_NO_VIGENTE");
		esperar(archivista.post(ruta + "/acta", ClienteApi.json(Map.of("acta", "AE-1"))), 409, "OBSERVACION_PENDIENTE");
		esperar(archivista.post(ruta + "/ejecucion", ""), 409, "ACTA_ELIMINACION_PENDIENTE");
		esperar(archivista.post(ruta + "/observaciones/" + observacion + "/respuesta",
				ClienteApi.json(Map.of("respuesta", "La serie carece de valores secundarios", "excluye", false))), 200,
				null);
		esperar(archivista.post(ruta + "/acta", ClienteApi.json(Map.of("acta", "AE-1"))), 200, null);

		// A hold placed after the acta still blocks the execution.
		var hold2 = archivista.post("/api/v1/bloqueos",
				ClienteApi.json(Map.of("expediente", a, "motivo", "Investigación disciplinaria")));
		esperar(archivista.post(ruta + "/ejecucion", ""), 409, "BLOQUEO_LEGAL");
		List<String> contenidosA = contenidos(a);
		assertThat(contenidosA).allMatch(almacen::existe);
		esperar(archivista.post("/api/v1/bloqueos/" + hold2.json().get("id").asLong() + "/levantamiento",
				ClienteApi.json(Map.of("motivo", "Archivo de la investigación"))), 200, null);

		var ejecutada = archivista.post(ruta + "/ejecucion", "");
		esperar(ejecutada, 200, null);
		assertThat(ejecutada.json().get("estado").asString()).isEqualTo("EJECUTADA");

		// The bytes are gone from disk; the shared content is kept; tombstone and acta
		// remain.
		assertThat(contenidosA).noneMatch(almacen::existe);
		assertThat(contenidos(b)).allMatch(almacen::existe);
		JsonNode lapida = archivista.get("/api/v1/disposiciones/lapidas/" + a).json();
		assertThat(lapida.get("actaEliminacion").asString()).isEqualTo("AE-1");
		assertThat(lapida.get("actaComite").asString()).startsWith("Acta 5");
		assertThat(lapida.get("entradas")).hasSize(2);
		assertThat(lapida.get("contenidosDestruidos").asInt()).isEqualTo(2);
		JsonNode lapidaB = archivista.get("/api/v1/disposiciones/lapidas/" + b).json();
		assertThat(lapidaB.get("entradas").get(0).get("contenido").asString())
			.isEqualTo("CONSERVADO_POR_OTRA_REFERENCIA");
		assertThat(jdbc.sql("SELECT count(*) FROM archivo_lapida WHERE numero IN (?, ?)")
			.params(a, b)
			.query(Long.class)
			.single()).isEqualTo(2);
		esperar(archivista.post("/api/v1/disposiciones",
				ClienteApi.json(Map.of("descripcion", "Otra vez", "expedientes", List.of(a)))), 409,
				"EXPEDIENTE_ELIMINADO");
		JsonNode v = archivista.get("/api/v1/expedientes/" + a + "/indice/verificacion").json();
		assertThat(v.toString()).contains("ARCHIVO_AUSENTE");
	}

	private List<String> contenidos(String numero) {
		return jdbc
			.sql("SELECT i.contenido_sha256 FROM archivo_indice_entrada i JOIN archivo_expediente e "
					+ "ON e.id = i.expediente_id WHERE e.numero = ? ORDER BY i.orden")
			.param(numero)
			.query(String.class)
			.list();
	}

	private static Map<String, Object> item(String numero) {
		return Map.of("expediente", numero, "unidadConservacion", "Caja 1, carpeta 2", "folios", 12,
				"frecuenciaConsulta", "Baja", "notas", "Sin faltantes de foliación");
	}

}
