package co.pqrsd.server.ciudadano;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.PruebaIntegracion;
import co.pqrsd.server.RelojAjustable;
import co.pqrsd.server.pqrsd.PqrsdCiudadano;
import co.pqrsd.server.pqrsd.motor.MotorPqrsd;
import co.pqrsd.server.radicacion.EntradasRadicacion;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The citizen's public API on the real server: filing without login, the receipt's data,
 * the lookup by radicado and PIN, the rate limits and the honeypot, the term of a filing
 * made on a Saturday night, and the ventanilla's classification that starts the process.
 */
@PruebaIntegracion
class CiudadanoApiTest {

	static final String CLAVE = "Ciudadania2026";

	/** Tuesday 2026-03-10 at 10:00 in Bogotá. */
	static final Instant MARTES = Instant.parse("2026-03-10T15:00:00Z");

	/** Saturday 2026-03-14 at 23:30 in Bogotá. */
	static final Instant SABADO_NOCHE = Instant.parse("2026-03-15T04:30:00Z");

	@LocalServerPort
	int puerto;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RelojAjustable reloj;

	@Autowired
	CiudadanoProperties propiedades;

	@Autowired
	PqrsdCiudadano pqrsdCiudadano;

	@Autowired
	MotorPqrsd motor;

	ClienteApi publico;

	@BeforeEach
	void preparar() {
		ClienteApi admin = ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
		if (admin.get("/api/v1/usuarios/civentanilla").estado() != 200) {
			admin.post("/api/v1/dependencias",
					ClienteApi.json(Map.of("codigo", "975", "nombre", "Secretaría de Salud")));
			admin.post("/api/v1/dependencias",
					ClienteApi.json(Map.of("codigo", "976", "nombre", "Ventanilla del canal ciudadano")));
			usuario(admin, "civentanilla", List.of("RADICADOR"), "976");
			usuario(admin, "cijefe", List.of("FUNCIONARIO", "JEFE_DEPENDENCIA"), "975");
		}
		jdbc.update("DELETE FROM ciudadano_intento");
		reloj.fijar(MARTES);
		publico = ClienteApi.anonimo(puerto);
	}

	@AfterEach
	void restablecer() {
		reloj.restablecer();
		propiedades.setRadicacionesPorIp(20);
		propiedades.setRadicacionesPorCorreo(5);
		propiedades.setConsultasFallidasPorIp(10);
		jdbc.update("DELETE FROM ciudadano_intento");
	}

	private static void usuario(ClienteApi admin, String username, List<String> roles, String dependencia) {
		var r = admin.post("/api/v1/usuarios", ClienteApi.json(Map.of("username", username, "nombre", username, "email",
				username + "@x.co", "password", CLAVE, "roles", roles, "dependencias", List.of(dependencia))));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
	}

	static String anonima(String asunto) {
		return "{\"asunto\":\"" + asunto + "\",\"peticionario\":{\"anonimo\":true}}";
	}

	static String identificada(String asunto, String correo) {
		return "{\"etiqueta\":\"QUEJA\",\"asunto\":\"" + asunto + "\",\"descripcion\":\"Detalle\","
				+ "\"peticionario\":{\"nombre\":\"Luisa Gómez\",\"correo\":\"" + correo + "\"},"
				+ "\"canalRespuesta\":\"CORREO_ELECTRONICO\"}";
	}

	private long consecutivos() {
		return jdbc.queryForObject("SELECT coalesce(sum(ultimo), 0) FROM radicado_consecutivo", Long.class);
	}

