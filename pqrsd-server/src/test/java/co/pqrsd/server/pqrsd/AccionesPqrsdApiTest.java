package co.pqrsd.server.pqrsd;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.PruebaIntegracion;
import co.pqrsd.server.RelojAjustable;
import co.pqrsd.server.radicacion.VentanillaPublica;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Every action of a PQRSD through the API, end to end on the real server: the answer as a
 * SALIDA radicado, approval and its switch, traslado, requerimiento, desistimiento,
 * repartidores, consultas, publication of anonymous answers, and the refusals.
 */
@PruebaIntegracion
class AccionesPqrsdApiTest {

	static final String CLAVE = "Acciones2026x";

	/** The dependencia whose answers go through approval (the default). */
	static final String HACIENDA = "840";

	/** The dependencia with approval switched off. */
	static final String OBRAS = "850";

	@LocalServerPort
	int puerto;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RelojAjustable reloj;

	@Autowired
	co.pqrsd.server.pqrsd.motor.MotorPqrsd motor;

	ClienteApi ventanilla;

	@BeforeEach
	void preparar() {
		ClienteApi admin = ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
		if (admin.get("/api/v1/usuarios/acventanilla").estado() != 200) {
			for (String[] d : new String[][] { { "841", "Ventanilla de acciones" },
					{ HACIENDA, "Secretaría de Hacienda" }, { OBRAS, "Secretaría de Obras" },
					{ "860", "Control Interno de acciones" } }) {
				admin.post("/api/v1/dependencias", ClienteApi.json(Map.of("codigo", d[0], "nombre", d[1])));
			}
			usuario(admin, "acventanilla", List.of("RADICADOR"), "841");
			usuario(admin, "acjefe", List.of("FUNCIONARIO", "JEFE_DEPENDENCIA"), HACIENDA);
			usuario(admin, "acfunc", List.of("FUNCIONARIO"), HACIENDA);
			usuario(admin, "acotro", List.of("FUNCIONARIO"), HACIENDA);
			usuario(admin, "acrepartidor", List.of("FUNCIONARIO"), HACIENDA);
			usuario(admin, "acjefeobras", List.of("FUNCIONARIO", "JEFE_DEPENDENCIA"), OBRAS);
			usuario(admin, "acfuncobras", List.of("FUNCIONARIO"), OBRAS);
			usuario(admin, "accontrol", List.of("CONTROL_INTERNO"), "860");
			var apagada = como("acjefeobras").put("/api/v1/pqrsd/dependencias/" + OBRAS + "/aprobacion",
					"{\"requiereAprobacion\":false}");
			assertThat(apagada.estado()).as(apagada.cuerpo()).isEqualTo(200);
		}
		ventanilla = como("acventanilla");
	}

	@AfterEach
	void restablecerReloj() {
		reloj.restablecer();
	}

	private static void usuario(ClienteApi admin, String username, List<String> roles, String dependencia) {
		var r = admin.post("/api/v1/usuarios", ClienteApi.json(Map.of("username", username, "nombre", username, "email",
				username + "@x.co", "password", CLAVE, "roles", roles, "dependencias", List.of(dependencia))));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
	}

	private ClienteApi como(String usuario) {
		return ClienteApi.como(puerto, usuario, CLAVE);
	}

	private static String cuerpo(String dependencia, String asunto, String peticionario, String extra) {
		return "{\"etiqueta\":\"PETICION\",\"modalidad\":\"GENERAL\",\"asunto\":\"" + asunto
				+ "\",\"descripcion\":\"Solicito información\",\"dependencia\":\"" + dependencia
				+ "\",\"canal\":\"PRESENCIAL\",\"peticionario\":" + peticionario + extra + "}";
	}

	private static final String ANA = "{\"tipoDocumento\":\"CC\",\"numeroDocumento\":\"52123456\","
			+ "\"nombre\":\"Ana Ruiz\",\"correo\":\"ana.ruiz@example.co\"}";

	private static final String PEDRO_SIN_CORREO = "{\"tipoDocumento\":\"CC\",\"numeroDocumento\":\"79111222\","
			+ "\"nombre\":\"Pedro Gil\",\"direccion\":\"Calle 1 # 2-3\"}";

	/** A new case of Hacienda, assigned to acfunc (EN_TRAMITE). */
	private String enTramite(String asunto) {
		return enTramite(HACIENDA, "acjefe", "acfunc", cuerpo(HACIENDA, asunto, ANA, ""));
	}

	private String enTramite(String dependencia, String jefe, String funcionario, String json) {
		String radicado = crear(json);
		ok(como(jefe).post(url(radicado, "asignacion"), "{\"usuario\":\"" + funcionario + "\"}"));
		return radicado;
	}

	private String crear(String json) {
		var r = ventanilla.post("/api/v1/pqrsd", json);
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
		assertThat(r.json().get("estado").asString()).isIn("RADICADA", "EN_REPARTO");
		return r.json().get("radicado").asString();
	}

	/**
	 * Moves the clock and lets the engine fire what fell due for the case before acting
	 * on it (the timer and the action would otherwise race).
	 */
	private void mover(String radicado, Instant instante) {
		reloj.fijar(instante);
		new PruebaPqrsdMotor(puerto, jdbc, reloj, motor).esperarTimer(radicado);
	}

	private static String url(String radicado, String accion) {
		return "/api/v1/pqrsd/" + radicado + "/" + accion;
	}

	private static JsonNode ok(ClienteApi.Respuesta r) {
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(200);
		return r.json();
	}

	private static String codigo(ClienteApi.Respuesta r) {
		assertThat(r.tipo()).as(r.cuerpo()).startsWith("application/problem+json");
		return r.estado() + " " + r.json().get("code").asString();
	}

