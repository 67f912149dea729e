package co.pqrsd.server.pqrsd;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.PruebaIntegracion;
import co.pqrsd.server.RelojAjustable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The PQRSD record and its first API on the real server and PostgreSQL. */
@PruebaIntegracion
class PqrsdApiTest {

	static final String CLAVE = "Peticiones2026";

	/** Friday 2026-03-20, 10:00 in Bogotá; Monday 2026-03-23 is a holiday (San José). */
	static final Instant VIERNES_ANTES_DE_FESTIVO = Instant.parse("2026-03-20T15:00:00Z");

	@LocalServerPort
	int puerto;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RelojAjustable reloj;

	ClienteApi ventanilla;

	@BeforeEach
	void preparar() {
		ClienteApi admin = ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
		if (admin.get("/api/v1/usuarios/pqventanilla").estado() != 200) {
			for (String[] d : new String[][] { { "810", "Ventanilla PQRSD" }, { "820", "Secretaría de Planeación" },
					{ "830", "Oficina de Control Interno" } }) {
				admin.post("/api/v1/dependencias", ClienteApi.json(Map.of("codigo", d[0], "nombre", d[1])));
			}
			usuario(admin, "pqventanilla", List.of("RADICADOR"), "810");
			usuario(admin, "pqjefe", List.of("FUNCIONARIO", "JEFE_DEPENDENCIA"), "820");
			usuario(admin, "pqfuncionario", List.of("FUNCIONARIO"), "820");
			usuario(admin, "pqotro", List.of("FUNCIONARIO"), "820");
			usuario(admin, "pqcontrol", List.of("CONTROL_INTERNO"), "830");
		}
		ventanilla = como("pqventanilla");
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

	private static String peticion(String etiqueta, String asunto, String extra) {
		return "{\"etiqueta\":\"" + etiqueta + "\",\"modalidad\":\"GENERAL\",\"asunto\":\"" + asunto
				+ "\",\"descripcion\":\"Solicito información\",\"dependencia\":\"820\",\"canal\":\"PRESENCIAL\","
				+ "\"peticionario\":{\"tipoDocumento\":\"CC\",\"numeroDocumento\":\"52123456\",\"nombre\":\"Ana Ruiz\"}"
				+ extra + "}";
	}

	private JsonNode crear(String json) {
		var r = ventanilla.post("/api/v1/pqrsd", json);
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
		return r.json();
	}

	private long consecutivos() {
		return jdbc.queryForObject("SELECT coalesce(sum(ultimo), 0) FROM radicado_consecutivo", Long.class);
	}

	@Test
	void unaPeticionGeneralRadicadaElViernesAntesDeUnLunesFestivoVenceCuandoDiceElCalendario() {
		reloj.fijar(VIERNES_ANTES_DE_FESTIVO);
		var r = ventanilla.post("/api/v1/pqrsd", peticion("PETICION", "Certificado de residencia", ""));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
		JsonNode j = r.json();
		String radicado = j.get("radicado").asString();
		assertThat(r.cruda().headers().firstValue("Location")).hasValue("/api/v1/pqrsd/" + radicado);
		assertThat(j.get("etiqueta").asString()).isEqualTo("PETICION");
		assertThat(j.get("modalidad").asString()).isEqualTo("GENERAL");
		// The process engine sends it to its dependencia's reparto at once.
		assertThat(j.get("estado").asString()).isEqualTo("EN_REPARTO");
		assertThat(j.get("recibido").asString()).isEqualTo("2026-03-20T10:00:00-05:00");
		assertThat(j.get("dependencia").asString()).isEqualTo("820");
		assertThat(j.get("asignadoA").isNull()).isTrue();
		assertThat(j.get("semaforo").asString()).isEqualTo("VERDE");
		// 15 business days from Tuesday 24 (Monday 23 is San José; Holy Thursday and Good
		// Friday, April 2 and 3, are holidays too).
		assertThat(j.get("vencimiento").asString()).isEqualTo("2026-04-15");
		var motor = ventanilla.get("/api/v1/terminos/vencimiento?modalidad=GENERAL&recibido=2026-03-20T10:00:00-05:00")
			.json();
		assertThat(j.get("vencimiento").asString()).isEqualTo(motor.get("vencimiento").asString());
		assertThat(j.get("historial")).hasSize(2);
		assertThat(j.get("historial").get(0).get("accion").asString()).isEqualTo("Radicación");
		assertThat(j.get("historial").get(1).get("accion").asString()).isEqualTo("Reparto");
		assertThat(j.get("historial").get(0).get("titular").asString()).isEqualTo("Reparto de 820");
		// The same JSON on GET, and the ENTRADA radicado exists with the peticionario.
		var leido = ventanilla.get("/api/v1/pqrsd/" + radicado);
		assertThat(leido.estado()).isEqualTo(200);
		assertThat(leido.json()).isEqualTo(j);
		var entrada = ventanilla.get("/api/v1/radicados/" + radicado).json();
		assertThat(entrada.get("tipo").asString()).isEqualTo("ENTRADA");
		assertThat(entrada.get("remitente").get("nombre").asString()).isEqualTo("Ana Ruiz");
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM auditoria_evento WHERE accion = 'PQRSD_RADICADA' AND objeto_id = ?", Long.class,
				radicado))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM auditoria_evento WHERE accion = 'RADICADO_CREADO' AND objeto_id = ?", Long.class,
				radicado))
			.isEqualTo(1);
	}

	@Test
	void unaProrrogaPedidaDespuesDelVencimientoSeRechazaComoExtemporanea() {
		reloj.fijar(VIERNES_ANTES_DE_FESTIVO);
		String radicado = crear(peticion("PETICION", "Licencia de funcionamiento", "")).get("radicado").asString();
		var antesDeAsignar = como("pqjefe").post("/api/v1/pqrsd/" + radicado + "/requerimiento",
				"{\"solicitud\":\"Aporte la cédula\"}");
		assertThat(antesDeAsignar.estado()).as(antesDeAsignar.cuerpo()).isEqualTo(409);
		assertThat(antesDeAsignar.json().get("code").asString()).isEqualTo("ACCION_NO_PERMITIDA");
		assertThat(antesDeAsignar.json().get("parametros").get("estado").asString()).isIn("RADICADA", "EN_REPARTO");
		reloj.fijar(Instant.parse("2026-03-24T15:00:00Z"));
		var noJefe = como("pqotro").post("/api/v1/pqrsd/" + radicado + "/asignacion",
				"{\"usuario\":\"pqfuncionario\"}");
		assertThat(noJefe.estado()).as(noJefe.cuerpo()).isEqualTo(403);
		assertThat(noJefe.json().get("code").asString()).isEqualTo("ACCION_NO_AUTORIZADA");
		var desconocido = como("pqjefe").post("/api/v1/pqrsd/" + radicado + "/asignacion",
				"{\"usuario\":\"pqcontrol\"}");
		assertThat(desconocido.estado()).as(desconocido.cuerpo()).isEqualTo(400);
		assertThat(desconocido.json().get("code").asString()).isEqualTo("FUNCIONARIO_NO_ASIGNABLE");
		assertThat(codigo(como("pqjefe").post("/api/v1/pqrsd/" + radicado + "/asignacion", "{\"usuario\":\"\"}")))
			.isEqualTo("400 CAMPO_REQUERIDO");
		var asignada = como("pqjefe").post("/api/v1/pqrsd/" + radicado + "/asignacion",
				"{\"usuario\":\"pqfuncionario\"}");
		assertThat(asignada.estado()).as(asignada.cuerpo()).isEqualTo(200);
		assertThat(asignada.json().get("estado").asString()).isEqualTo("EN_TRAMITE");
		assertThat(asignada.json().get("asignadoA").asString()).isEqualTo("pqfuncionario");
		// Radicación, reparto (the engine's first step) and asignación.
		assertThat(asignada.json().get("historial")).hasSize(3);
		// Thursday 2026-04-16: the term ended on the 15th at midnight.
		reloj.fijar(Instant.parse("2026-04-16T15:00:00Z"));
		var tarde = como("pqfuncionario").post("/api/v1/pqrsd/" + radicado + "/prorroga",
				"{\"motivo\":\"Volumen de solicitudes\",\"nuevoVencimiento\":\"2026-05-06\"}");
		assertThat(tarde.estado()).as(tarde.cuerpo()).isEqualTo(400);
		assertThat(tarde.tipo()).startsWith("application/problem+json");
		assertThat(tarde.json().get("code").asString()).isEqualTo("PRORROGA_EXTEMPORANEA");
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM auditoria_evento WHERE accion = 'PQRSD_PRORROGADA' AND objeto_id = ?", Long.class,
				radicado))
			.isZero();
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM auditoria_evento WHERE accion = 'PQRSD_ASIGNADA' AND objeto_id = ?", Long.class,
				radicado))
			.isEqualTo(1);
	}

	@Test
	void unaProrrogaATiempoCambiaElVencimientoUnaSolaVez() {
		reloj.fijar(VIERNES_ANTES_DE_FESTIVO);
		String radicado = crear(peticion("RECLAMO", "Cobro del impuesto predial", "")).get("radicado").asString();
		reloj.fijar(Instant.parse("2026-04-10T15:00:00Z"));
		assertThat(como("pqjefe").post("/api/v1/pqrsd/" + radicado + "/asignacion", "{\"usuario\":\"pqfuncionario\"}")
			.estado()).isEqualTo(200);
		var excede = como("pqfuncionario").post("/api/v1/pqrsd/" + radicado + "/prorroga",
				"{\"motivo\":\"Se requiere concepto jurídico\",\"nuevoVencimiento\":\"2026-07-01\"}");
		assertThat(excede.estado()).as(excede.cuerpo()).isEqualTo(400);
		assertThat(excede.json().get("code").asString()).isEqualTo("PRORROGA_EXCEDE_TOPE");
		var prorrogada = como("pqfuncionario").post("/api/v1/pqrsd/" + radicado + "/prorroga",
				"{\"motivo\":\"Se requiere concepto jurídico\",\"nuevoVencimiento\":\"2026-04-30\"}");
		assertThat(prorrogada.estado()).as(prorrogada.cuerpo()).isEqualTo(200);
		assertThat(prorrogada.json().get("vencimiento").asString()).isEqualTo("2026-04-30");
		assertThat(como("pqfuncionario").get("/api/v1/pqrsd/" + radicado).json().get("vencimiento").asString())
			.isEqualTo("2026-04-30");
		var otra = como("pqfuncionario").post("/api/v1/pqrsd/" + radicado + "/prorroga",
				"{\"motivo\":\"Otra vez\",\"nuevoVencimiento\":\"2026-05-04\"}");
		assertThat(otra.estado()).as(otra.cuerpo()).isEqualTo(400);
		assertThat(otra.json().get("code").asString()).isEqualTo("PRORROGA_YA_CONCEDIDA");
	}

	@Test
	void unaDenunciaDeCorrupcionEsInvisibleParaUnFuncionarioNoAsignadoYLaNegativaSeAudita() {
		String radicado = crear(peticion("DENUNCIA", "Cobro indebido por un trámite", ",\"denunciaCorrupcion\":true"))
			.get("radicado")
			.asString();
		var oculta = como("pqotro").get("/api/v1/pqrsd/" + radicado);
		assertThat(oculta.estado()).isEqualTo(404);
		assertThat(oculta.json().get("code").asString()).isEqualTo("PQRSD_NO_ENCONTRADA");
		assertThat(oculta.cuerpo()).doesNotContain("Cobro indebido");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM auditoria_evento WHERE accion = 'ACCESO_DENEGADO' "
				+ "AND objeto_tipo = 'PQRSD' AND objeto_id = ? AND usuario = 'pqotro' AND resultado = 'DENEGADO'",
				Long.class, radicado))
			.isEqualTo(1);
		// Nor through radicación: the ENTRADA radicado is reserved too, and left out of
		// searches.
		var radicadoOculto = como("pqotro").get("/api/v1/radicados/" + radicado);
		assertThat(radicadoOculto.estado()).isEqualTo(404);
		assertThat(radicadoOculto.cuerpo()).doesNotContain("Ana Ruiz");
		assertThat(como("pqotro").get("/api/v1/radicados?asunto=Cobro%20indebido").cuerpo()).doesNotContain(radicado);
		assertThat(como("pqotro").get("/api/v1/radicados/" + radicado + "/rotulo.pdf").estado()).isEqualTo(404);
		assertThat(ventanilla.get("/api/v1/radicados/" + radicado).estado()).as("quien la radicó").isEqualTo(200);
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM auditoria_evento WHERE accion = 'ACCESO_DENEGADO' "
						+ "AND objeto_tipo = 'RADICADO' AND objeto_id = ? AND usuario = 'pqotro'",
				Long.class, radicado))
			.isGreaterThanOrEqualTo(1);
		assertThat(como("pqotro").get("/api/v1/auditoria/objetos/RADICADO/" + radicado).estado()).isEqualTo(403);
		assertThat(como("pqotro").get("/api/v1/auditoria/objetos/PQRSD/" + radicado).estado()).isEqualTo(403);
		// Its actions answer the same 404: not even its existence leaks.
		var asignar = como("pqotro").post("/api/v1/pqrsd/" + radicado + "/asignacion", "{\"usuario\":\"pqotro\"}");
		assertThat(asignar.estado()).isEqualTo(404);
		assertThat(listado(como("pqotro"), "?etiqueta=DENUNCIA")).doesNotContain(radicado);
		// Control Interno, the jefe of the dependencia and, once assigned, the
		// funcionario
		// see it.
		assertThat(como("pqcontrol").get("/api/v1/pqrsd/" + radicado).estado()).isEqualTo(200);
		assertThat(listado(como("pqcontrol"), "?etiqueta=DENUNCIA")).contains(radicado);
		assertThat(como("pqjefe").post("/api/v1/pqrsd/" + radicado + "/asignacion", "{\"usuario\":\"pqfuncionario\"}")
			.estado()).isEqualTo(200);
		assertThat(como("pqfuncionario").get("/api/v1/pqrsd/" + radicado).estado()).isEqualTo(200);
		assertThat(como("pqfuncionario").get("/api/v1/radicados/" + radicado).estado()).isEqualTo(200);
		assertThat(como("pqcontrol").get("/api/v1/radicados?asunto=Cobro%20indebido").cuerpo()).contains(radicado);
		assertThat(listado(como("pqfuncionario"), "?etiqueta=DENUNCIA&dependencia=820")).contains(radicado);
		assertThat(como("pqotro").get("/api/v1/pqrsd/" + radicado).estado()).isEqualTo(404);
	}

	private static List<String> listado(ClienteApi cliente, String consulta) {
		var r = cliente.get("/api/v1/pqrsd" + consulta + (consulta.isEmpty() ? "?" : "&") + "tamano=200");
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(200);
		return r.json().get("elementos").valueStream().map(e -> e.get("radicado").asString()).toList();
	}

	@Test
	void seCreaSobreUnRadicadoDeEntradaExistenteYSoloUnaVez() {
		var entrada = ventanilla.post("/api/v1/radicados",
				"{\"tipo\":\"ENTRADA\",\"asunto\":\"Queja por atención\",\"dependencia\":\"820\",\"medio\":\"CORREO_ELECTRONICO\","
						+ "\"remitente\":{\"anonimo\":true}}");
		assertThat(entrada.estado()).as(entrada.cuerpo()).isEqualTo(201);
		String numero = entrada.json().get("numero").asString();
		long antes = consecutivos();
		String json = "{\"radicado\":\"" + numero
				+ "\",\"etiqueta\":\"QUEJA\",\"modalidad\":\"GENERAL\",\"canal\":\"CORREO_ELECTRONICO\"}";
		var r = ventanilla.post("/api/v1/pqrsd", json);
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
		assertThat(r.json().get("radicado").asString()).isEqualTo(numero);
		assertThat(r.json().get("recibido").asString()).isEqualTo(entrada.json().get("fechaRadicacion").asString());
		assertThat(r.json().get("anonimo").asBoolean()).isTrue();
		assertThat(consecutivos()).as("no se radica otro número").isEqualTo(antes);
		var otra = ventanilla.post("/api/v1/pqrsd", json);
		assertThat(otra.estado()).as(otra.cuerpo()).isEqualTo(409);
		assertThat(otra.json().get("code").asString()).isEqualTo("PQRSD_YA_EXISTE");
		var salida = ventanilla.post("/api/v1/pqrsd",
				"{\"radicado\":\"29990000000000\",\"etiqueta\":\"QUEJA\",\"modalidad\":\"GENERAL\",\"canal\":\"OTRO\"}");
		assertThat(salida.estado()).isEqualTo(404);
		assertThat(salida.json().get("code").asString()).isEqualTo("RADICADO_NO_ENCONTRADO");
		var ambos = ventanilla.post("/api/v1/pqrsd", "{\"radicado\":\"" + numero
				+ "\",\"etiqueta\":\"QUEJA\",\"modalidad\":\"GENERAL\",\"canal\":\"OTRO\",\"asunto\":\"x\"}");
		assertThat(ambos.estado()).isEqualTo(400);
		assertThat(ambos.json().get("code").asString()).isEqualTo("PQRSD_RADICADO_Y_DATOS_NUEVOS");
	}

	@Test
	void dosPqrsdSimultaneasSobreElMismoRadicadoDejanUnaYLasOtrasReciben409() throws Exception {
		var entrada = ventanilla.post("/api/v1/radicados",
				"{\"tipo\":\"ENTRADA\",\"asunto\":\"Reclamo por alumbrado\",\"dependencia\":\"820\","
						+ "\"medio\":\"PRESENCIAL\",\"remitente\":{\"anonimo\":true}}");
		assertThat(entrada.estado()).as(entrada.cuerpo()).isEqualTo(201);
		String numero = entrada.json().get("numero").asString();
		String json = "{\"radicado\":\"" + numero
				+ "\",\"etiqueta\":\"RECLAMO\",\"modalidad\":\"GENERAL\",\"canal\":\"PRESENCIAL\"}";
		var inicio = new CountDownLatch(1);
		List<String> estados = new ArrayList<>();
		ExecutorService hilos = Executors.newFixedThreadPool(4);
		try {
			List<Future<String>> respuestas = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				respuestas.add(hilos.submit(() -> {
					inicio.await();
					var r = ventanilla.post("/api/v1/pqrsd", json);
					return r.estado() == 201 ? "201" : r.estado() + " " + r.json().get("code").asString();
				}));
			}
			inicio.countDown();
			for (var f : respuestas) {
				estados.add(f.get());
			}
		}
		finally {
			hilos.shutdownNow();
		}
		assertThat(estados).containsOnlyOnce("201");
		assertThat(estados).filteredOn(e -> !e.equals("201")).hasSize(3).containsOnly("409 PQRSD_YA_EXISTE");
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM auditoria_evento WHERE accion = 'PQRSD_RADICADA' AND objeto_id = ?", Long.class,
				numero))
			.isEqualTo(1);
	}

	@Test
	void unaPeticionAnonimaSeRadicaEnUnSoloPaso() {
		var j = crear("{\"etiqueta\":\"SUGERENCIA\",\"modalidad\":\"GENERAL\",\"asunto\":\"Mejorar el parque\","
				+ "\"dependencia\":\"820\",\"canal\":\"FORMULARIO_WEB\",\"peticionario\":{\"anonimo\":true},"
				+ "\"prioridades\":[\"PERIODISTA\"]}");
		assertThat(j.get("anonimo").asBoolean()).isTrue();
		assertThat(j.get("prioridades").get(0).asString()).isEqualTo("PERIODISTA");
		var felicitacion = crear("{\"etiqueta\":\"FELICITACION\",\"asunto\":\"Buena atención\","
				+ "\"dependencia\":\"820\",\"canal\":\"PRESENCIAL_VERBAL\",\"peticionario\":{\"anonimo\":true}}");
		assertThat(felicitacion.get("vencimiento").isNull()).isTrue();
		assertThat(felicitacion.get("semaforo").isNull()).isTrue();
	}

	@Test
	void datosInvalidosDan4xxConCodigoYNoDejanNadaEscrito() {
		long radicados = consecutivos();
		long casos = jdbc.queryForObject("SELECT count(*) FROM pqrsd_caso", Long.class);
		assertThat(codigo(ventanilla.post("/api/v1/pqrsd", "{\"modalidad\":\"GENERAL\",\"canal\":\"PRESENCIAL\"}")))
			.isEqualTo("400 CAMPO_REQUERIDO");
		assertThat(codigo(ventanilla.post("/api/v1/pqrsd", peticion("CHISME", "x", ""))))
			.isEqualTo("400 VALOR_NO_PERMITIDO");
		assertThat(codigo(ventanilla.post("/api/v1/pqrsd",
				"{\"etiqueta\":\"PETICION\",\"modalidad\":\"GENERAL\",\"canal\":\"PRESENCIAL\",\"dependencia\":\"820\"}")))
			.isEqualTo("400 PQRSD_DATOS_RADICACION_REQUERIDOS");
		assertThat(codigo(ventanilla.post("/api/v1/pqrsd",
				peticion("PETICION", "x", "").replace("\"52123456\"", "\"52 123 456\""))))
			.isEqualTo("400 VALIDACION_FALLIDA");
		assertThat(
				codigo(ventanilla.post("/api/v1/pqrsd", peticion("PETICION", "x", "").replace("GENERAL", "TRASLADO"))))
			.isEqualTo("400 MODALIDAD_NO_APLICABLE");
		assertThat(
				codigo(ventanilla.post("/api/v1/pqrsd", peticion("PETICION", "x", "").replace("GENERAL", "INVENTADA"))))
			.startsWith("400 ");
		assertThat(
				codigo(ventanilla.post("/api/v1/pqrsd", peticion("PETICION", "x", "").replace("\"820\"", "\"999\""))))
			.isEqualTo("400 DEPENDENCIA_NO_ENCONTRADA");
		// The radicado is written first and rolled back with the case: one transaction.
		assertThat(codigo(ventanilla.post("/api/v1/pqrsd",
				peticion("PETICION", "Amenaza", ",\"prioridades\":[\"ATENCION_PRIORITARIA\"]"))))
			.isEqualTo("400 PRUEBA_SUMARIA_REQUERIDA");
		assertThat(codigo(ventanilla.post("/api/v1/pqrsd", "{\"etiqueta\":\"FELICITACION\",\"modalidad\":\"GENERAL\","
				+ "\"asunto\":\"x\",\"dependencia\":\"820\",\"canal\":\"OTRO\",\"peticionario\":{\"anonimo\":true}}")))
			.isEqualTo("400 MODALIDAD_NO_APLICABLE");
		// Permission before anything is written: a funcionario does not radicate ENTRADA.
		assertThat(codigo(como("pqfuncionario").post("/api/v1/pqrsd", peticion("PETICION", "x", ""))))
			.isEqualTo("403 ACCESO_DENEGADO");
		assertThat(codigo(ventanilla.get("/api/v1/pqrsd?tamano=0"))).isEqualTo("400 PARAMETRO_INVALIDO");
		assertThat(codigo(ventanilla.get("/api/v1/pqrsd?semaforo=MORADO"))).isEqualTo("400 PARAMETRO_INVALIDO");
		assertThat(codigo(ventanilla.get("/api/v1/pqrsd/20269999999999"))).isEqualTo("404 PQRSD_NO_ENCONTRADA");
		assertThat(codigo(ventanilla.post("/api/v1/pqrsd/20269999999999/prorroga",
				"{\"motivo\":\"x\",\"nuevoVencimiento\":\"ayer\"}")))
			.startsWith("400 ");
		assertThat(consecutivos()).as("ningún número consumido").isEqualTo(radicados);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM pqrsd_caso", Long.class)).isEqualTo(casos);
	}

	private static String codigo(ClienteApi.Respuesta r) {
		assertThat(r.tipo()).as(r.cuerpo()).startsWith("application/problem+json");
		return r.estado() + " " + r.json().get("code").asString();
	}

}