	@Test
	void unaPeticionAnonimaSeRadicaSinIngresoYSeConsultaConSuCodigo() {
		var r = publico.post("/api/v1/publico/pqrsd", anonima("Hueco en la vía de la vereda El Salitre"));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
		JsonNode j = r.json();
		assertThat(j.propertyNames()).containsExactly("radicado", "fechaRadicacion", "vencimiento", "pin");
		String radicado = j.get("radicado").asString();
		String pin = j.get("pin").asString();
		assertThat(pin).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
		assertThat(j.get("fechaRadicacion").asString()).isEqualTo("2026-03-10T10:00:00-05:00");
		// The PIN is stored only as its hash.
		assertThat(jdbc.queryForObject("SELECT pin_hash FROM ciudadano_pin WHERE radicado = ?", String.class, radicado))
			.hasSize(64)
			.doesNotContain(pin);
		// A PQRSD in RADICADA state at the receiving ventanilla, with no process yet.
		Map<String, Object> caso = jdbc.queryForMap(
				"SELECT estado, dependencia, etiqueta, modalidad, anonimo FROM pqrsd_caso WHERE radicado = ?",
				radicado);
		assertThat(caso).containsEntry("estado", "RADICADA")
			.containsEntry("dependencia", "1")
			.containsEntry("etiqueta", "PETICION")
			.containsEntry("modalidad", "GENERAL")
			.containsEntry("anonimo", true);
		assertThat(motor.pasoActual(radicado)).isNull();
		assertThat(jdbc.queryForObject("SELECT radicador FROM radicado WHERE numero = ?", String.class, radicado))
			.isEqualTo("canal.ciudadano");

		var e = publico.get("/api/v1/publico/pqrsd/" + radicado + "?pin=" + pin.toLowerCase().replace("-", ""));
		assertThat(e.estado()).as(e.cuerpo()).isEqualTo(200);
		assertThat(e.json().propertyNames()).containsExactly("radicado", "estado", "vencimiento", "respuestas");
		assertThat(e.json().get("estado").asString()).isEqualTo("RADICADA");
		assertThat(e.json().get("vencimiento").asString()).isEqualTo(j.get("vencimiento").asString());
		assertThat(e.json().get("respuestas")).isEmpty();

		// A wrong PIN and a number that does not exist get the same answer.
		var errado = publico.get("/api/v1/publico/pqrsd/" + radicado + "?pin=AAAA-BBBB-CCCC");
		var inexistente = publico.get("/api/v1/publico/pqrsd/2026-9-999999-E?pin=" + pin);
		assertThat(errado.estado()).isEqualTo(404);
		assertThat(inexistente.estado()).isEqualTo(404);
		assertThat(errado.json().get("code").asString()).isEqualTo("CONSULTA_NO_ENCONTRADA");
		assertThat(errado.json().get("detail")).isEqualTo(inexistente.json().get("detail"));
		assertThat(publico.get("/api/v1/publico/pqrsd/" + radicado).estado()).isEqualTo(404);
	}

	@Test
	void unaPeticionDelSabadoALasOnceYMediaDeLaNocheEmpiezaSuTerminoElLunesHabil() {
		reloj.fijar(SABADO_NOCHE);
		var r = publico.post("/api/v1/publico/pqrsd", anonima("Ruido nocturno en el parque"));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
		// Ley 1437 de 2011, art. 15 par. 1: the real instant is kept, Saturday night.
		assertThat(r.json().get("fechaRadicacion").asString()).isEqualTo("2026-03-14T23:30:00-05:00");
		// Day 1 is Monday 16; San José (23), Holy Thursday and Good Friday (2 and 3
		// April)
		// are holidays: the 15th business day is Wednesday 8 April.
		assertThat(r.json().get("vencimiento").asString()).isEqualTo("2026-04-08");
		ClienteApi ventanilla = ClienteApi.como(puerto, "civentanilla", CLAVE);
		var viernes = ventanilla
			.get("/api/v1/terminos/vencimiento?modalidad=GENERAL&recibido=2026-03-13T10:00:00-05:00")
			.json();
		assertThat(r.json().get("vencimiento").asString()).isEqualTo(viernes.get("vencimiento").asString());
	}