	private long auditados(String accion, String radicado) {
		return jdbc.queryForObject("SELECT count(*) FROM auditoria_evento WHERE accion = ? AND objeto_id = ?",
				Long.class, accion, radicado);
	}

	private List<String> correos(String para) {
		return jdbc.queryForList("SELECT asunto || ' | ' || texto FROM correo_saliente WHERE para = ? ORDER BY id",
				String.class, para);
	}

	private static ClienteApi.Parte texto(String nombre, String valor) {
		return new ClienteApi.Parte(nombre, null, "text/plain; charset=UTF-8", valor.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void laRespuestaAprobadaSeVuelveRadicadoDeSalidaLigadoALaEntradaYSeComunicaPorCorreo() {
		String radicado = enTramite("Certificado de paz y salvo predial");
		ok(como("acfunc").post(url(radicado, "notas"), "{\"texto\":\"Se verificó el estado de cuenta\"}"));
		int correosAntes = correos("ana.ruiz@example.co").size();
		var proyectada = como("acfunc").multipart(url(radicado, "respuesta"),
				texto("texto", "Su predio está a paz y salvo."), ClienteApi.Parte.archivo("documentos",
						"paz-y-salvo.pdf", "application/pdf", VentanillaPublica.pdf("Certificado de paz y salvo")));
		JsonNode p = ok(proyectada);
		assertThat(p.get("estado").asString()).isEqualTo("EN_APROBACION");
		assertThat(p.get("etapa").asString()).isEqualTo("APROBACION");
		assertThat(p.get("respuesta").get("requiereAprobacion").asBoolean()).isTrue();
		assertThat(p.get("comunicacion").isNull()).isTrue();
		assertThat(p.get("peticionario").get("nombre").asString()).isEqualTo("Ana Ruiz");
		assertThat(p.get("peticionario").get("correo").asString()).isEqualTo("ana.ruiz@example.co");
		assertThat(p.get("canalRespuesta").isNull()).isTrue();
		assertThat(jdbc.queryForList("SELECT usuario FROM notificacion WHERE clave LIKE ?", String.class,
				radicado + "/RESPUESTA_POR_APROBAR/%"))
			.containsExactly("acjefe");
		// Only the jefe approves.
		assertThat(codigo(como("acfunc").post(url(radicado, "aprobacion"), "{\"aprobada\":true}")))
			.isEqualTo("403 ACCION_NO_AUTORIZADA");
		JsonNode r = ok(
				como("acjefe").post(url(radicado, "aprobacion"), "{\"aprobada\":true,\"observaciones\":\"Conforme\"}"));
		assertThat(r.get("estado").asString()).isEqualTo("RESPONDIDA");
		JsonNode c = r.get("comunicacion");
		assertThat(c.get("medio").asString()).isEqualTo("CORREO_ELECTRONICO");
		assertThat(c.get("oportuna").asBoolean()).isTrue();
		assertThat(c.get("fecha").asString()).isEqualTo("2026-03-10");
		String salida = c.get("radicadoSalida").asString();
		// The SALIDA radicado: linked to the ENTRADA, addressed to the peticionario, with
		// the document.
		JsonNode s = ok(como("acjefe").get("/api/v1/radicados/" + salida));
		assertThat(s.get("tipo").asString()).isEqualTo("SALIDA");
		assertThat(s.get("radicadoRelacionado").asString()).isEqualTo(radicado);
		assertThat(s.get("destinatario").get("nombre").asString()).isEqualTo("Ana Ruiz");
		assertThat(s.get("documentos")).hasSize(1);
		var documentos = ok(como("acjefe").get(url(radicado, "documentos")));
		assertThat(documentos.valueStream().map(d -> d.get("origen").asString() + " " + d.get("radicado").asString()))
			.containsExactly("RESPUESTA " + salida);
		String descarga = documentos.get(0).get("url").asString();
		assertThat(como("acjefe").get(descarga).estado()).isEqualTo(200);
		// Communicated by e-mail to the peticionario.
		List<String> correos = correos("ana.ruiz@example.co");
		assertThat(correos).hasSize(correosAntes + 1);
		assertThat(correos.get(correos.size() - 1)).contains(radicado, salida, "paz y salvo");
		assertThat(auditados("PQRSD_RESPUESTA_PROYECTADA", radicado)).isEqualTo(1);
		assertThat(auditados("PQRSD_RESPUESTA_APROBADA", radicado)).isEqualTo(1);
		assertThat(auditados("PQRSD_RESPUESTA_COMUNICADA", radicado)).isEqualTo(1);
		assertThat(auditados("PQRSD_NOTA_REGISTRADA", radicado)).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM pqrsd_respuesta_documento WHERE radicado = ?", Long.class,
				radicado))
			.isZero();
		// Closed afterwards; then nothing else is allowed.
		assertThat(ok(como("acfunc").post(url(radicado, "cierre"), "")).get("estado").asString()).isEqualTo("CERRADA");
		assertThat(auditados("PQRSD_CERRADA", radicado)).isEqualTo(1);
		var otra = como("acfunc").post(url(radicado, "notas"), "{\"texto\":\"Otra nota\"}");
		assertThat(codigo(otra)).isEqualTo("409 ACCION_NO_PERMITIDA");
		assertThat(otra.json().get("parametros").get("estado").asString()).isEqualTo("CERRADA");
	}

