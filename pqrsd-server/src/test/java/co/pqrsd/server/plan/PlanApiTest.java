package co.pqrsd.server.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.PruebaIntegracion;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The plan's API on the real server and PostgreSQL (issue #10). */
@PruebaIntegracion
class PlanApiTest {

	static final String CLAVE = "PlanAnticorrupcion2026";

	/**
	 * A small table as Excel in Spanish saves it: ';', quotes, a line break in a cell,
	 * the component merged down (empty cells) and an unreadable date.
	 */
	static final String CSV = """
			Componente;Subcomponente / Estrategia;Objetivo;Actividades;Indicador;Meta;Fecha de cumplimiento;Responsable
			Componente 1. Gestión del riesgo de corrupción;Política de riesgos;"Prevenir
			la corrupción";Actualizar la política de administración de riesgos;Política actualizada;1;30 de abril;Secretaría de Planeación
			;;;"Publicar el mapa de riesgos; versión consolidada";Mapa publicado;100%;31 de enero;Secretaría de Planeación
			Componente 3. Rendición de cuentas;Información;Informar;Audiencia pública de rendición de cuentas;Audiencias;2;1 de julio - 31 de diciembre;Oficina de Control Interno
			Componente 4. Atención al ciudadano;Talento humano;Servir;Capacitar a los servidores;Capacitaciones;1;cuando se pueda;Secretaría de Planeación
			""";

	@LocalServerPort
	int puerto;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TableroPlan tablero;

	ClienteApi control;

	@BeforeEach
	void preparar() {
		ClienteApi admin = ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
		if (admin.get("/api/v1/usuarios/plcontrol").estado() != 200) {
			admin.post("/api/v1/dependencias", ClienteApi.json(Map.of("codigo", "915", "nombre", "Planeación")));
			admin.post("/api/v1/dependencias", ClienteApi.json(Map.of("codigo", "916", "nombre", "Tesorería")));
			usuario(admin, "plcontrol", List.of("CONTROL_INTERNO"), "915");
			usuario(admin, "pljefe", List.of("FUNCIONARIO", "JEFE_DEPENDENCIA"), "915");
			usuario(admin, "plotro", List.of("FUNCIONARIO", "JEFE_DEPENDENCIA"), "916");
		}
		control = como("plcontrol");
	}

	private static void usuario(ClienteApi admin, String username, List<String> roles, String dependencia) {
		var r = admin.post("/api/v1/usuarios", ClienteApi.json(Map.of("username", username, "nombre", username, "email",
				username + "@x.co", "password", CLAVE, "roles", roles, "dependencias", List.of(dependencia))));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
	}

	private ClienteApi como(String usuario) {
		return ClienteApi.como(puerto, usuario, CLAVE);
	}