	@Test
	void laVentanillaClasificaLaSolicitudYEmpiezaSuProceso() {
		var r = publico.post("/api/v1/publico/pqrsd", identificada("Mal trato en la taquilla", "luisa@correo.co"));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
		String radicado = r.json().get("radicado").asString();
		ClienteApi ventanilla = ClienteApi.como(puerto, "civentanilla", CLAVE);
		var cola = ventanilla.get("/api/v1/pqrsd/clasificacion");
		assertThat(cola.estado()).as(cola.cuerpo()).isEqualTo(200);
		assertThat(cola.cuerpo()).contains(radicado);
		// Only the ventanilla (or ADMIN, Control Interno) classifies.
		ClienteApi jefe = ClienteApi.como(puerto, "cijefe", CLAVE);
		assertThat(jefe
			.post("/api/v1/pqrsd/" + radicado + "/clasificacion",
					"{\"etiqueta\":\"QUEJA\",\"modalidad\":\"GENERAL\",\"dependencia\":\"975\"}")
			.estado()).isEqualTo(403);
		var sinModalidad = ventanilla.post("/api/v1/pqrsd/" + radicado + "/clasificacion",
				"{\"etiqueta\":\"QUEJA\",\"dependencia\":\"975\"}");
		assertThat(sinModalidad.estado()).as(sinModalidad.cuerpo()).isEqualTo(400);
		assertThat(sinModalidad.json().get("code").asString()).isEqualTo("MODALIDAD_REQUERIDA");

		var c = ventanilla.post("/api/v1/pqrsd/" + radicado + "/clasificacion",
				"{\"etiqueta\":\"QUEJA\",\"modalidad\":\"DOCUMENTOS\",\"dependencia\":\"975\"}");
		assertThat(c.estado()).as(c.cuerpo()).isEqualTo(200);
		assertThat(c.json().get("estado").asString()).isEqualTo("EN_REPARTO");
		JsonNode caso = ventanilla.get("/api/v1/pqrsd/" + radicado).json();
		assertThat(caso.get("estado").asString()).isEqualTo("EN_REPARTO");
		assertThat(caso.get("dependencia").asString()).isEqualTo("975");
		assertThat(caso.get("modalidad").asString()).isEqualTo("DOCUMENTOS");
		assertThat(caso.get("recibido").asString()).isEqualTo("2026-03-10T10:00:00-05:00");
		// 10 business days from Wednesday 11 March (San José on the 23rd).
		assertThat(caso.get("vencimiento").asString()).isEqualTo("2026-03-25");
		assertThat(jdbc.queryForObject("SELECT etiqueta FROM pqrsd_caso WHERE radicado = ?", String.class, radicado))
			.isEqualTo("QUEJA");
		esperar(() -> "reparto".equals(motor.pasoActual(radicado)));
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM auditoria_evento WHERE accion = 'PQRSD_CLASIFICADA' AND objeto_id = ?",
				Long.class, radicado))
			.isEqualTo(1);
		// Once classified it leaves the queue and cannot be classified again.
		assertThat(ventanilla.get("/api/v1/pqrsd/clasificacion").cuerpo()).doesNotContain(radicado);
		var otraVez = ventanilla.post("/api/v1/pqrsd/" + radicado + "/clasificacion",
				"{\"etiqueta\":\"QUEJA\",\"modalidad\":\"GENERAL\",\"dependencia\":\"975\"}");
		assertThat(otraVez.estado()).isEqualTo(409);
		assertThat(otraVez.json().get("code").asString()).isEqualTo("PQRSD_YA_CLASIFICADA");
	}

	@Test
	void conAdjuntoPorMultipartYUnTipoNoAdmitidoNoRadicaNada() throws IOException {
		byte[] pdf = pdf();
		var r = publico.multipart("/api/v1/publico/pqrsd",
				ClienteApi.Parte.json("solicitud", anonima("Solicitud con soporte")),
				ClienteApi.Parte.archivo("archivos", "soporte.pdf", "application/pdf", pdf));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
		String radicado = r.json().get("radicado").asString();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM documento WHERE numero = ?", Long.class, radicado))
			.isEqualTo(1);
		long antes = consecutivos();
		var malo = publico.multipart("/api/v1/publico/pqrsd",
				ClienteApi.Parte.json("solicitud", anonima("Con programa")), ClienteApi.Parte.archivo("archivos",
						"programa.exe", "application/octet-stream", new byte[] { 'M', 'Z', 0, 0, 1, 2, 3 }));
		assertThat(malo.estado()).as(malo.cuerpo()).isEqualTo(400);
		assertThat(consecutivos()).isEqualTo(antes);
	}

	@Test
	void soloElObjetoEsObligatorioYLosDatosErradosSeRechazanConSuCampo() {
		var sinObjeto = publico.post("/api/v1/publico/pqrsd", "{\"peticionario\":{\"anonimo\":true}}");
		assertThat(sinObjeto.estado()).isEqualTo(400);
		assertThat(sinObjeto.json().get("code").asString()).isEqualTo("PQRSD_OBJETO_REQUERIDO");
		// Without peticionario at all it is an anonymous filing.
		assertThat(publico.post("/api/v1/publico/pqrsd", "{\"asunto\":\"Solo el objeto\"}").estado()).isEqualTo(201);
		var correoMalo = publico.post("/api/v1/publico/pqrsd",
				"{\"asunto\":\"x\",\"peticionario\":{\"nombre\":\"Ana\",\"correo\":\"no-es-correo\"}}");
		assertThat(correoMalo.estado()).isEqualTo(400);
		assertThat(correoMalo.cuerpo()).contains("peticionario.correo");
		assertThat(publico.post("/api/v1/publico/pqrsd", "{\"asunto\":").estado()).isEqualTo(400);
	}

	@Test
	void elCampoTrampaRechazaLaSolicitudYQuedaEnLaBitacora() {
		long antes = consecutivos();
		var r = publico.post("/api/v1/publico/pqrsd",
				"{\"asunto\":\"Compre ya\",\"sitioWeb\":\"http://spam.example\",\"peticionario\":{\"anonimo\":true}}");
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(400);
		assertThat(r.json().get("code").asString()).isEqualTo("SOLICITUD_AUTOMATICA_RECHAZADA");
		assertThat(consecutivos()).isEqualTo(antes);
		assertThat(jdbc
			.queryForObject("SELECT count(*) FROM auditoria_evento WHERE accion = 'CIUDADANO_INTENTO_RECHAZADO' "
					+ "AND detalles ->> 'motivo' = 'CAMPO_TRAMPA'", Long.class))
			.isPositive();
	}

	@Test
	void losLimitesPorIpPorCorreoYDeConsultasResponden429() {
		propiedades.setRadicacionesPorCorreo(2);
		for (int i = 0; i < 2; i++) {
			assertThat(publico.post("/api/v1/publico/pqrsd", identificada("Queja " + i, "Repetido@correo.co")).estado())
				.isEqualTo(201);
		}
		var porCorreo = publico.post("/api/v1/publico/pqrsd", identificada("Otra", "repetido@correo.co"));
		assertThat(porCorreo.estado()).as(porCorreo.cuerpo()).isEqualTo(429);
		assertThat(porCorreo.json().get("code").asString()).isEqualTo("DEMASIADAS_SOLICITUDES");
		assertThat(porCorreo.cruda().headers().firstValue("Retry-After")).isPresent();

		propiedades.setRadicacionesPorIp(3);
		assertThat(publico.post("/api/v1/publico/pqrsd", anonima("Tercera")).estado()).isEqualTo(201);
		var porIp = publico.post("/api/v1/publico/pqrsd", anonima("Cuarta"));
		assertThat(porIp.estado()).isEqualTo(429);
		assertThat(porIp.json().get("detail").asString()).contains("demasiadas solicitudes");

		propiedades.setConsultasFallidasPorIp(2);
		var recibo = ClienteApi.anonimo(puerto);
		jdbc.update("DELETE FROM ciudadano_intento");
		var valida = recibo.post("/api/v1/publico/pqrsd", anonima("Para consultar")).json();
		String radicado = valida.get("radicado").asString();
		for (int i = 0; i < 2; i++) {
			assertThat(publico.get("/api/v1/publico/pqrsd/" + radicado + "?pin=XXXX").estado()).isEqualTo(404);
		}
		var bloqueada = publico.get("/api/v1/publico/pqrsd/" + radicado + "?pin=" + valida.get("pin").asString());
		assertThat(bloqueada.estado()).isEqualTo(429);
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM auditoria_evento WHERE accion = 'CIUDADANO_CONSULTA_FALLIDA'", Long.class))
			.isGreaterThanOrEqualTo(2);
	}

	@Test
	void elMismoOrigenSeRadicaUnaSolaVez() {
		var s = new PqrsdCiudadano.Solicitud(null, "Correo del ciudadano", "Texto del correo", "CORREO_ELECTRONICO",
				new EntradasRadicacion.Peticionario(false, "NATURAL", null, null, "Pedro Pérez", null, null,
						"pedro@correo.co", null),
				null, List.of(), false, "<abc-123@correo.co>");
		PqrsdCiudadano.Radicada primera = pqrsdCiudadano.radicar(s);
		PqrsdCiudadano.Radicada segunda = pqrsdCiudadano.radicar(s);
		assertThat(primera.nueva()).isTrue();
		assertThat(segunda.nueva()).isFalse();
		assertThat(segunda.radicado()).isEqualTo(primera.radicado());
		assertThat(primera.explicacionVencimiento()).contains("día hábil siguiente");
		assertThat(jdbc.queryForObject("SELECT medio FROM radicado WHERE numero = ?", String.class, primera.radicado()))
			.isEqualTo("CORREO_ELECTRONICO");
	}

	/** Runs {@code n} requests at once, each with its own client; their answers. */
	private List<ClienteApi.Respuesta> paralelas(int n,
			java.util.function.Function<Integer, ClienteApi.Respuesta> peticion) throws Exception {
		java.util.concurrent.ExecutorService hilos = java.util.concurrent.Executors.newFixedThreadPool(n);
		try {
			java.util.concurrent.CountDownLatch salida = new java.util.concurrent.CountDownLatch(1);
			List<java.util.concurrent.Future<ClienteApi.Respuesta>> futuros = new java.util.ArrayList<>();
			for (int i = 0; i < n; i++) {
				int k = i;
				futuros.add(hilos.submit(() -> {
					salida.await();
					return peticion.apply(k);
				}));
			}
			salida.countDown();
			List<ClienteApi.Respuesta> respuestas = new java.util.ArrayList<>();
			for (var f : futuros) {
				respuestas.add(f.get(120, java.util.concurrent.TimeUnit.SECONDS));
			}
			return respuestas;
		}
		finally {
			hilos.shutdownNow();
		}
	}

	/**
	 * Posts a form of the citizen's pages as a browser does: opens the PQRSD form for its
	 * session cookie and CSRF token, then posts the fields.
	 */
	private ClienteApi.Respuesta formulario(String ruta, Map<String, String> campos) {
		var pagina = publico.get("/ciudadano/pqrsd");
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(pagina.cuerpo());
		assertThat(m.find()).as("token CSRF en el formulario").isTrue();
		String cookies = String.join("; ",
				pagina.cruda().headers().allValues("Set-Cookie").stream().map(v -> v.split(";", 2)[0]).toList());
		StringBuilder cuerpo = new StringBuilder(
				"_csrf=" + java.net.URLEncoder.encode(m.group(1), java.nio.charset.StandardCharsets.UTF_8));
		campos.forEach((k, v) -> cuerpo.append('&')
			.append(k)
			.append('=')
			.append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
		return publico
			.enviar(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + puerto + ruta))
				.header("Cookie", cookies)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString(cuerpo.toString())));
	}

	private long rechazos(String motivo) {
		return jdbc.queryForObject("SELECT count(*) FROM auditoria_evento WHERE accion = 'CIUDADANO_INTENTO_RECHAZADO' "
				+ "AND detalles ->> 'motivo' = ?", Long.class, motivo);
	}

	@Test
	void radicacionesSimultaneasDesdeUnaIpAdmitenExactamenteElLimite() throws Exception {
		propiedades.setRadicacionesPorIp(5);
		long rechazosAntes = rechazos("LIMITE_IP");
		List<ClienteApi.Respuesta> r = paralelas(16,
				i -> ClienteApi.anonimo(puerto).post("/api/v1/publico/pqrsd", anonima("h1-paralela-ip " + i)));
		assertThat(r).allSatisfy(x -> assertThat(x.estado()).as(x.cuerpo()).isIn(201, 429));
		assertThat(r.stream().filter(x -> x.estado() == 201).count()).isEqualTo(5);
		assertThat(r.stream().filter(x -> x.estado() == 429)).hasSize(11)
			.allSatisfy(x -> assertThat(x.json().get("detail").asString()).contains("demasiadas solicitudes"));
		assertThat(
				jdbc.queryForObject("SELECT count(*) FROM radicado WHERE asunto LIKE 'h1-paralela-ip %'", Long.class))
			.isEqualTo(5);
		assertThat(rechazos("LIMITE_IP") - rechazosAntes).isEqualTo(11);
	}

	@Test
	void consultasSimultaneasConCodigoErradoPruebanExactamenteElLimiteYLasAcertadasNoCuentan() throws Exception {
		var valida = ClienteApi.anonimo(puerto)
			.post("/api/v1/publico/pqrsd", anonima("Para consultar a la vez"))
			.json();
		String radicado = valida.get("radicado").asString();
		String pin = valida.get("pin").asString();
		propiedades.setConsultasFallidasPorIp(4);
		// Correct lookups give their count back: as many as wanted.
		for (int i = 0; i < 6; i++) {
			assertThat(publico.get("/api/v1/publico/pqrsd/" + radicado + "?pin=" + pin).estado()).isEqualTo(200);
		}
		List<ClienteApi.Respuesta> r = paralelas(12,
				i -> ClienteApi.anonimo(puerto).get("/api/v1/publico/pqrsd/" + radicado + "?pin=ERRADO" + i));
		assertThat(r).allSatisfy(x -> assertThat(x.estado()).as(x.cuerpo()).isIn(404, 429));
		assertThat(r.stream().filter(x -> x.estado() == 404).count()).isEqualTo(4);
		assertThat(r.stream().filter(x -> x.estado() == 429))
			.allSatisfy(x -> assertThat(x.json().get("code").asString()).isEqualTo("DEMASIADAS_SOLICITUDES"));
		// Now even the right code waits, and so does the receipt's PDF (no way around the
		// limit).
		assertThat(publico.get("/api/v1/publico/pqrsd/" + radicado + "?pin=" + pin).estado()).isEqualTo(429);
		var pdf = formulario("/ciudadano/pqrsd/recibo.pdf", Map.of("radicado", radicado, "pin", pin));
		assertThat(pdf.estado()).as(pdf.cuerpo()).isEqualTo(429);
		assertThat(pdf.cruda().headers().firstValue("Retry-After")).isPresent();
	}

	@Test
	void elPdfDeLaConstanciaConCodigoErradoCuentaComoConsultaFallida() {
		var valida = ClienteApi.anonimo(puerto).post("/api/v1/publico/pqrsd", anonima("Constancia")).json();
		String radicado = valida.get("radicado").asString();
		propiedades.setConsultasFallidasPorIp(2);
		for (int i = 0; i < 2; i++) {
			assertThat(
					formulario("/ciudadano/pqrsd/recibo.pdf", Map.of("radicado", radicado, "pin", "MAL" + i)).estado())
				.isEqualTo(404);
		}
		assertThat(formulario("/ciudadano/pqrsd/recibo.pdf",
				Map.of("radicado", radicado, "pin", valida.get("pin").asString()))
			.estado()).isEqualTo(429);
	}

	@Test
	void radicacionesSimultaneasConUnCorreoAdmitenExactamenteElLimite() throws Exception {
		propiedades.setRadicacionesPorCorreo(3);
		long rechazosAntes = rechazos("LIMITE_CORREO");
		List<ClienteApi.Respuesta> r = paralelas(12, i -> ClienteApi.anonimo(puerto)
			.post("/api/v1/publico/pqrsd", identificada("h1-paralela-correo " + i, "h1-Mismo@correo.co")));
		assertThat(r).allSatisfy(x -> assertThat(x.estado()).as(x.cuerpo()).isIn(201, 429));
		assertThat(r.stream().filter(x -> x.estado() == 201).count()).isEqualTo(3);
		assertThat(r.stream().filter(x -> x.estado() == 429).count()).isEqualTo(9);
		assertThat(rechazos("LIMITE_CORREO") - rechazosAntes).isEqualTo(9);
	}

	@Test
	void unaRadicacionFallidaDelLoteNoAfectaALasDemasNiDejaNadaAMedias() throws Exception {
		long antes = consecutivos();
		paralelas(10, i -> {
			var s = new PqrsdCiudadano.Solicitud(null, "h1-lote " + i, null, "FORMULARIO_WEB",
					new EntradasRadicacion.Peticionario(true, null, null, null, null, null, null, null, null), null,
					List.of(), false, null);
			try {
				pqrsdCiudadano.radicarCombinado(s, null, () -> {
				}, radicado -> {
					jdbc.update("INSERT INTO ciudadano_pin (radicado, pin_hash, creado_en) VALUES (?, 'x', ?)",
							radicado, java.sql.Timestamp.from(reloj.instant()));
					if (i % 2 == 1) {
						throw new IllegalStateException("falla a propósito");
					}
				});
				return new ClienteApi.Respuesta(201, "", null);
			}
			catch (IllegalStateException e) {
				return new ClienteApi.Respuesta(500, "", null);
			}
		});
		// Each failed filing rolled back to its savepoint: no number, radicado, case or
		// code of it; the others committed whole.
		assertThat(consecutivos() - antes).isEqualTo(5);
		List<String> guardadas = jdbc.queryForList(
				"SELECT r.asunto FROM radicado r JOIN pqrsd_caso c ON c.radicado = r.numero "
						+ "JOIN ciudadano_pin p ON p.radicado = r.numero WHERE r.asunto LIKE 'h1-lote %' ORDER BY 1",
				String.class);
		assertThat(guardadas).containsExactly("h1-lote 0", "h1-lote 2", "h1-lote 4", "h1-lote 6", "h1-lote 8");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM radicado WHERE asunto LIKE 'h1-lote %'", Long.class))
			.isEqualTo(5);
	}

	static String conAutorizacion(String asunto, String correo, @org.jspecify.annotations.Nullable Boolean autoriza) {
		return "{\"asunto\":\"" + asunto + "\",\"peticionario\":{\"nombre\":\"Rosa Díaz\",\"correo\":\"" + correo
				+ "\"}" + (autoriza == null ? "" : ",\"autorizaDatos\":" + autoriza) + "}";
	}

	@Test
	void laAutorizacionDeDatosSeGuardaConSuFechaYPoliticaYLaVeElFuncionario() {
		var si = publico.post("/api/v1/publico/pqrsd", conAutorizacion("h1-autoriza si", "h1-si@correo.co", true));
		var no = publico.post("/api/v1/publico/pqrsd", conAutorizacion("h1-autoriza no", "h1-no@correo.co", false));
		var sinIndicar = publico.post("/api/v1/publico/pqrsd",
				conAutorizacion("h1-autoriza nada", "h1-nada@correo.co", null));
		var anonimaConsentida = publico.post("/api/v1/publico/pqrsd",
				"{\"asunto\":\"h1-autoriza anonima\",\"peticionario\":{\"anonimo\":true},\"autorizaDatos\":true}");
		// CPACA: the petition is received with or without consent.
		for (var r : List.of(si, no, sinIndicar, anonimaConsentida)) {
			assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
		}
		String rSi = si.json().get("radicado").asString();
		Map<String, Object> fila = jdbc.queryForMap(
				"SELECT autoriza, registrada_en, politica FROM pqrsd_autorizacion_datos WHERE radicado = ?", rSi);
		assertThat(fila).containsEntry("autoriza", true).containsEntry("politica", "v1, /ciudadano/tratamiento-datos");
		assertThat(((java.sql.Timestamp) fila.get("registrada_en")).toInstant()).isEqualTo(MARTES);
		for (var r : List.of(no, sinIndicar)) {
			assertThat(jdbc.queryForObject("SELECT autoriza FROM pqrsd_autorizacion_datos WHERE radicado = ?",
					Boolean.class, r.json().get("radicado").asString()))
				.isFalse();
		}
		String rAnonima = anonimaConsentida.json().get("radicado").asString();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM pqrsd_autorizacion_datos WHERE radicado = ?", Long.class,
				rAnonima))
			.isZero();
		assertThat(jdbc.queryForObject("SELECT detalles ->> 'autorizaDatos' FROM auditoria_evento "
				+ "WHERE accion = 'PQRSD_RADICADA' AND objeto_id = ?", String.class, rSi))
			.isEqualTo("true");

		ClienteApi admin = ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
		var caso = admin.get("/api/v1/pqrsd/" + rSi);
		assertThat(caso.estado()).as(caso.cuerpo()).isEqualTo(200);
		JsonNode a = caso.json().get("autorizacionDatos");
		assertThat(a.get("autoriza").asBoolean()).isTrue();
		assertThat(a.get("fecha").asString()).isEqualTo("2026-03-10T10:00:00-05:00");
		assertThat(a.get("politica").asString()).isEqualTo("v1, /ciudadano/tratamiento-datos");
		assertThat(admin.get("/api/v1/pqrsd/" + no.json().get("radicado").asString())
			.json()
			.get("autorizacionDatos")
			.get("autoriza")
			.asBoolean()).isFalse();
		JsonNode ninguna = admin.get("/api/v1/pqrsd/" + rAnonima).json().get("autorizacionDatos");
		assertThat(ninguna == null || ninguna.isNull()).isTrue();
	}

	static byte[] pdf() throws IOException {
		try (PDDocument d = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			d.addPage(new PDPage());
			d.save(out);
			return out.toByteArray();
		}
	}

	static void esperar(java.util.function.BooleanSupplier condicion) {
		long limite = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (!condicion.getAsBoolean()) {
			assertThat(System.nanoTime()).as("esperando").isLessThan(limite);
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

}