	@Test
	void elJefeDevuelveLaRespuestaConObservacionesYElFuncionarioLaCorrige() {
		String radicado = enTramite("Devolución de un pago doble");
		ok(como("acfunc").post(url(radicado, "respuesta"), "{\"texto\":\"Primer borrador\"}"));
		assertThat(codigo(como("acjefe").post(url(radicado, "aprobacion"), "{\"aprobada\":false}")))
			.isEqualTo("400 OBSERVACIONES_REQUERIDAS");
		JsonNode devuelta = ok(como("acjefe").post(url(radicado, "aprobacion"),
				"{\"aprobada\":false,\"observaciones\":\"Cite el acuerdo municipal\"}"));
		assertThat(devuelta.get("estado").asString()).isEqualTo("EN_TRAMITE");
		assertThat(auditados("PQRSD_RESPUESTA_DEVUELTA", radicado)).isEqualTo(1);
		assertThat(jdbc.queryForList("SELECT usuario FROM notificacion WHERE clave LIKE ?", String.class,
				radicado + "/RESPUESTA_DEVUELTA/%"))
			.containsExactly("acfunc");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM pqrsd_salida WHERE radicado = ?", Long.class, radicado))
			.as("ningún radicado de salida")
			.isZero();
		ok(como("acfunc").post(url(radicado, "respuesta"), "{\"texto\":\"Segundo borrador con el acuerdo\"}"));
		JsonNode r = ok(como("acjefe").post(url(radicado, "aprobacion"), "{\"aprobada\":true}"));
		assertThat(r.get("estado").asString()).isEqualTo("RESPONDIDA");
		assertThat(r.get("respuesta").get("texto").asString()).isEqualTo("Segundo borrador con el acuerdo");
	}

	@Test
	void sinPasoDeAprobacionLaRespuestaSeRadicaYSeDejaEnVentanillaSiNoHayCorreo() {
		assertThat(codigo(como("acjefe").put("/api/v1/pqrsd/dependencias/" + OBRAS + "/aprobacion",
				"{\"requiereAprobacion\":true}")))
			.as("el jefe de otra dependencia")
			.isEqualTo("403 ACCESO_DENEGADO");
		assertThat(codigo(como("acjefeobras").put("/api/v1/pqrsd/dependencias/" + OBRAS + "/aprobacion", "{}")))
			.isEqualTo("400 CAMPO_REQUERIDO");
		assertThat(ok(como("acjefeobras").get("/api/v1/pqrsd/dependencias/" + OBRAS + "/aprobacion"))
			.get("requiereAprobacion")
			.asBoolean()).isFalse();
		String radicado = enTramite(OBRAS, "acjefeobras", "acfuncobras",
				cuerpo(OBRAS, "Hueco en la vía", PEDRO_SIN_CORREO, ",\"canalRespuesta\":\"PRESENCIAL\""));
		mover(radicado, Instant.parse("2026-03-12T15:00:00Z"));
		JsonNode r = ok(como("acfuncobras").post(url(radicado, "respuesta"), "{\"texto\":\"Se programó el arreglo\"}"));
		assertThat(r.get("estado").asString()).isEqualTo("RESPONDIDA");
		assertThat(r.get("respuesta").get("requiereAprobacion").asBoolean()).isFalse();
		assertThat(r.get("canalRespuesta").asString()).isEqualTo("PRESENCIAL");
		assertThat(r.get("comunicacion").get("medio").asString()).isEqualTo("PRESENCIAL");
		assertThat(r.get("comunicacion").get("fecha").asString()).isEqualTo("2026-03-12");
		String salida = r.get("comunicacion").get("radicadoSalida").asString();
		JsonNode s = ok(como("acjefeobras").get("/api/v1/radicados/" + salida));
		assertThat(s.get("tipo").asString()).isEqualTo("SALIDA");
		assertThat(s.get("medio").asString()).isEqualTo("PRESENCIAL");
		assertThat(s.get("radicadoRelacionado").asString()).isEqualTo(radicado);
		assertThat(auditados("PQRSD_RESPUESTA_APROBADA", radicado)).isZero();
		assertThat(auditados("PQRSD_RESPUESTA_COMUNICADA", radicado)).isEqualTo(1);
		assertThat(jdbc
			.queryForObject("SELECT count(*) FROM auditoria_evento WHERE accion = 'PQRSD_APROBACION_CONFIGURADA' "
					+ "AND objeto_id = ?", Long.class, OBRAS))
			.isGreaterThanOrEqualTo(1);
	}

	@Test
	void laRespuestaAUnaPeticionAnonimaSePublicaCincoDiasSinDatosPersonales() {
		String radicado = enTramite(OBRAS, "acjefeobras", "acfuncobras",
				cuerpo(OBRAS, "Basuras en el parque", "{\"anonimo\":true}", ""));
		JsonNode r = ok(como("acfuncobras").post(url(radicado, "respuesta"),
				"{\"texto\":\"Se programó la recolección para el jueves\"}"));
		assertThat(r.get("estado").asString()).isEqualTo("RESPONDIDA");
		assertThat(r.get("comunicacion").get("medio").asString()).isEqualTo("PUBLICACION_WEB");
		assertThat(r.get("peticionario").isNull()).isTrue();
		JsonNode publicacion = r.get("comunicacion").get("publicacion");
		assertThat(publicacion.get("desde").asString()).isEqualTo("2026-03-10");
		ClienteApi publico = ClienteApi.anonimo(puerto);
		var lista = publico.get("/api/v1/publico/pqrsd/respuestas");
		assertThat(lista.estado()).as(lista.cuerpo()).isEqualTo(200);
		JsonNode propia = lista.json()
			.valueStream()
			.filter(e -> e.get("radicado").asString().equals(radicado))
			.findFirst()
			.orElseThrow();
		assertThat(propia.get("texto").asString()).isEqualTo("Se programó la recolección para el jueves");
		assertThat(propia.get("retiro").asString()).isEqualTo(publicacion.get("retiro").asString());
		// The same on the public page, without login.
		var pagina = publico.get("/ciudadano/respuestas");
		assertThat(pagina.estado()).as(pagina.cuerpo()).isEqualTo(200);
		assertThat(pagina.cuerpo()).contains(radicado).contains("Se programó la recolección para el jueves");
		assertThat(lista.cuerpo()).doesNotContain("acfuncobras", "52123456", "Ana Ruiz");
		// It cannot be closed before the notification is deemed done.
		assertThat(codigo(como("acfuncobras").post(url(radicado, "cierre"), "")))
			.isEqualTo("400 CIERRE_ANTES_DE_NOTIFICACION");
		// After the window it is no longer published.
		LocalDate despues = LocalDate.parse(publicacion.get("notificacionSurtida").asString()).plusDays(1);
		reloj.fijar(despues.atTime(10, 0).atZone(co.pqrsd.core.comun.Colombia.ZONA).toInstant());
		assertThat(publico.get("/api/v1/publico/pqrsd/respuestas").cuerpo()).doesNotContain(radicado);
	}

