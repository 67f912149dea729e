package co.pqrsd.server.informes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.PruebaIntegracion;
import co.pqrsd.server.RelojAjustable;
import co.pqrsd.server.seguridad.SesionWeb;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The reports' figures against a data set seeded through the real API, the expected
 * figures computed here by plain arithmetic from what was seeded (issue #12).
 */
@PruebaIntegracion
class InformesApiTest {

	static final String CLAVE = "Informes2029x";

	static final String A = "961";

	static final String B = "962";

	/** Monday 5 February 2029, 10:00 in Bogotá. */
	static final Instant INICIO = Instant.parse("2029-02-05T15:00:00Z");

	/** Thursday 8 February 2029. */
	static final Instant TERCER_DIA = Instant.parse("2029-02-08T15:00:00Z");

	/** Monday 2 April 2029 (Easter Monday is no holiday in Colombia). */
	static final Instant ABRIL = Instant.parse("2029-04-02T15:00:00Z");

	/** The national holidays between February and April 2029 (Ley 51 de 1983). */
	static final Set<LocalDate> FESTIVOS = Set.of(LocalDate.of(2029, 3, 19), LocalDate.of(2029, 3, 29),
			LocalDate.of(2029, 3, 30));

	@LocalServerPort
	int puerto;

	@Autowired
	RelojAjustable reloj;

	@AfterEach
	void restablecer() {
		reloj.restablecer();
	}

	/** What was seeded, and what became of it. */
	record Semilla(String radicado, String etiqueta, String modalidad, String canal, String dependencia,
			String resultado, Integer dias, boolean denuncia, boolean prorroga, String sentido) {

		Semilla(String radicado, String etiqueta, String modalidad, String canal, String dependencia, String resultado,
				Integer dias, boolean denuncia, boolean prorroga) {
			this(radicado, etiqueta, modalidad, canal, dependencia, resultado, dias, denuncia, prorroga, null);
		}

	}

	private ClienteApi como(String u) {
		return ClienteApi.como(puerto, u, CLAVE);
	}

	private void usuarios() {
		ClienteApi admin = ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
		if (admin.get("/api/v1/usuarios/infventanilla").estado() == 200) {
			return;
		}
		admin.post("/api/v1/dependencias", ClienteApi.json(Map.of("codigo", A, "nombre", "Informes A")));
		admin.post("/api/v1/dependencias", ClienteApi.json(Map.of("codigo", B, "nombre", "Informes B")));
		admin.post("/api/v1/dependencias", ClienteApi.json(Map.of("codigo", "963", "nombre", "Control informes")));
		usuario(admin, "infventanilla", List.of("RADICADOR"), List.of(A));
		usuario(admin, "infjefe", List.of("FUNCIONARIO", "JEFE_DEPENDENCIA"), List.of(A, B));
		usuario(admin, "infjefea", List.of("FUNCIONARIO", "JEFE_DEPENDENCIA"), List.of(A));
		usuario(admin, "inffunc", List.of("FUNCIONARIO"), List.of(A, B));
		usuario(admin, "infcontrol", List.of("CONTROL_INTERNO"), List.of("963"));
		for (String d : List.of(A, B)) {
			var r = como("infjefe").put("/api/v1/pqrsd/dependencias/" + d + "/aprobacion",
					"{\"requiereAprobacion\":false}");
			assertThat(r.estado()).as(r.cuerpo()).isEqualTo(200);
		}
	}

	private static void usuario(ClienteApi admin, String username, List<String> roles, List<String> deps) {
		var r = admin.post("/api/v1/usuarios", ClienteApi.json(Map.of("username", username, "nombre", username, "email",
				username + "@x.co", "password", CLAVE, "roles", roles, "dependencias", deps)));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
	}

	private String crear(String etiqueta, String modalidad, String canal, String dependencia, boolean denuncia) {
		String json = "{\"etiqueta\":\"" + etiqueta + "\","
				+ (modalidad == null ? "" : "\"modalidad\":\"" + modalidad + "\",") + "\"asunto\":\"Informe " + etiqueta
				+ "\",\"dependencia\":\"" + dependencia + "\",\"canal\":\"" + canal
				+ "\",\"canalRespuesta\":\"PRESENCIAL\",\"peticionario\":{\"tipoDocumento\":"
				+ "\"CC\",\"numeroDocumento\":\"79111222\",\"nombre\":\"Pedro Gil Secreto\",\"direccion\":\"Calle 1\"}"
				+ (denuncia ? ",\"denunciaCorrupcion\":true" : "") + "}";
		var r = como("infventanilla").post("/api/v1/pqrsd", json);
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
		String radicado = r.json().get("radicado").asString();
		if (modalidad != null) {
			ok(como("infjefe").post(url(radicado, "asignacion"), "{\"usuario\":\"inffunc\"}"));
		}
		return radicado;
	}

	private static String url(String radicado, String accion) {
		return "/api/v1/pqrsd/" + radicado + "/" + accion;
	}

	private static JsonNode ok(ClienteApi.Respuesta r) {
		assertThat(r.estado()).as(r.cuerpo()).isBetween(200, 299);
		return r.json();
	}

	private void responder(String radicado) {
		responder(radicado, "");
	}

	/**
	 * @param sentido the JSON members of the answer's sentido, with a leading comma
	 */
	private void responder(String radicado, String sentido) {
		assertThat(ok(
				como("inffunc").post(url(radicado, "respuesta"), "{\"texto\":\"Respuesta de fondo\"" + sentido + "}"))
			.get("estado")
			.asString()).isEqualTo("RESPONDIDA");
	}

	private void rechazada(String radicado, String cuerpo, String codigo) {
		var r = como("inffunc").post(url(radicado, "respuesta"), cuerpo);
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(400);
		assertThat(r.json().get("code").asString()).isEqualTo(codigo);
	}

	/** Business days after {@code desde} up to {@code hasta}, counted by hand. */
	static int habiles(LocalDate desde, LocalDate hasta) {
		int n = 0;
		for (LocalDate d = desde.plusDays(1); !d.isAfter(hasta); d = d.plusDays(1)) {
			if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY
					&& !FESTIVOS.contains(d)) {
				n++;
			}
		}
		return n;
	}

	private void esperarVencida(String radicado) throws InterruptedException {
		for (int i = 0; i < 300; i++) {
			String estado = como("infcontrol").get("/api/v1/pqrsd/" + radicado).json().get("estado").asString();
			if (estado.startsWith("VENCIDA")) {
				return;
			}
			Thread.sleep(100);
		}
	}

	@Test
	void lasCifrasDelInformeCoincidenConLosDatosSembrados() throws Exception {
		usuarios();
		LocalDate dia0 = LocalDate.of(2029, 2, 5);
		List<Semilla> s = new ArrayList<>();
		reloj.fijar(INICIO);
		String r1 = crear("PETICION", "GENERAL", "PRESENCIAL", A, false);
		responder(r1);
		s.add(new Semilla(r1, "PETICION", "GENERAL", "PRESENCIAL", A, "A_TIEMPO", 0, false, false));
		String r2 = crear("PETICION", "DOCUMENTOS", "CORREO_ELECTRONICO", A, false);
		String r3 = crear("QUEJA", "GENERAL", "FORMULARIO_WEB", B, false);
		String r4 = crear("RECLAMO", "GENERAL", "PRESENCIAL", B, false);
		String r5 = crear("DENUNCIA", "GENERAL", "PRESENCIAL", A, true);
		String r6 = crear("PETICION", "DOCUMENTOS", "PRESENCIAL", B, false);
		String r7 = crear("SUGERENCIA", "GENERAL", "CORREO_POSTAL", A, false);

		reloj.fijar(TERCER_DIA);
		int tres = habiles(dia0, LocalDate.of(2029, 2, 8));
		// A request for documents states the sentido of its answer; a denial its ground
		// and motivation (Ley 1712 de 2014, arts. 18-19; Ley 1437 de 2011, art. 25), and
		// a refused draft writes nothing.
		rechazada(r2, "{\"texto\":\"Respuesta\"}", "SENTIDO_RESPUESTA_REQUERIDO");
		rechazada(r2, "{\"texto\":\"Respuesta\",\"sentido\":\"QUIZAS\"}", "SENTIDO_RESPUESTA_INVALIDO");
		rechazada(r2, "{\"texto\":\"Respuesta\",\"sentido\":\"NEGADA\",\"motivacion\":\"Daño\"}",
				"CAUSAL_NEGACION_REQUERIDA");
		rechazada(r2, "{\"texto\":\"Respuesta\",\"sentido\":\"NEGADA\",\"causal\":\"L1712_A99\",\"motivacion\":\"D\"}",
				"CAUSAL_NEGACION_DESCONOCIDA");
		rechazada(r2, "{\"texto\":\"Respuesta\",\"sentido\":\"NEGADA\",\"causal\":\"L1712_A18_A\"}",
				"MOTIVACION_NEGACION_REQUERIDA");
		assertThat(como("infcontrol").get("/api/v1/pqrsd/" + r2).json().get("estado").asString())
			.isEqualTo("EN_TRAMITE");
		assertThat(ok(como("inffunc").get("/api/v1/pqrsd/causales-negacion")).valueStream()
			.map(c -> c.get("codigo").asString())
			.toList()).contains("L1712_A18_A", "L1712_A19_D");
		responder(r2, ",\"sentido\":\"NEGADA\",\"causal\":\"L1712_A18_A\",\"motivacion\":\"Contiene la historia "
				+ "clínica de un tercero: daño presente, probable y específico a su intimidad.\"");
		s.add(new Semilla(r2, "PETICION", "DOCUMENTOS", "CORREO_ELECTRONICO", A, "A_TIEMPO", tres, false, false,
				"NEGADA"));
		ok(como("inffunc").post(url(r3, "traslado"), "{\"entidad\":\"Gobernación\",\"motivo\":\"Competencia\"}"));
		s.add(new Semilla(r3, "QUEJA", "GENERAL", "FORMULARIO_WEB", B, "TRASLADADA", null, false, false));
		ok(como("inffunc").post(url(r4, "prorroga"),
				"{\"motivo\":\"Se requiere visita técnica\",\"nuevoVencimiento\":\"2029-03-15\"}"));
		s.add(new Semilla(r4, "RECLAMO", "GENERAL", "PRESENCIAL", B, "VENCIDA", null, false, true));
		ok(como("inffunc").post(url(r5, "traslado"), "{\"entidad\":\"Procuraduría\",\"motivo\":\"Disciplinario\"}"));
		s.add(new Semilla(r5, "DENUNCIA", "GENERAL", "PRESENCIAL", A, "TRASLADADA", null, true, false));

		reloj.fijar(ABRIL);
		esperarVencida(r6);
		esperarVencida(r7);
		esperarVencida(r4);
		int tarde = habiles(dia0, LocalDate.of(2029, 4, 2));
		responder(r6, ",\"sentido\":\"PARCIAL\",\"causal\":\"L1712_A19_D\",\"motivacion\":\"Se entregan los "
				+ "documentos salvo el informe de la investigación disciplinaria en curso.\"");
		s.add(new Semilla(r6, "PETICION", "DOCUMENTOS", "PRESENCIAL", B, "TARDE", tarde, false, false, "PARCIAL"));
		// Another modality may state a sentido too; it is no access request.
		String r11 = crear("PETICION", "GENERAL", "PRESENCIAL", A, false);
		responder(r11, ",\"sentido\":\"NEGADA\",\"causal\":\"L1712_A19_B\",\"motivacion\":\"Seguridad\"");
		s.add(new Semilla(r11, "PETICION", "GENERAL", "PRESENCIAL", A, "A_TIEMPO", 0, false, false, "NEGADA"));
		s.add(new Semilla(r7, "SUGERENCIA", "GENERAL", "CORREO_POSTAL", A, "VENCIDA", null, false, false));
		String r8 = crear("FELICITACION", null, "PRESENCIAL", B, false);
		s.add(new Semilla(r8, "FELICITACION", null, "PRESENCIAL", B, "SIN_TERMINO", null, false, false));
		String r9 = crear("PETICION", "GENERAL", "PRESENCIAL", A, false);
		s.add(new Semilla(r9, "PETICION", "GENERAL", "PRESENCIAL", A, "PENDIENTE", null, false, false));

		String periodo = "?desde=2029-02-01&hasta=2029-04-30";
		for (String usuario : List.of("infcontrol", "infjefe")) {
			var r = como(usuario).get("/api/v1/informes/pqrsd" + periodo);
			assertThat(r.estado()).as(r.cuerpo()).isEqualTo(200);
			verificar(r.json(), s);
		}
		// A jefe sees his dependencia only.
		JsonNode soloA = ok(como("infjefea").get("/api/v1/informes/pqrsd" + periodo));
		assertThat(soloA.get("total").asLong()).isEqualTo(s.stream().filter(x -> x.dependencia().equals(A)).count());
		assertThat(soloA.get("porDependencia").has(B)).isFalse();
		assertThat(como("inffunc").get("/api/v1/informes/pqrsd" + periodo).estado()).isEqualTo(403);
		assertThat(como("infcontrol").get("/api/v1/informes/pqrsd?desde=2029-05-01&hasta=2029-04-01").estado())
			.isEqualTo(400);

		// Access to information: the DOCUMENTOS requests, each with its time.
		JsonNode acceso = ok(como("infcontrol").get("/api/v1/informes/acceso-informacion" + periodo));
		List<Semilla> docs = s.stream().filter(x -> "DOCUMENTOS".equals(x.modalidad())).toList();
		assertThat(acceso.get("recibidas").asLong()).isEqualTo(docs.size());
		assertThat(acceso.get("trasladadas").asLong()).isZero();
		assertThat(acceso.get("negadas").asLong())
			.isEqualTo(docs.stream().filter(x -> "NEGADA".equals(x.sentido())).count())
			.isEqualTo(1);
		assertThat(acceso.get("negadasParcialmente").asLong())
			.isEqualTo(docs.stream().filter(x -> "PARCIAL".equals(x.sentido())).count())
			.isEqualTo(1);
		assertThat(acceso.get("solicitudes")
			.valueStream()
			.map(j -> j.get("radicado").asString() + "=" + j.get("negada").asBoolean() + "/"
					+ j.get("negadaParcial").asBoolean())
			.toList())
			.containsExactlyInAnyOrderElementsOf(docs.stream()
				.map(x -> x.radicado() + "=" + "NEGADA".equals(x.sentido()) + "/" + "PARCIAL".equals(x.sentido()))
				.toList());
		assertThat(acceso.get("solicitudes")
			.valueStream()
			.map(j -> j.get("radicado").asString() + "=" + j.get("diasHabiles").asInt())
			.toList())
			.containsExactlyInAnyOrderElementsOf(docs.stream().map(x -> x.radicado() + "=" + x.dias()).toList());

		// XLSX and PDF carry the same figures.
		var xlsx = como("infcontrol").get("/api/v1/informes/pqrsd/xlsx" + periodo);
		assertThat(xlsx.estado()).isEqualTo(200);
		try (XSSFWorkbook libro = new XSSFWorkbook(new ByteArrayInputStream(xlsx.cruda().body()))) {
			boolean total = false;
			for (Row f : libro.getSheetAt(0)) {
				if (f.getCell(0) != null && "PQRSD recibidas".equals(f.getCell(0).getStringCellValue())) {
					total = f.getCell(1).getStringCellValue().equals(Integer.toString(s.size()));
				}
			}
			assertThat(total).isTrue();
		}
		var pdf = como("infcontrol").get("/api/v1/informes/acceso-informacion/pdf" + periodo);
		assertThat(pdf.estado()).isEqualTo(200);
		try (var doc = Loader.loadPDF(pdf.cruda().body())) {
			String texto = new PDFTextStripper().getText(doc);
			assertThat(texto).contains("Solicitudes recibidas: " + docs.size())
				.contains(r6 + " — recibida 2029-02-05")
				.contains("Negadas: 1")
				.contains("Negadas parcialmente: 1")
				.contains(" — negada parcialmente");
		}
		var xlsxAcceso = como("infcontrol").get("/api/v1/informes/acceso-informacion/xlsx" + periodo);
		assertThat(xlsxAcceso.estado()).isEqualTo(200);
		try (XSSFWorkbook libro = new XSSFWorkbook(new ByteArrayInputStream(xlsxAcceso.cruda().body()))) {
			Map<String, String> cifras = new java.util.HashMap<>();
			for (Row f : libro.getSheetAt(0)) {
				if (f.getCell(0) != null && f.getCell(1) != null) {
					cifras.put(f.getCell(0).getStringCellValue(), f.getCell(1).getStringCellValue());
				}
			}
			assertThat(cifras).containsEntry("Negadas", "1").containsEntry("Negadas parcialmente", "1");
		}
		SesionWeb web = new SesionWeb(puerto);
		assertThat(web.ingresar("infcontrol", CLAVE)).doesNotContain("error");
		var pantalla = web.get("/informes" + periodo);
		assertThat(pantalla.statusCode()).isEqualTo(200);
		assertThat(pantalla.body()).containsPattern("id=\"acceso-negadas\">1<")
			.containsPattern("id=\"acceso-negadas-parcialmente\">1<");
		// The case view shows the sentido with its ground.
		var caso = web.get("/pqrsd/casos/" + r2);
		assertThat(caso.statusCode()).isEqualTo(200);
		assertThat(caso.body()).contains("id=\"sentido-respuesta\"").contains("Ley 1712 de 2014, art. 18 lit. a");

		// Open data: no personal data, no corruption denuncias.
		ClienteApi publico = ClienteApi.anonimo(puerto);
		var csv = publico.get("/api/v1/publico/datos-abiertos/pqrsd.csv" + periodo);
		assertThat(csv.estado()).as(csv.cuerpo()).isEqualTo(200);
		assertThat(csv.cuerpo()).doesNotContain("Pedro", "79111222", "Informe PETICION");
		List<CSVRecord> filas;
		try (CSVParser p = CSVParser.parse(
				new InputStreamReader(new ByteArrayInputStream(csv.cruda().body()), StandardCharsets.UTF_8),
				CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
			filas = p.getRecords();
		}
		assertThat(filas).extracting(f -> f.get("radicado"))
			.containsExactlyInAnyOrderElementsOf(s.stream().filter(x -> !x.denuncia()).map(Semilla::radicado).toList());
		CSVRecord tardia = filas.stream().filter(f -> f.get("radicado").equals(r6)).findFirst().orElseThrow();
		assertThat(tardia.get("dias_habiles_respuesta")).isEqualTo(Integer.toString(tarde));
		assertThat(tardia.get("oportuna")).isEqualTo("false");
		assertThat(tardia.get("fecha_radicacion")).isEqualTo("2029-02-05");
		JsonNode json = ok(publico.get("/api/v1/publico/datos-abiertos/pqrsd.json" + periodo));
		assertThat(json.get("registros")).hasSize(filas.size());
		assertThat(json.get("registros").get(0).propertyNames())
			.containsExactlyElementsOf(ExportacionInformes.COLUMNAS_ABIERTAS);
		assertThat(ok(publico.get("/api/v1/publico/datos-abiertos/esquema")).get("$schema").asString())
			.contains("json-schema.org");

		// Publication: once per period, listed publicly without login, audited.
		assertThat(como("infjefe")
			.post("/api/v1/informes/publicaciones",
					"{\"tipo\":\"ACCESO\",\"desde\":\"2029-02-01\",\"hasta\":\"2029-04-30\"}")
			.estado()).isEqualTo(403);
		JsonNode pub = ok(como("infcontrol").post("/api/v1/informes/publicaciones",
				"{\"tipo\":\"ACCESO\",\"desde\":\"2029-02-01\",\"hasta\":\"2029-04-30\"}"));
		assertThat(como("infcontrol")
			.post("/api/v1/informes/publicaciones",
					"{\"tipo\":\"ACCESO\",\"desde\":\"2029-02-01\",\"hasta\":\"2029-04-30\"}")
			.estado()).isEqualTo(409);
		assertThat(ok(publico.get("/api/v1/publico/informes")).valueStream().map(j -> j.get("id").asLong()))
			.contains(pub.get("id").asLong());
		JsonNode publicado = ok(publico.get("/api/v1/publico/informes/" + pub.get("id").asLong()));
		assertThat(publicado.get("informe").get("recibidas").asLong()).isEqualTo(docs.size());
		assertThat(publico.get("/api/v1/publico/informes/" + pub.get("id").asLong() + "/pdf").estado()).isEqualTo(200);
		assertThat(publico.get("/api/v1/publico/informes/999999").estado()).isEqualTo(404);
		var pagina = publico.get("/ciudadano/informes");
		assertThat(pagina.estado()).isEqualTo(200);
		assertThat(pagina.cuerpo()).contains("/api/v1/publico/informes/" + pub.get("id").asLong() + "/pdf")
			.contains("01/02/2029")
			.doesNotContain("Pedro");
	}

	private static void verificar(JsonNode i, List<Semilla> s) {
		assertThat(i.get("total").asLong()).isEqualTo(s.size());
		for (String e : List.of("PETICION", "QUEJA", "RECLAMO", "SUGERENCIA", "DENUNCIA", "FELICITACION")) {
			assertThat(i.get("porEtiqueta").get(e).asLong()).as(e)
				.isEqualTo(s.stream().filter(x -> x.etiqueta().equals(e)).count());
		}
		for (String c : List.of("PRESENCIAL", "CORREO_ELECTRONICO", "FORMULARIO_WEB", "CORREO_POSTAL")) {
			assertThat(i.get("porCanal").get(c).asLong()).as(c)
				.isEqualTo(s.stream().filter(x -> x.canal().equals(c)).count());
		}
		assertThat(i.get("porModalidad").get("DOCUMENTOS").asLong())
			.isEqualTo(s.stream().filter(x -> "DOCUMENTOS".equals(x.modalidad())).count());
		assertThat(i.get("porModalidad").get("SIN_TERMINO").asLong())
			.isEqualTo(s.stream().filter(x -> x.modalidad() == null).count());
		assertThat(i.get("porDependencia").get(A).asLong())
			.isEqualTo(s.stream().filter(x -> x.dependencia().equals(A)).count());
		assertThat(i.get("porDependencia").get(B).asLong())
			.isEqualTo(s.stream().filter(x -> x.dependencia().equals(B)).count());
		assertThat(i.get("respondidasATiempo").asLong()).isEqualTo(cuenta(s, x -> x.resultado().equals("A_TIEMPO")));
		assertThat(i.get("respondidasTarde").asLong()).isEqualTo(cuenta(s, x -> x.resultado().equals("TARDE")));
		assertThat(i.get("pendientes").asLong()).isEqualTo(cuenta(s, x -> x.resultado().equals("PENDIENTE")));
		assertThat(i.get("pendientesVencidas").asLong()).isEqualTo(cuenta(s, x -> x.resultado().equals("VENCIDA")));
		assertThat(i.get("trasladadas").asLong()).isEqualTo(cuenta(s, x -> x.resultado().equals("TRASLADADA")));
		assertThat(i.get("prorrogas").asLong()).isEqualTo(cuenta(s, Semilla::prorroga));
		assertThat(i.get("denunciasCorrupcion").asLong()).isEqualTo(cuenta(s, Semilla::denuncia));
		assertThat(i.get("denunciasCorrupcionTrasladadas").asLong())
			.isEqualTo(cuenta(s, x -> x.denuncia() && x.resultado().equals("TRASLADADA")));
		List<Integer> dias = s.stream().filter(x -> x.dias() != null).map(Semilla::dias).toList();
		double promedio = Math.round(dias.stream().mapToInt(Integer::intValue).sum() * 10.0 / dias.size()) / 10.0;
		assertThat(i.get("promedioDiasRespuesta").asDouble()).isEqualTo(promedio);
		assertThat(i.get("maximoDiasRespuesta").asInt())
			.isEqualTo(dias.stream().mapToInt(Integer::intValue).max().orElseThrow());
		long respondidas = cuenta(s, x -> x.resultado().equals("A_TIEMPO") || x.resultado().equals("TARDE"));
		assertThat(i.get("porcentajeATiempo").asDouble())
			.isEqualTo(Math.round(cuenta(s, x -> x.resultado().equals("A_TIEMPO")) * 1000.0 / respondidas) / 10.0);
	}

	private static long cuenta(List<Semilla> s, Predicate<Semilla> p) {
		return s.stream().filter(p).count();
	}

}
