package co.pqrsd.server.radicacion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.ClienteApi.Parte;
import co.pqrsd.server.PruebaIntegracion;
import co.pqrsd.server.RelojAjustable;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@PruebaIntegracion
class RadicacionApiTest {

	@LocalServerPort
	int puerto;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RelojAjustable reloj;

	ClienteApi ventanilla;

	@BeforeEach
	void preparar() {
		Ventanilla.preparar(puerto);
		ventanilla = Ventanilla.como(puerto, "radicador1");
	}

	private JsonNode radicar(String json) {
		var r = ventanilla.post("/api/v1/radicados", json);
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
		return r.json();
	}

	@Test
	void elJsonMinimoRadicaConNumeroOrfeoYFechaDelServidor() {
		String anio = String.valueOf(reloj.hoy().getYear());
		var r = ventanilla
			.post("/api/v1/radicados", "{\"tipo\":\"ENTRADA\",\"asunto\":\"Solicitud de certificado de residencia\","
					+ "\"dependencia\":\"200\",\"medio\":\"PRESENCIAL\",\"fechaRadicacion\":\"1999-01-01T00:00:00Z\","
					+ "\"remitente\":{\"tipoDocumento\":\"CC\",\"numeroDocumento\":\"52123456\",\"nombre\":\"Ana Ruiz\"}}");
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
		JsonNode j = r.json();
		String numero = j.get("numero").asString();
		assertThat(numero).matches(anio + "120\\d{6}2").hasSize(14);
		assertThat(j.get("anio").asInt()).isEqualTo(Integer.parseInt(anio));
		assertThat(j.get("tipo").asString()).isEqualTo("ENTRADA");
		assertThat(j.has("numeracion") || j.has("contenido") || j.has("asignacion") || j.has("recepcion"))
			.as("los tipos de valor se aplanan en el JSON")
			.isFalse();
		assertThat(r.cuerpo().split("\"asunto\":", -1)).as("una sola vez").hasSize(2);
		assertThat(j.get("medio").asString()).isEqualTo("PRESENCIAL");
		assertThat(j.get("dependenciaRadicadora").asString()).isEqualTo("120");
		assertThat(numero.substring(7, 13)).isEqualTo(String.format("%06d", j.get("consecutivo").asLong()));
		assertThat(j.get("fechaRadicacion").asString()).startsWith(anio).endsWith("-05:00");
		assertThat(r.cruda().headers().firstValue("Location")).hasValue("/api/v1/radicados/" + numero);
		var leido = ventanilla.get("/api/v1/radicados/" + numero).json();
		assertThat(leido.get("estado").asString()).isEqualTo("VIGENTE");
		assertThat(leido.get("asunto").asString()).isEqualTo("Solicitud de certificado de residencia");
		assertThat(leido.get("remitente").get("nombre").asString()).isEqualTo("Ana Ruiz");
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM auditoria_evento WHERE accion = 'RADICADO_CREADO' AND objeto_id = ?", Long.class,
				numero))
			.isEqualTo(1);
	}

	@Test
	void unRemitenteAnonimoSeRadicaYUnaSalidaExigeDestinatario() {
		var anonimo = radicar(
				"{\"tipo\":\"ENTRADA\",\"asunto\":\"Denuncia por ruido\",\"dependencia\":\"200\",\"medio\":\"FORMULARIO_WEB\","
						+ "\"remitente\":{\"anonimo\":true}}");
		assertThat(anonimo.get("remitente").get("anonimo").asBoolean()).isTrue();
		var salida = ventanilla.post("/api/v1/radicados",
				"{\"tipo\":\"SALIDA\",\"asunto\":\"Respuesta\",\"dependencia\":\"200\",\"medio\":\"CORREO_ELECTRONICO\"}");
		assertThat(salida.estado()).isEqualTo(400);
		assertThat(salida.json().get("code").asString()).isEqualTo("CAMPO_REQUERIDO");
		var conDestinatario = radicar(
				"{\"tipo\":\"SALIDA\",\"asunto\":\"Respuesta al derecho de petición\",\"dependencia\":\"200\","
						+ "\"medio\":\"CORREO_ELECTRONICO\",\"radicadoRelacionado\":\""
						+ anonimo.get("numero").asString() + "\","
						+ "\"destinatario\":{\"tipoPersona\":\"JURIDICA\",\"tipoDocumento\":\"NIT\",\"numeroDocumento\":\"900123456\",\"nombre\":\"Acueducto S.A. E.S.P.\"}}");
		assertThat(conDestinatario.get("numero").asString()).endsWith("1");
		assertThat(conDestinatario.get("radicadoRelacionado").asString()).isEqualTo(anonimo.get("numero").asString());
	}

	@Test
	void datosInvalidosDan400ConCodigoYNoConsumenNumero() {
		long antes = jdbc.queryForObject("SELECT coalesce(sum(ultimo), 0) FROM radicado_consecutivo", Long.class);
		assertThat(ventanilla
			.post("/api/v1/radicados",
					"{\"tipo\":\"ENTRADA\",\"asunto\":\"x\",\"dependencia\":\"999\",\"medio\":\"PRESENCIAL\","
							+ "\"remitente\":{\"anonimo\":true}}")
			.json()
			.get("code")
			.asString()).isEqualTo("DEPENDENCIA_NO_ENCONTRADA");
		assertThat(ventanilla
			.post("/api/v1/radicados",
					"{\"tipo\":\"ENTRADA\",\"asunto\":\"x\",\"dependencia\":\"200\",\"medio\":\"PALOMA\","
							+ "\"remitente\":{\"anonimo\":true}}")
			.json()
			.get("code")
			.asString()).isEqualTo("VALOR_NO_PERMITIDO");
		assertThat(ventanilla
			.post("/api/v1/radicados",
					"{\"tipo\":\"ENTRADA\",\"dependencia\":\"200\",\"medio\":\"PRESENCIAL\","
							+ "\"remitente\":{\"anonimo\":true}}")
			.json()
			.get("errores")
			.get(0)
			.get("campo")
			.asString()).isEqualTo("asunto");
		assertThat(ventanilla
			.post("/api/v1/radicados",
					"{\"tipo\":\"ENTRADA\",\"asunto\":\"x\",\"dependencia\":\"200\",\"medio\":\"PRESENCIAL\","
							+ "\"remitente\":{\"nombre\":\"Sin documento\",\"tipoDocumento\":\"CC\"}}")
			.json()
			.get("code")
			.asString()).isEqualTo("DOCUMENTO_INCOMPLETO");
		assertThat(jdbc.queryForObject("SELECT coalesce(sum(ultimo), 0) FROM radicado_consecutivo", Long.class))
			.isEqualTo(antes);
	}

	@Test
	void laAnulacionConservaElNumeroYSoloLaHaceElJefeDeCorrespondenciaOElAdministrador() {
		String numero = radicar(Ventanilla.entrada("Radicado por error", "200", "10101010")).get("numero").asString();
		var denegada = ventanilla.post("/api/v1/radicados/" + numero + "/anulacion",
				"{\"justificacion\":\"Error\",\"acta\":\"AN-1\"}");
		assertThat(denegada.estado()).isEqualTo(403);
		var sinActa = Ventanilla.como(puerto, "jefecorresp")
			.post("/api/v1/radicados/" + numero + "/anulacion", "{\"justificacion\":\"Error\"}");
		assertThat(sinActa.json().get("code").asString()).isEqualTo("CAMPO_REQUERIDO");
		var anulado = Ventanilla.como(puerto, "jefecorresp")
			.post("/api/v1/radicados/" + numero + "/anulacion",
					"{\"justificacion\":\"Se radicó dos veces el mismo oficio\",\"acta\":\"ACTA-2026-004\"}");
		assertThat(anulado.estado()).isEqualTo(200);
		assertThat(anulado.json().get("estado").asString()).isEqualTo("ANULADO");
		assertThat(anulado.json().get("numero").asString()).isEqualTo(numero);
		assertThat(anulado.json().get("anulacion").get("acta").asString()).isEqualTo("ACTA-2026-004");
		assertThat(anulado.json().get("anulacion").get("anuladoPor").asString()).isEqualTo("jefecorresp");
		assertThat(Ventanilla.como(puerto, "jefecorresp")
			.post("/api/v1/radicados/" + numero + "/anulacion", "{\"justificacion\":\"otra\",\"acta\":\"X\"}")
			.estado()).isEqualTo(409);
		int anio = Integer.parseInt(numero.substring(0, 4));
		var informe = ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN)
			.get("/api/v1/radicados/anulaciones?anio=" + anio);
		assertThat(informe.cuerpo()).contains(numero).contains("ACTA-2026-004").contains("Se radicó dos veces");
		assertThat(ventanilla.get("/api/v1/radicados?estado=ANULADO&numero=" + numero).json().get("total").asInt())
			.isEqualTo(1);
	}

	@Test
	void losDatosRegistradosNoSeModificanNiSeBorranNiSiquieraPorSql() {
		String numero = radicar(Ventanilla.entrada("Asunto original", "200", "20202020")).get("numero").asString();
		assertThatThrownBy(() -> jdbc.update("UPDATE radicado SET asunto = 'cambiado' WHERE numero = ?", numero))
			.rootCause()
			.hasMessageContaining("no se modifican");
		assertThatThrownBy(() -> jdbc.update("DELETE FROM radicado WHERE numero = ?", numero)).rootCause()
			.hasMessageContaining("se anula");
		var anotacion = ventanilla.post("/api/v1/radicados/" + numero + "/anotaciones",
				"{\"texto\":\"El remitente corrige su teléfono: 3109876543\"}");
		assertThat(anotacion.estado()).isEqualTo(201);
		var leido = ventanilla.get("/api/v1/radicados/" + numero).json();
		assertThat(leido.get("asunto").asString()).isEqualTo("Asunto original");
		assertThat(leido.get("anotaciones").get(0).get("texto").asString()).contains("3109876543");
	}

	@Test
	void unEjecutableRenombradoSeRechazaSinConsumirNumero() {
		long antes = jdbc.queryForObject("SELECT coalesce(sum(ultimo), 0) FROM radicado_consecutivo", Long.class);
		byte[] exe = new byte[4096];
		exe[0] = 'M';
		exe[1] = 'Z';
		exe[0x3c] = (byte) 0x80;
		exe[0x80] = 'P';
		exe[0x81] = 'E';
		var r = ventanilla.multipart("/api/v1/radicados",
				Parte.json("radicado", Ventanilla.entrada("Con adjunto dudoso", "200", "30303030")),
				Parte.archivo("principal", "carta.pdf", "application/pdf", exe));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(400);
		assertThat(r.json().get("code").asString()).isEqualTo("TIPO_DOCUMENTO_NO_PERMITIDO");
		assertThat(r.json().get("detail").asString()).contains("carta.pdf").contains("ejecutables");
		assertThat(jdbc.queryForObject("SELECT coalesce(sum(ultimo), 0) FROM radicado_consecutivo", Long.class))
			.isEqualTo(antes);
	}

	@Test
	void unPdfSeGuardaPorHashSeExtraeSuTextoYSeEncuentraConYSinTildes() throws Exception {
		byte[] pdf = Ventanilla.pdf("Solicitud de pavimentacion urgente de la via principal del barrio Jerusalen");
		var r = ventanilla.multipart("/api/v1/radicados",
				Parte.json("radicado", Ventanilla.entrada("Derecho de petición sobre vías", "200", "40404040")),
				Parte.archivo("principal", "peticion.pdf", "application/octet-stream", pdf),
				Parte.archivo("anexo", "nota.txt", "text/plain",
						"Anexo: fotografías del hueco en la calle".getBytes(StandardCharsets.UTF_8)));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
		JsonNode j = r.json();
		String numero = j.get("numero").asString();
		JsonNode principal = j.get("documentos").get(0);
		assertThat(principal.get("rol").asString()).isEqualTo("PRINCIPAL");
		assertThat(principal.get("tipoMime").asString()).isEqualTo("application/pdf");
		assertThat(principal.get("tipoDeclarado").asString()).isEqualTo("application/octet-stream");
		assertThat(principal.get("paginas").asInt()).isEqualTo(1);
		assertThat(principal.get("autor").asString()).isEqualTo("María José Pérez");
		assertThat(principal.get("estadoTexto").asString()).isEqualTo("EXTRAIDO");
		assertThat(principal.get("sha256").asString()).isEqualTo(
				java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf)));
		assertThat(j.get("documentos").get(1).get("rol").asString()).isEqualTo("ANEXO");

		for (String consulta : new String[] { "pavimentación", "pavimentacion", "Jerusalén", "VIA principal" }) {
			var busqueda = ventanilla
				.get("/api/v1/radicados?q=" + java.net.URLEncoder.encode(consulta, StandardCharsets.UTF_8))
				.json();
			assertThat(busqueda.get("total").asInt()).as(consulta).isGreaterThanOrEqualTo(1);
			assertThat(busqueda.get("radicados").get(0).get("numero").asString()).as(consulta).isEqualTo(numero);
			assertThat(busqueda.get("radicados").get(0).get("fragmento").asString()).contains("<mark>");
		}
		assertThat(ventanilla.get("/api/v1/radicados?q=fotografias")
			.json()
			.get("radicados")
			.get(0)
			.get("numero")
			.asString()).isEqualTo(numero);

		var descarga = ventanilla.get("/api/v1/radicados/" + numero + "/documentos/" + principal.get("id").asLong());
		assertThat(descarga.cruda().body()).isEqualTo(pdf);
		assertThat(descarga.cruda().headers().firstValue("X-Content-SHA256"))
			.hasValue(principal.get("sha256").asString());
		assertThat(ventanilla
			.get("/api/v1/radicados/" + numero + "/documentos/" + principal.get("id").asLong() + "/verificacion")
			.json()
			.get("integro")
			.asBoolean()).isTrue();

		byte[] estampado = ventanilla
			.get("/api/v1/radicados/" + numero + "/documentos/" + principal.get("id").asLong() + "/estampado.pdf")
			.cruda()
			.body();
		try (PDDocument doc = Loader.loadPDF(estampado)) {
			String texto = new PDFTextStripper().getText(doc);
			assertThat(texto).contains(numero).contains("pavimentacion");
		}
	}

	@Test
	void unaNuevaVersionNoReemplazaLaAnterior() {
		String numero = radicar(ClienteApi.json(Map.of("tipo", "SALIDA", "asunto", "Con versiones", "dependencia",
				"200", "medio", "CORREO_POSTAL", "destinatario", Map.of("nombre", "Juan Torres"))))
			.get("numero")
			.asString();
		var v1 = ventanilla.multipart("/api/v1/radicados/" + numero + "/documentos",
				Parte.archivo("archivo", "oficio.pdf", "application/pdf", Ventanilla.pdf("version uno")));
		assertThat(v1.estado()).as(v1.cuerpo()).isEqualTo(201);
		long id1 = v1.json().get("id").asLong();
		var v2 = ventanilla.multipart("/api/v1/radicados/" + numero + "/documentos?versionDe=" + id1,
				Parte.archivo("archivo", "oficio.pdf", "application/pdf", Ventanilla.pdf("version dos")));
		assertThat(v2.json().get("version").asInt()).isEqualTo(2);
		assertThat(v2.json().get("versionDe").asLong()).isEqualTo(id1);
		assertThat(ventanilla.get("/api/v1/radicados/" + numero).json().get("documentos")).hasSize(2);
	}

	@Test
	void elRotuloTraeUnQrQueDecodificaAlNumeroYLaConstanciaLosAnexos() throws Exception {
		String numero = radicar(Ventanilla.entrada("Rótulo y constancia", "200", "60606060")).get("numero").asString();
		var rotulo = ventanilla.get("/api/v1/radicados/" + numero + "/rotulo.pdf");
		assertThat(rotulo.tipo()).startsWith("application/pdf");
		try (PDDocument doc = Loader.loadPDF(rotulo.cruda().body())) {
			assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(283.46f,
					org.assertj.core.data.Offset.offset(0.5f));
			BufferedImage imagen = new PDFRenderer(doc).renderImageWithDPI(0, 300);
			String qr = new MultiFormatReader()
				.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(imagen))))
				.getText();
			assertThat(qr).startsWith("RADICADO " + numero)
				.contains("http://pqrsd.prueba/verificacion/" + numero + "?c=");
			assertThat(new PDFTextStripper().getText(doc)).contains(numero).contains("Folios: 3");
			String url = qr.substring(qr.indexOf("/verificacion/"));
			var verificacion = ClienteApi.anonimo(puerto).get(url);
			assertThat(verificacion.estado()).isEqualTo(200);
			assertThat(verificacion.cuerpo()).contains(numero).doesNotContain("60606060");
		}
		var constancia = ventanilla.get("/api/v1/radicados/" + numero + "/constancia.pdf");
		try (PDDocument doc = Loader.loadPDF(constancia.cruda().body())) {
			String texto = new PDFTextStripper().getText(doc);
			assertThat(texto).contains("Constancia de radicación")
				.contains(numero)
				.contains("Copia de la cédula")
				.contains("CPACA");
		}
	}

	@Test
	void unFuncionarioVeSoloLosRadicadosDeSuDependenciaYLosDatosPersonalesSeProtegen() {
		String numero = radicar(Ventanilla.entrada("Para Gobierno", "200", "70707070")).get("numero").asString();
		var deOtra = Ventanilla.como(puerto, "hacienda1").get("/api/v1/radicados/" + numero);
		assertThat(deOtra.estado()).isEqualTo(404);
		assertThat(Ventanilla.como(puerto, "hacienda1")
			.get("/api/v1/radicados?numero=" + numero)
			.json()
			.get("total")
			.asInt()).isZero();
		var deSuDependencia = Ventanilla.como(puerto, "gobierno1").get("/api/v1/radicados/" + numero).json();
		assertThat(deSuDependencia.get("remitente").get("numeroDocumento").asString()).isEqualTo("70707070");
		var archivista = Ventanilla.como(puerto, "archivo1").get("/api/v1/radicados/" + numero).json();
		assertThat(archivista.get("remitente").get("numeroDocumento").asString()).endsWith("070")
			.doesNotContain("70707070");
		assertThat(archivista.get("remitente").get("correo").isNull()).isTrue();
		assertThat(archivista.get("remitente").get("datosProtegidos").asBoolean()).isTrue();
		assertThat(Ventanilla.como(puerto, "archivo1").get("/api/v1/terceros?q=7070").estado()).isEqualTo(403);
		assertThat(ventanilla.get("/api/v1/terceros?q=7070707").cuerpo()).contains("María José Pérez Gómez");
	}

	@Test
	void unPosibleDuplicadoSeAdvierteSinImpedirLaRadicacion() {
		radicar(Ventanilla.entrada("Solicitud de poda del árbol frente a mi casa", "200", "80808080"));
		var segundo = radicar(Ventanilla.entrada("Solicitud de poda de árbol frente a mi casa", "200", "80808080"));
		assertThat(segundo.get("advertencias").get(0).get("codigo").asString()).isEqualTo("POSIBLE_DUPLICADO");
	}

	@Test
	void laEntradaSoloLaRadicaLaVentanillaPeroUnaDependenciaRadicaSusSalidas() {
		var gobierno = Ventanilla.como(puerto, "gobierno1");
		assertThat(gobierno.post("/api/v1/radicados", Ventanilla.entrada("No puedo", "200", "90909090")).estado())
			.isEqualTo(403);
		var salida = gobierno.post("/api/v1/radicados",
				ClienteApi.json(Map.of("tipo", "SALIDA", "asunto", "Oficio de respuesta", "dependencia", "200", "medio",
						"CORREO_POSTAL", "guia", "RN123456789CO", "destinatario",
						Map.of("nombre", "Juan Torres", "direccion", "Cra 1 # 2-3"))));
		assertThat(salida.estado()).as(salida.cuerpo()).isEqualTo(201);
		assertThat(salida.json().get("numero").asString()).contains("200").endsWith("1");
	}

}