	@Test
	void vencidaPorSilencioPositivoLaRespuestaEsLaEntregaDeLasCopiasPorElMismoFlujo() {
		String radicado = enTramite(HACIENDA, "acjefe", "acfunc",
				cuerpo(HACIENDA, "Copia del plano predial", ANA, "").replace("\"GENERAL\"", "\"DOCUMENTOS\""));
		LocalDate vence = LocalDate
			.parse(ok(como("acfunc").get("/api/v1/pqrsd/" + radicado)).get("vencimiento").asString());
		// The engine's timer declares the expiry (Ley 1755 de 2015, art. 14 num. 1).
		reloj.fijar(vence.plusDays(1).atTime(12, 0).atZone(co.pqrsd.core.comun.Colombia.ZONA).toInstant());
		new PruebaPqrsdMotor(puerto, jdbc, reloj, motor).esperarTimer(radicado);
		JsonNode vencida = ok(como("acfunc").get("/api/v1/pqrsd/" + radicado));
		assertThat(vencida.get("estado").asString()).isEqualTo("VENCIDA_SILENCIO_POSITIVO");
		assertThat(vencida.get("venceEntregaCopias").isNull()).isFalse();
		ok(como("acfunc").post(url(radicado, "respuesta"), "{\"texto\":\"Se entregan las copias solicitadas\"}"));
		// Ley 1755 de 2015, art. 14 num. 1: granted by the silence, whatever was not
		// said.
		assertThat(jdbc.queryForObject("SELECT sentido FROM pqrsd_sentido_respuesta WHERE radicado = ?", String.class,
				radicado))
			.isEqualTo("CONCEDIDA");
		JsonNode r = ok(como("acjefe").post(url(radicado, "aprobacion"), "{\"aprobada\":true}"));
		assertThat(r.get("estado").asString()).isEqualTo("RESPONDIDA");
		assertThat(r.get("comunicacion").get("oportuna").asBoolean()).isFalse();
		assertThat(r.get("advertencias").valueStream().map(a -> a.get("codigo").asString()))
			.contains("RESPUESTA_EXTEMPORANEA");
		assertThat(ok(como("acjefe").get("/api/v1/radicados/" + r.get("comunicacion").get("radicadoSalida").asString()))
			.get("tipo")
			.asString()).isEqualTo("SALIDA");
	}

	@Test
	void elTrasladoATiempoRadicaElOficioRemisorioYEnviaCopiaAlPeticionario() {
		String radicado = enTramite("Licencia de tránsito");
		mover(radicado, Instant.parse("2026-03-13T15:00:00Z"));
		assertThat(codigo(como("acfunc").post(url(radicado, "traslado"), "{\"entidad\":\"\",\"motivo\":\"x\"}")))
			.isEqualTo("400 CAMPO_REQUERIDO");
		JsonNode r = ok(como("acfunc").post(url(radicado, "traslado"),
				"{\"entidad\":\"Ministerio de Transporte\",\"motivo\":\"Es competencia nacional\"}"));
		assertThat(r.get("estado").asString()).isEqualTo("TRASLADADA");
		JsonNode t = r.get("traslado");
		assertThat(t.get("extemporaneo").asBoolean()).isFalse();
		assertThat(r.get("advertencias")).isEmpty();
		String oficio = t.get("radicadoOficio").asString();
		JsonNode s = ok(como("acfunc").get("/api/v1/radicados/" + oficio));
		assertThat(s.get("tipo").asString()).isEqualTo("SALIDA");
		assertThat(s.get("destinatario").get("nombre").asString()).isEqualTo("Ministerio de Transporte");
		assertThat(s.get("radicadoRelacionado").asString()).isEqualTo(radicado);
		assertThat(correos("ana.ruiz@example.co")).anyMatch(m -> m.contains(oficio) && m.contains("Ministerio"));
		assertThat(auditados("PQRSD_TRASLADADA", radicado)).isEqualTo(1);
		assertThat(codigo(como("acfunc").post(url(radicado, "traslado"),
				"{\"entidad\":\"Gobernación\",\"motivo\":\"Otra vez\"}")))
			.isEqualTo("409 ACCION_NO_PERMITIDA");
	}