	static byte[] ejemplo() {
		try (InputStream in = PlanApiTest.class.getResourceAsStream("/ejemplos/paac-sesquile-2023.xlsx")) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private ClienteApi.Respuesta importar(ClienteApi quien, int vigencia, String nombre, byte[] contenido) {
		return quien.multipart("/api/v1/planes/" + vigencia + "/importacion",
				ClienteApi.Parte.archivo("archivo", nombre, "application/octet-stream", contenido));
	}

	private void crear(int vigencia) {
		var r = control.post("/api/v1/planes", "{\"vigencia\":" + vigencia + "}");
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
	}

	@Test
	void elEjemploDeSesquile2023SeImportaConLasActividadesDeCadaComponente() {
		crear(2023);
		var r = importar(control, 2023, "paac-sesquile-2023.xlsx", ejemplo());
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(200);
		JsonNode j = r.json();
		Map<String, Integer> porComponente = new LinkedHashMap<>();
		j.get("porComponente").properties().forEach(e -> porComponente.put(e.getKey(), e.getValue().asInt()));
		assertThat(porComponente).containsExactly(entry("PAAC_1", 8), entry("PAAC_2", 5), entry("PAAC_4", 13),
				entry("PAAC_3", 10), entry("PAAC_5", 15), entry("PAAC_6", 3));
		assertThat(j.get("actividades").asInt()).isEqualTo(54);
		// The signature rows are reported with their row number, never dropped silently.
		assertThat(j.get("rechazadas").asInt()).isEqualTo(2);
		for (JsonNode n : j.get("notas")) {
			assertThat(n.get("fila").asInt()).isPositive();
		}
		var plan = control.get("/api/v1/planes/2023").json();
		assertThat(plan.get("plantilla").asString()).isEqualTo("PAAC_V2");
		assertThat(plan.get("publicado").asBoolean()).isFalse();
		assertThat(plan.get("actividades").asInt()).isEqualTo(54);
		assertThat(como("pljefe").get("/api/v1/planes/2023/actividades?componente=PAAC_4").json()).hasSize(13);
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM auditoria_evento WHERE accion = 'PLAN_IMPORTADO' AND objeto_id = '2023'",
				Long.class))
			.isEqualTo(1);
	}

	@Test
	void seguimientoDeUnCorteConEvidenciaVerificacionPublicacionEInforme() throws IOException {
		crear(2024);
		var imp = importar(control, 2024, "plan.csv", CSV.getBytes(StandardCharsets.UTF_8));
		assertThat(imp.estado()).as(imp.cuerpo()).isEqualTo(200);
		assertThat(imp.json().get("actividades").asInt()).isEqualTo(3);
		JsonNode rechazada = null;
		for (JsonNode n : imp.json().get("notas")) {
			if (n.get("tipo").asString().equals("RECHAZADA")) {
				rechazada = n;
			}
		}
		assertThat(rechazada).isNotNull();
		assertThat(rechazada.get("fila").asInt()).isEqualTo(5);
		assertThat(rechazada.get("motivo").asString()).contains("Capacitar a los servidores");
		var actividad = control.get("/api/v1/planes/2024/actividades/1.1").json();
		assertThat(actividad.get("objetivo").asString()).isEqualTo("Prevenir la corrupción");
		assertThat(control.get("/api/v1/planes/2024/actividades/1.2").json().get("descripcion").asString())
			.isEqualTo("Publicar el mapa de riesgos; versión consolidada");

		// No follow-up on a draft.
		var borrador = control.put("/api/v1/planes/2024/cortes/1/actividades/1.1/verificacion", "{\"valor\":1}");
		assertThat(borrador.estado()).isEqualTo(400);
		assertThat(borrador.json().get("code").asString()).isEqualTo("PLAN_NO_PUBLICADO");
		var pub = control.post("/api/v1/planes/2024/publicacion", "");
		assertThat(pub.estado()).as(pub.cuerpo()).isEqualTo(200);
		assertThat(pub.json().get("version").asInt()).isEqualTo(1);

		// First line: the responsible dependencia uploads a document and reports.
		ClienteApi jefe = como("pljefe");
		byte[] acta = "Acta de aprobación de la política".getBytes(StandardCharsets.UTF_8);
		var doc = jefe.multipart("/api/v1/planes/2024/cortes/1/actividades/1.1/evidencias",
				ClienteApi.Parte.archivo("archivo", "acta.pdf", "application/pdf", acta));
		assertThat(doc.estado()).as(doc.cuerpo()).isEqualTo(201);
		String sha = doc.json().get("sha256").asString();
		assertThat(sha).isEqualTo(ServicioPlan.sha256(acta));
		var avance = jefe.put("/api/v1/planes/2024/cortes/1/actividades/1.1/avance",
				"{\"valor\":1,\"descripcion\":\"Política aprobada\",\"evidencias\":[{\"tipo\":\"DOCUMENTO\","
						+ "\"referencia\":\"acta.pdf\",\"sha256\":\"" + sha + "\"},{\"tipo\":\"RADICADO\","
						+ "\"referencia\":\"2024-S-000123\"}]}");
		assertThat(avance.estado()).as(avance.cuerpo()).isEqualTo(200);
		var falsa = jefe.put("/api/v1/planes/2024/cortes/1/actividades/1.2/avance",
				"{\"valor\":50,\"descripcion\":\"x\",\"evidencias\":[{\"tipo\":\"DOCUMENTO\","
						+ "\"referencia\":\"otro.pdf\",\"sha256\":\"" + "a".repeat(64) + "\"}]}");
		assertThat(falsa.estado()).isEqualTo(400);
		assertThat(falsa.json().get("code").asString()).isEqualTo("EVIDENCIA_NO_CARGADA");
		// Another dependencia does not report for Planeación, nor verifies.
		var ajena = como("plotro").put("/api/v1/planes/2024/cortes/1/actividades/1.1/avance",
				"{\"valor\":1,\"descripcion\":\"x\"}");
		assertThat(ajena.estado()).isEqualTo(403);
		assertThat(jefe.put("/api/v1/planes/2024/cortes/1/actividades/1.1/verificacion", "{\"valor\":1}").estado())
			.isEqualTo(403);

		// Third line: Control Interno verifies.
		assertThat(control
			.put("/api/v1/planes/2024/cortes/1/actividades/1.1/verificacion",
					"{\"valor\":1,\"observaciones\":\"Acta verificada\"}")
			.estado()).isEqualTo(200);
		var excede = control.put("/api/v1/planes/2024/cortes/1/actividades/1.2/verificacion", "{\"valor\":150}");
		assertThat(excede.estado()).isEqualTo(400);
		assertThat(excede.json().get("code").asString()).isEqualTo("AVANCE_INVALIDO");
		var v = control.put("/api/v1/planes/2024/cortes/1/actividades/1.2/verificacion",
				"{\"valor\":50,\"observaciones\":\"Publicado solo en cartelera\"}");
		assertThat(v.estado()).as(v.cuerpo()).isEqualTo(200);

		// Scoring: 1.1 at 100 %, 1.2 at 50 % (atrasada), 3.1 not due until December.
		JsonNode corte = control.get("/api/v1/planes/2024/cortes/1").json();
		JsonNode c1 = corte.get("componentes").get(0);
		assertThat(c1.get("codigo").asString()).isEqualTo("PAAC_1");
		assertThat(c1.get("porcentajeTexto").asString()).isEqualTo("75,0 %");
		assertThat(c1.get("semaforo").asString()).isEqualTo("AMARILLO");
		assertThat(c1.get("actividades").get(1).get("atrasada").asBoolean()).isTrue();
		assertThat(c1.get("actividades").get(0).get("reportado").get("evidencias")).hasSize(2);
		JsonNode c3 = corte.get("componentes").get(2);
		assertThat(c3.get("actividades").get(0).get("exigible").asBoolean()).isFalse();
		assertThat(corte.get("corte").get("porcentajeTexto").asString()).isEqualTo("75,0 %");
		assertThat(corte.get("corte").get("limitePublicacion").asString()).isEqualTo("2024-05-16");
		var cortes = control.get("/api/v1/planes/2024/cortes").json();
		assertThat(cortes).hasSize(3);
		assertThat(cortes.get(1).get("limitePublicacion").asString()).isEqualTo("2024-09-13");

		// Publishing locks the cut.
		var publicado = control.post("/api/v1/planes/2024/cortes/1/publicacion", "");
		assertThat(publicado.estado()).as(publicado.cuerpo()).isEqualTo(200);
		assertThat(publicado.json().get("corte").get("publicado").asBoolean()).isTrue();
		for (ClienteApi.Respuesta r : List.of(
				jefe.put("/api/v1/planes/2024/cortes/1/actividades/1.1/avance", "{\"valor\":1,\"descripcion\":\"x\"}"),
				control.put("/api/v1/planes/2024/cortes/1/actividades/1.2/verificacion", "{\"valor\":100}"),
				control.post("/api/v1/planes/2024/cortes/1/publicacion", ""),
				jefe.multipart("/api/v1/planes/2024/cortes/1/actividades/1.1/evidencias",
						ClienteApi.Parte.archivo("archivo", "otra.pdf", "application/pdf", acta)))) {
			assertThat(r.estado()).as(r.cuerpo()).isEqualTo(409);
			assertThat(r.json().get("code").asString()).isEqualTo("CORTE_PUBLICADO");
		}
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM auditoria_evento WHERE accion = 'PLAN_CORTE_PUBLICADO' AND objeto_id = '2024/1'",
				Long.class))
			.isEqualTo(1);

		// The dashboards' facade reads the same figures.
		TableroPlan.AvancePlan alCorte = tablero.avance(2024, 1).orElseThrow();
		assertThat(alCorte.publicado()).isTrue();
		assertThat(alCorte.componentes().get(0).texto()).isEqualTo("75,0 %");
		assertThat(alCorte.componentes().get(0).semaforo()).isEqualTo(co.pqrsd.core.plan.SemaforoPlan.AMARILLO);
		assertThat(tablero.atrasadas(2024, 1)).extracting(TableroPlan.ActividadAtrasada::codigo).containsExactly("1.2");
		assertThat(tablero.avance(1998, 1)).isEmpty();
		List<TableroPlan.CorteProximo> proximos = tablero.proximosCortes(2);
		assertThat(proximos).hasSize(2);
		assertThat(proximos.get(0).fecha()).hasToString("2026-04-30");
		assertThat(proximos.get(0).limitePublicacion()).hasToString("2026-05-15");

		// The report opens with POI and holds the computed percentages.
		var xlsx = control.get("/api/v1/planes/2024/cortes/1/informe.xlsx");
		assertThat(xlsx.estado()).isEqualTo(200);
		try (XSSFWorkbook libro = new XSSFWorkbook(new ByteArrayInputStream(xlsx.cruda().body()))) {
			Sheet hoja = libro.getSheetAt(0);
			Map<String, Row> porPrimeraCelda = new HashMap<>();
			Map<String, Row> porCodigo = new HashMap<>();
			for (Row fila : hoja) {
				Cell a = fila.getCell(0);
				Cell b = fila.getCell(1);
				if (a != null) {
					porPrimeraCelda.putIfAbsent(a.toString(), fila);
				}
				if (b != null) {
					porCodigo.put(b.toString(), fila);
				}
			}
			assertThat(porPrimeraCelda.get("Vigencia").getCell(1).getStringCellValue()).isEqualTo("2024");
			assertThat(porPrimeraCelda.get("Fecha de publicación").getCell(1).getStringCellValue())
				.isEqualTo("10 de marzo de 2026");
			Row componente = porPrimeraCelda.get("Gestión del riesgo de corrupción – Mapa de riesgos de corrupción");
			assertThat(componente.getCell(1).getNumericCellValue()).isEqualTo(2);
			assertThat(componente.getCell(2).getNumericCellValue()).isEqualTo(1);
			assertThat(componente.getCell(3).getNumericCellValue()).isEqualTo(75.0);
			assertThat(porCodigo.get("1.2").getCell(7).getNumericCellValue()).isEqualTo(50.0);
			assertThat(porCodigo.get("1.2").getCell(9).getStringCellValue()).isEqualTo("Sí");
			assertThat(porCodigo.get("1.2").getCell(10).getStringCellValue()).isEqualTo("Publicado solo en cartelera");
			assertThat(porCodigo.get("1.1").getCell(7).getNumericCellValue()).isEqualTo(100.0);
			assertThat(porCodigo.get("3.1").getCell(7).toString()).isEmpty();
		}
		var pdf = control.get("/api/v1/planes/2024/cortes/1/informe.pdf");
		assertThat(pdf.estado()).isEqualTo(200);
		try (PDDocument d = Loader.loadPDF(pdf.cruda().body())) {
			String texto = new PDFTextStripper().getText(d);
			assertThat(texto).contains("Seguimiento 1 de 2024").contains("75,0 %").contains("50,0 % (atrasada)");
		}
	}

	@Test
	void unPlanPublicadoSeAjustaConMotivoEnUnaNuevaVersion() {
		crear(2021);
		assertThat(importar(control, 2021, "plan.csv", CSV.getBytes(StandardCharsets.UTF_8)).estado()).isEqualTo(200);
		assertThat(control.post("/api/v1/planes/2021/publicacion", "").estado()).isEqualTo(200);
		var sinMotivo = importar(control, 2021, "plan.csv", CSV.getBytes(StandardCharsets.UTF_8));
		assertThat(sinMotivo.estado()).isEqualTo(400);
		assertThat(sinMotivo.json().get("code").asString()).isEqualTo("AJUSTE_SIN_MOTIVO");
		var ajuste = control.post("/api/v1/planes/2021/ajustes", """
				{"motivo":"Se agrega una actividad de integridad","actividades":[
				 {"codigo":"1.1","componente":"PAAC_1","descripcion":"Actualizar la política","meta":"1",
				  "fecha":"30 de abril","responsable":"Planeación"},
				 {"codigo":"6.1","componente":"PAAC_6","descripcion":"Socializar el código de integridad","meta":"100%",
				  "fecha":"Permanente","responsable":"Talento humano"}]}""");
		assertThat(ajuste.estado()).as(ajuste.cuerpo()).isEqualTo(200);
		assertThat(ajuste.json().get("version").asInt()).isEqualTo(2);
		var versiones = control.get("/api/v1/planes/2021/versiones").json();
		assertThat(versiones).hasSize(2);
		assertThat(versiones.get(1).get("motivo").asString()).isEqualTo("Se agrega una actividad de integridad");
		assertThat(versiones.get(1).get("publicadaPor").asString()).isEqualTo("plcontrol");
		assertThat(control.get("/api/v1/planes/2021/actividades").json()).hasSize(2);
		var mala = control.post("/api/v1/planes/2021/ajustes", """
				{"motivo":"x","actividades":[{"codigo":"9.1","componente":"PAAC_9","descripcion":"d","meta":"1",
				 "fecha":"30 de abril","responsable":"r"}]}""");
		assertThat(mala.estado()).isEqualTo(400);
		assertThat(mala.json().get("code").asString()).isEqualTo("COMPONENTE_FUERA_DE_PLANTILLA");
	}

	@Test
	void laEntradaInvalidaRecibeUnErrorEnEspanolConCodigoEstable() {
		crear(2020);
		assertThat(control.post("/api/v1/planes", "{\"vigencia\":2020}").json().get("code").asString())
			.isEqualTo("PLAN_EXISTENTE");
		assertThat(como("pljefe").post("/api/v1/planes", "{\"vigencia\":2019}").estado()).isEqualTo(403);
		assertThat(control.get("/api/v1/planes/1999").json().get("code").asString()).isEqualTo("PLAN_NO_ENCONTRADO");
		assertThat(control.post("/api/v1/planes", "{\"vigencia\":2019,\"plantilla\":\"OTRA\"}")
			.json()
			.get("code")
			.asString()).isEqualTo("PLANTILLA_DESCONOCIDA");
		var pdf = importar(control, 2020, "plan.pdf", new byte[] { 1, 2, 3 });
		assertThat(pdf.estado()).isEqualTo(400);
		assertThat(pdf.json().get("code").asString()).isEqualTo("FORMATO_PLAN_NO_ADMITIDO");
		assertThat(pdf.json().get("detail").asString()).contains("hoja de cálculo");
		var rota = importar(control, 2020, "plan.xlsx", "no es un xlsx".getBytes(StandardCharsets.UTF_8));
		assertThat(rota.json().get("code").asString()).isEqualTo("ARCHIVO_PLAN_ILEGIBLE");
		var sinActividades = importar(control, 2020, "plan.csv", "a;b\nc;d\n".getBytes(StandardCharsets.UTF_8));
		assertThat(sinActividades.json().get("code").asString()).isEqualTo("IMPORTACION_SIN_ACTIVIDADES");
		var comillas = importar(control, 2020, "plan.csv", "\"abierta;b\nc;d\n".getBytes(StandardCharsets.UTF_8));
		assertThat(comillas.estado()).isEqualTo(400);
		assertThat(control.get("/api/v1/planes/2020/cortes/4").json().get("code").asString())
			.isEqualTo("CORTE_DESCONOCIDO");
		assertThat(control.post("/api/v1/planes/2020/publicacion", "").json().get("code").asString())
			.isEqualTo("PLAN_SIN_ACTIVIDADES");
	}

}