	@Test
	void elTrasladoTardioSeHaceYQuedaLaAdvertenciaTrasladoExtemporaneo() {
		String radicado = enTramite("Multa de tránsito");
		// Reception Tuesday 10 March: the 5 días end on Tuesday 17.
		mover(radicado, Instant.parse("2026-03-20T15:00:00Z"));
		JsonNode r = ok(como("acfunc").post(url(radicado, "traslado"),
				"{\"entidad\":\"Superintendencia de Transporte\",\"motivo\":\"Competencia de la Superintendencia\"}"));
		assertThat(r.get("estado").asString()).isEqualTo("TRASLADADA");
		assertThat(r.get("traslado").get("extemporaneo").asBoolean()).isTrue();
		assertThat(r.get("traslado").get("limite").asString()).isEqualTo("2026-03-17");
		assertThat(r.get("advertencias").valueStream().map(a -> a.get("codigo").asString()))
			.containsExactly("TRASLADO_EXTEMPORANEO");
	}

	@Test
	void elRequerimientoDetieneElTerminoYLaRespuestaDelPeticionarioLoReanuda() {
		String radicado = enTramite("Permiso de ocupación del espacio público");
		String vencimientoOriginal = ok(como("acfunc").get("/api/v1/pqrsd/" + radicado)).get("vencimiento").asString();
		mover(radicado, Instant.parse("2026-03-12T15:00:00Z"));
		JsonNode s = ok(como("acfunc").post(url(radicado, "requerimiento"),
				"{\"solicitud\":\"Aporte el plano del sitio\",\"plazo\":\"2026-03-27\"}"));
		assertThat(s.get("estado").asString()).isEqualTo("SUSPENDIDA");
		assertThat(s.get("requerimientos").get(0).get("plazo").asString()).isEqualTo("2026-03-27");
		assertThat(correos("ana.ruiz@example.co")).anyMatch(m -> m.contains("Aporte el plano del sitio"));
		// While suspended, no answer and no second requerimiento.
		assertThat(codigo(como("acfunc").post(url(radicado, "respuesta"), "{\"texto\":\"x\"}")))
			.isEqualTo("409 ACCION_NO_PERMITIDA");
		// The peticionario's one extension of his plazo.
		mover(radicado, Instant.parse("2026-03-16T15:00:00Z"));
		JsonNode p = ok(
				como("acfunc").post(url(radicado, "requerimiento/prorroga"), "{\"nuevoPlazo\":\"2026-04-10\"}"));
		assertThat(p.get("requerimientos").get(0).get("plazo").asString()).isEqualTo("2026-04-10");
		assertThat(codigo(como("acfunc").post(url(radicado, "requerimiento/prorroga"), "{}")))
			.isEqualTo("400 PRORROGA_PETICIONARIO_YA_CONCEDIDA");
		mover(radicado, Instant.parse("2026-03-19T15:00:00Z"));
		JsonNode r = ok(como("acfunc").post(url(radicado, "respuesta-peticionario"),
				"{\"texto\":\"Adjunto el plano del sitio\"}"));
		assertThat(r.get("estado").asString()).isEqualTo("EN_TRAMITE");
		assertThat(r.get("requerimientos").get(0).get("respondidoEn").asString()).isEqualTo("2026-03-19");
		// The clock stopped for the days the requerimiento was pending, so the deadline
		// moves later.
		assertThat(LocalDate.parse(r.get("vencimiento").asString())).isAfter(LocalDate.parse(vencimientoOriginal));
		assertThat(auditados("PQRSD_INFORMACION_REQUERIDA", radicado)).isEqualTo(1);
		assertThat(auditados("PQRSD_PLAZO_PETICIONARIO_PRORROGADO", radicado)).isEqualTo(1);
		assertThat(auditados("PQRSD_REQUERIMIENTO_ATENDIDO", radicado)).isEqualTo(1);
	}

	@Test
	void elRequerimientoDespuesDeDiezDiasSeRechazaComoExtemporaneo() {
		String radicado = enTramite("Concepto de uso del suelo");
		mover(radicado, Instant.parse("2026-03-27T15:00:00Z"));
		var tarde = como("acfunc").post(url(radicado, "requerimiento"), "{\"solicitud\":\"Aporte la escritura\"}");
		assertThat(codigo(tarde)).isEqualTo("400 REQUERIMIENTO_EXTEMPORANEO");
		assertThat(auditados("PQRSD_INFORMACION_REQUERIDA", radicado)).isZero();
		assertThat(ok(como("acfunc").get("/api/v1/pqrsd/" + radicado)).get("estado").asString())
			.isEqualTo("EN_TRAMITE");
		var acciones = ok(como("acfunc").get(url(radicado, "acciones")));
		JsonNode requerir = acciones.valueStream()
			.filter(a -> a.get("accion").asString().equals("REQUERIR_INFORMACION"))
			.findFirst()
			.orElseThrow();
		assertThat(requerir.get("permitida").asBoolean()).isFalse();
		assertThat(requerir.get("codigo").asString()).isEqualTo("REQUERIMIENTO_EXTEMPORANEO");
		assertThat(requerir.get("motivo").asString()).contains("art. 17");
		assertThat(acciones.valueStream().map(a -> a.get("accion").asString())).contains("PROYECTAR_RESPUESTA")
			.doesNotContain("VENCER", "ENVIAR_A_REPARTO", "COMUNICAR_RESPUESTA");
		assertThat(
				acciones.valueStream().filter(a -> a.get("permitida").asBoolean()).map(a -> a.get("accion").asString()))
			.contains("PROYECTAR_RESPUESTA", "REGISTRAR_NOTA", "PRORROGAR");
	}

	@Test
	void elDesistimientoTacitoExigeActoMotivadoYVencidoElPlazo() {
		String radicado = enTramite("Devolución de impuesto de industria y comercio");
		mover(radicado, Instant.parse("2026-03-12T15:00:00Z"));
		ok(como("acfunc").post(url(radicado, "requerimiento"),
				"{\"solicitud\":\"Aporte la declaración\",\"plazo\":\"2026-03-20\"}"));
		mover(radicado, Instant.parse("2026-03-18T15:00:00Z"));
		assertThat(codigo(como("acjefe").post(url(radicado, "desistimiento"),
				"{\"tipo\":\"TACITO\",\"acto\":\"Resolución 045\",\"motivacion\":\"No aportó\"}")))
			.isEqualTo("400 DESISTIMIENTO_TACITO_PREMATURO");
		mover(radicado, Instant.parse("2026-03-25T15:00:00Z"));
		assertThat(codigo(como("acfunc").post(url(radicado, "desistimiento"),
				"{\"tipo\":\"TACITO\",\"acto\":\"Resolución 045\",\"motivacion\":\"No aportó\"}")))
			.as("solo el jefe firma el acto")
			.isEqualTo("403 ACCION_NO_AUTORIZADA");
		assertThat(codigo(como("acjefe").post(url(radicado, "desistimiento"),
				"{\"tipo\":\"TACITO\",\"acto\":\"Resolución 045\"}")))
			.isEqualTo("400 ACTO_MOTIVADO_REQUERIDO");
		assertThat(codigo(como("acjefe").post(url(radicado, "desistimiento"),
				"{\"tipo\":\"NINGUNO\",\"acto\":\"Resolución 045\"}")))
			.startsWith("400 ");
		JsonNode r = ok(como("acjefe").post(url(radicado, "desistimiento"),
				"{\"tipo\":\"TACITO\",\"acto\":\"Resolución 045 de 2026\",\"motivacion\":\"No aportó la declaración "
						+ "en el plazo concedido\"}"));
		assertThat(r.get("estado").asString()).isEqualTo("DESISTIDA");
		assertThat(r.get("desistimiento").get("tipo").asString()).isEqualTo("TACITO");
		assertThat(r.get("desistimiento").get("acto").asString()).isEqualTo("Resolución 045 de 2026");
		assertThat(auditados("PQRSD_DESISTIDA", radicado)).isEqualTo(1);
	}

	@Test
	void elDesistimientoExpresoTerminaElCaso() {
		String radicado = enTramite("Paz y salvo de valorización");
		JsonNode r = ok(como("acfunc").post(url(radicado, "desistimiento"),
				"{\"tipo\":\"EXPRESO\",\"acto\":\"20260000000099\",\"motivacion\":\"Ya no lo necesito\"}"));
		assertThat(r.get("estado").asString()).isEqualTo("DESISTIDA");
		assertThat(r.get("desistimiento").get("tipo").asString()).isEqualTo("EXPRESO");
		assertThat(ok(como("acfunc").post(url(radicado, "cierre"), "")).get("estado").asString()).isEqualTo("CERRADA");
	}

	@Test
	void elJefeNombraRepartidoresQuePuedenAsignarYReasignar() {
		assertThat(codigo(
				como("acfunc").put("/api/v1/pqrsd/repartidores/" + HACIENDA, "{\"usuarios\":[\"acrepartidor\"]}")))
			.isEqualTo("403 ACCESO_DENEGADO");
		assertThat(codigo(
				como("acjefe").put("/api/v1/pqrsd/repartidores/" + HACIENDA, "{\"usuarios\":[\"acfuncobras\"]}")))
			.isEqualTo("400 REPARTIDOR_NO_ASIGNABLE");
		assertThat(codigo(como("acjefe").put("/api/v1/pqrsd/repartidores/99999", "{\"usuarios\":[]}")))
			.isEqualTo("404 DEPENDENCIA_NO_ENCONTRADA");
		String radicado = crear(cuerpo(HACIENDA, "Exención de impuesto predial", ANA, ""));
		assertThat(codigo(como("acrepartidor").post(url(radicado, "asignacion"), "{\"usuario\":\"acfunc\"}")))
			.isEqualTo("403 ACCION_NO_AUTORIZADA");
		JsonNode definidos = ok(
				como("acjefe").put("/api/v1/pqrsd/repartidores/" + HACIENDA, "{\"usuarios\":[\"acrepartidor\"]}"));
		assertThat(definidos.get("usuarios").valueStream().map(JsonNode::asString)).containsExactly("acrepartidor");
		assertThat(ok(como("acjefe").get("/api/v1/pqrsd/repartidores/" + HACIENDA)).get("usuarios")
			.valueStream()
			.map(JsonNode::asString)).containsExactly("acrepartidor");
		JsonNode asignada = ok(como("acrepartidor").post(url(radicado, "asignacion"), "{\"usuario\":\"acfunc\"}"));
		assertThat(asignada.get("asignadoA").asString()).isEqualTo("acfunc");
		assertThat(jdbc
			.queryForObject("SELECT count(*) FROM auditoria_evento WHERE accion = 'PQRSD_REPARTIDORES_DEFINIDOS' "
					+ "AND objeto_id = ?", Long.class, HACIENDA))
			.isGreaterThanOrEqualTo(1);
		// Reasignación to another dependencia (the clock keeps running): a funcionario
		// may
		// not; the repartidor may.
		String vence = asignada.get("vencimiento").asString();
		assertThat(codigo(como("acfunc").post(url(radicado, "reasignacion"),
				"{\"dependencia\":\"" + OBRAS + "\",\"motivo\":\"Es de obras\"}")))
			.isEqualTo("403 ACCION_NO_AUTORIZADA");
		assertThat(codigo(como("acrepartidor").post(url(radicado, "reasignacion"),
				"{\"dependencia\":\"99998\",\"motivo\":\"Es de obras\"}")))
			.isEqualTo("404 DEPENDENCIA_NO_ENCONTRADA");
		JsonNode r = ok(como("acrepartidor").post(url(radicado, "reasignacion"),
				"{\"dependencia\":\"" + OBRAS + "\",\"motivo\":\"Es de obras\"}"));
		assertThat(r.get("dependencia").asString()).isEqualTo(OBRAS);
		assertThat(r.get("asignadoA").isNull()).isTrue();
		assertThat(r.get("estado").asString()).isEqualTo("EN_REPARTO");
		assertThat(r.get("vencimiento").asString()).isEqualTo(vence);
		assertThat(auditados("PQRSD_REASIGNADA", radicado)).isEqualTo(1);
		ok(como("acjefe").put("/api/v1/pqrsd/repartidores/" + HACIENDA, "{\"usuarios\":[]}"));
		String otro = crear(cuerpo(HACIENDA, "Otra exención", ANA, ""));
		assertThat(codigo(como("acrepartidor").post(url(otro, "asignacion"), "{\"usuario\":\"acfunc\"}")))
			.isEqualTo("403 ACCION_NO_AUTORIZADA");
	}

	@Test
	void unaConsultaInternaLaRespondeLaDependenciaConsultada() {
		String radicado = enTramite("Estado de una obra de alcantarillado");
		assertThat(codigo(como("acfunc").post(url(radicado, "consultas"),
				"{\"dependencia\":\"" + OBRAS
						+ "\",\"pregunta\":\"¿Cuándo termina la obra?\",\"vence\":\"2026-09-01\"}")))
			.isEqualTo("400 CONSULTA_INTERNA_FECHA_INVALIDA");
		JsonNode c = ok(como("acfunc").post(url(radicado, "consultas"), "{\"dependencia\":\"" + OBRAS
				+ "\",\"pregunta\":\"¿Cuándo termina la obra?\",\"vence\":\"2026-03-17\"}"));
		assertThat(c.get("consultas").get(0).get("numero").asInt()).isEqualTo(1);
		assertThat(codigo(como("acotro").post(url(radicado, "consultas/1/respuesta"), "{\"texto\":\"En abril\"}")))
			.isEqualTo("403 ACCION_NO_AUTORIZADA");
		JsonNode r = ok(
				como("acfuncobras").post(url(radicado, "consultas/1/respuesta"), "{\"texto\":\"Termina en abril\"}"));
		assertThat(r.get("consultas").get(0).get("respuesta").asString()).isEqualTo("Termina en abril");
		assertThat(r.get("estado").asString()).isEqualTo("EN_TRAMITE");
		assertThat(auditados("PQRSD_CONSULTA_INTERNA_SOLICITADA", radicado)).isEqualTo(1);
		assertThat(auditados("PQRSD_CONSULTA_INTERNA_RESPONDIDA", radicado)).isEqualTo(1);
	}

	@Test
	void laProrrogaSeLeInformaAlPeticionarioPorCorreo() {
		String radicado = enTramite("Revisión del avalúo catastral");
		mover(radicado, Instant.parse("2026-03-25T15:00:00Z"));
		JsonNode r = ok(como("acfunc").post(url(radicado, "prorroga"),
				"{\"motivo\":\"Se requiere visita técnica\",\"nuevoVencimiento\":\"2026-04-20\"}"));
		assertThat(r.get("prorroga").get("nuevaFecha").asString()).isEqualTo("2026-04-20");
		assertThat(correos("ana.ruiz@example.co"))
			.anyMatch(m -> m.contains(radicado) && m.contains("2026-04-20") && m.contains("visita técnica"));
	}

	@Test
	void cadaAccionEnUnEstadoQueNoLaAdmiteDa409ConElEstado() {
		String nueva = crear(cuerpo(HACIENDA, "Caso recién radicado", ANA, ""));
		for (String[] a : new String[][] { { "requerimiento", "{\"solicitud\":\"x\"}" },
				{ "respuesta", "{\"texto\":\"x\"}" }, { "aprobacion", "{\"aprobada\":true}" },
				{ "respuesta-peticionario", "{\"texto\":\"x\"}" }, { "requerimiento/prorroga", "{}" }, { "cierre", "" },
				{ "consultas/1/respuesta", "{\"texto\":\"x\"}" },
				{ "consultas", "{\"dependencia\":\"850\",\"pregunta\":\"x\",\"vence\":\"2026-03-17\"}" } }) {
			var r = como("acjefe").post(url(nueva, a[0]), a[1]);
			assertThat(codigo(r)).as(a[0]).isEqualTo("409 ACCION_NO_PERMITIDA");
			assertThat(r.json().get("parametros").get("estado").asString()).as(a[0]).isIn("RADICADA", "EN_REPARTO");
		}
		String cerrada = enTramite("Caso que se cierra");
		ok(como("acfunc").post(url(cerrada, "desistimiento"), "{\"tipo\":\"EXPRESO\",\"acto\":\"20260000000098\"}"));
		ok(como("acfunc").post(url(cerrada, "cierre"), ""));
		for (String[] a : new String[][] { { "asignacion", "{\"usuario\":\"acotro\"}" },
				{ "reasignacion", "{\"dependencia\":\"850\",\"motivo\":\"x\"}" },
				{ "traslado", "{\"entidad\":\"x\",\"motivo\":\"x\"}" }, { "notas", "{\"texto\":\"x\"}" },
				{ "desistimiento", "{\"tipo\":\"EXPRESO\",\"acto\":\"1\"}" },
				{ "prorroga", "{\"motivo\":\"x\",\"nuevoVencimiento\":\"2026-04-20\"}" },
				{ "respuesta", "{\"texto\":\"x\"}" } }) {
			var r = como("acjefe").post(url(cerrada, a[0]), a[1]);
			assertThat(codigo(r)).as(a[0]).isEqualTo("409 ACCION_NO_PERMITIDA");
			assertThat(r.json().get("parametros").get("estado").asString()).as(a[0]).isEqualTo("CERRADA");
		}
		assertThat(ok(como("acjefe").get(url(cerrada, "acciones"))).valueStream()
			.filter(a -> a.get("permitida").asBoolean())).isEmpty();
	}

	@Test
	void unRolQueNoPuedeRecibe403YLosDatosInvalidos400() {
		String radicado = enTramite("Caso de otro funcionario");
		for (String[] a : new String[][] { { "respuesta", "{\"texto\":\"x\"}" },
				{ "requerimiento", "{\"solicitud\":\"x\"}" }, { "traslado", "{\"entidad\":\"x\",\"motivo\":\"x\"}" },
				{ "consultas", "{\"dependencia\":\"850\",\"pregunta\":\"x\",\"vence\":\"2026-03-17\"}" },
				{ "prorroga", "{\"motivo\":\"x\",\"nuevoVencimiento\":\"2026-04-20\"}" },
				{ "reasignacion", "{\"dependencia\":\"850\",\"motivo\":\"x\"}" } }) {
			assertThat(codigo(como("acotro").post(url(radicado, a[0]), a[1]))).as(a[0])
				.isEqualTo("403 ACCION_NO_AUTORIZADA");
		}
		assertThat(codigo(como("acfunc").post(url(radicado, "respuesta"), "{\"texto\":\"\"}")))
			.isEqualTo("400 CAMPO_REQUERIDO");
		assertThat(codigo(como("acfunc").multipart(url(radicado, "respuesta"), texto("texto", " "))))
			.isEqualTo("400 TEXTO_REQUERIDO");
		assertThat(codigo(
				como("acfunc").post(url(radicado, "requerimiento"), "{\"solicitud\":\"x\",\"plazo\":\"mañana\"}")))
			.startsWith("400 ");
		assertThat(codigo(como("acfunc").post(url(radicado, "notas"), "no es json"))).startsWith("400 ");
		assertThat(codigo(como("acfunc").post(url(radicado, "consultas/abc/respuesta"), "{\"texto\":\"x\"}")))
			.startsWith("400 ");
		assertThat(codigo(como("acfunc").post("/api/v1/pqrsd/20269999999999/notas", "{\"texto\":\"x\"}")))
			.isEqualTo("404 PQRSD_NO_ENCONTRADA");
		// A file type radicación refuses is refused before anything is kept.
		var exe = como("acfunc").multipart(url(radicado, "respuesta"), texto("texto", "Respuesta"), ClienteApi.Parte
			.archivo("documentos", "programa.exe", "application/octet-stream", new byte[] { 'M', 'Z', 0, 0, 1, 2, 3 }));
		assertThat(exe.estado()).as(exe.cuerpo()).isBetween(400, 499);
		assertThat(ok(como("acfunc").get("/api/v1/pqrsd/" + radicado)).get("estado").asString())
			.isEqualTo("EN_TRAMITE");
	}

	@Test
	void unaDenunciaEsInvisibleYSusAccionesDan404AuditadoAUnFuncionarioNoAsignado() {
		String radicado = crear("{\"etiqueta\":\"DENUNCIA\",\"modalidad\":\"GENERAL\",\"asunto\":\"Cobro indebido\","
				+ "\"dependencia\":\"" + HACIENDA + "\",\"canal\":\"PRESENCIAL\",\"peticionario\":" + ANA
				+ ",\"denunciaCorrupcion\":true}");
		for (var r : List.of(como("acotro").get("/api/v1/pqrsd/" + radicado),
				como("acotro").get(url(radicado, "acciones")), como("acotro").get(url(radicado, "documentos")),
				como("acotro").post(url(radicado, "notas"), "{\"texto\":\"x\"}"))) {
			assertThat(codigo(r)).isEqualTo("404 PQRSD_NO_ENCONTRADA");
			assertThat(r.cuerpo()).doesNotContain("Cobro indebido", "Ana Ruiz");
		}
		assertThat(
				jdbc.queryForObject(
						"SELECT count(*) FROM auditoria_evento WHERE accion = 'ACCESO_DENEGADO' "
								+ "AND objeto_tipo = 'PQRSD' AND objeto_id = ? AND usuario = 'acotro'",
						Long.class, radicado))
			.isEqualTo(4);
		assertThat(ok(como("accontrol").get("/api/v1/pqrsd/" + radicado)).get("denunciaCorrupcion").asBoolean())
			.isTrue();
		// Its answer names the denunciante: the SALIDA radicado is reserved too.
		ok(como("acjefe").post(url(radicado, "asignacion"), "{\"usuario\":\"acfunc\"}"));
		ok(como("acfunc").post(url(radicado, "respuesta"), "{\"texto\":\"Se abrió la investigación\"}"));
		String salida = ok(como("acjefe").post(url(radicado, "aprobacion"), "{\"aprobada\":true}")).get("comunicacion")
			.get("radicadoSalida")
			.asString();
		assertThat(como("acotro").get("/api/v1/radicados/" + salida).estado()).isEqualTo(404);
		assertThat(como("accontrol").get("/api/v1/radicados/" + salida).estado()).isEqualTo(200);
		assertThat(como("acfunc").get("/api/v1/radicados/" + salida).estado()).as("el funcionario asignado")
			.isEqualTo(200);
		assertThat(como("acfunc").get("/api/v1/radicados/" + salida).estado()).as("el funcionario asignado")
			.isEqualTo(200);
	}

}
