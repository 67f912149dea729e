package co.pqrsd.server.riesgos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.pqrsd.core.riesgos.ZonaRiesgo;
import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.PruebaIntegracion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The risk map's API on the real server and PostgreSQL: the heat map's 25 cells and the
 * residual ranges, controls on a corruption risk, the refusals, the materialization and
 * the follow-up by cut. Each test uses its own vigencia.
 */
@PruebaIntegracion
class RiesgosApiTest {

	static final String CLAVE = "Riesgos2026segura";

	@LocalServerPort
	int puerto;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MapaRiesgos mapa;

	ClienteApi control;

	@BeforeEach
	void preparar() {
		ClienteApi admin = ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
		if (admin.get("/api/v1/usuarios/rgcontrol").estado() != 200) {
			for (String[] d : new String[][] { { "870", "Secretaría de Hacienda" },
					{ "871", "Oficina de Control Interno de Gestión" } }) {
				admin.post("/api/v1/dependencias", ClienteApi.json(Map.of("codigo", d[0], "nombre", d[1])));
			}
			usuario(admin, "rgcontrol", List.of("CONTROL_INTERNO"), "871");
			usuario(admin, "rgjefe", List.of("FUNCIONARIO", "JEFE_DEPENDENCIA"), "870");
			usuario(admin, "rgfuncionario", List.of("FUNCIONARIO"), "870");
		}
		control = como("rgcontrol");
	}

	private static void usuario(ClienteApi admin, String username, List<String> roles, String dependencia) {
		var r = admin.post("/api/v1/usuarios", ClienteApi.json(Map.of("username", username, "nombre", username, "email",
				username + "@x.co", "password", CLAVE, "roles", roles, "dependencias", List.of(dependencia))));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
	}

	private ClienteApi como(String usuario) {
		return ClienteApi.como(puerto, usuario, CLAVE);
	}

	static Map<String, Object> corrupcion(int vigencia, String codigo) {
		Map<String, Object> r = new LinkedHashMap<>();
		r.put("vigencia", vigencia);
		r.put("codigo", codigo);
		r.put("proceso", "Gestión financiera");
		r.put("dependencia", "870");
		r.put("tipo", "CORRUPCION");
		r.put("causas", List.of("Concentración de funciones en un solo cargo"));
		r.put("redaccion",
				Map.of("accionUOmision", "Omitir la verificación de los soportes de pago", "usoDelPoder",
						"aprovechando la facultad de aprobar órdenes de pago", "desviacion",
						"en el trámite de cuentas de contratistas", "beneficioPrivado", "para favorecer a un tercero"));
		r.put("consecuencias", List.of("Detrimento patrimonial", "Sanciones disciplinarias"));
		return r;
	}

	static Map<String, Object> gestion(int vigencia, String codigo) {
		Map<String, Object> r = corrupcion(vigencia, codigo);
		r.put("tipo", "GESTION");
		r.put("redaccion", Map.of("accionUOmision", "Demora en el pago de cuentas"));
		return r;
	}

	private long crear(Map<String, Object> riesgo) {
		var r = control.post("/api/v1/riesgos", ClienteApi.json(riesgo));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
		return r.json().get("id").asLong();
	}

	private JsonNode evaluar(long id, Map<String, Object> datos) {
		var r = control.post("/api/v1/riesgos/" + id + "/evaluacion", ClienteApi.json(datos));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(200);
		return r.json();
	}

	private JsonNode control(long id, String tipo, String implementacion) {
		var r = control.post("/api/v1/riesgos/" + id + "/controles",
				ClienteApi.json(Map.of("responsable", "Profesional de tesorería", "accion", "verifica", "complemento",
						"los soportes de cada pago antes de firmarlo", "tipo", tipo, "implementacion",
						implementacion)));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
		return r.json();
	}

	static List<Boolean> respuestas(int si) {
		List<Boolean> r = new ArrayList<>(Collections.nCopies(19, false));
		// Question 16 (lives) stays "No": the count decides.
		for (int i = 0; i < si; i++) {
			r.set(i < 15 ? i : i + 1, true);
		}
		return r;
	}

	private void error(ClienteApi.Respuesta r, int estado, String codigo) {
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(estado);
		assertThat(r.tipo()).startsWith("application/problem+json");
		assertThat(r.json().get("code").asString()).isEqualTo(codigo);
	}

	/*
	 * Probability by frequency (R-RSK-1) and impact chosen: every cell of the v5/v6
	 * matrix (§5.4). Leve Menor Moderado Mayor Catastrófico Muy alta Alto Alto Alto Alto
	 * Extremo Alta Moderado Moderado Alto Alto Extremo Media Moderado Moderado Moderado
	 * Alto Extremo Baja Bajo Moderado Moderado Alto Extremo Muy baja Bajo Bajo Moderado
	 * Alto Extremo
	 */
	static final String[] PROBABILIDADES = { "MUY_ALTA", "ALTA", "MEDIA", "BAJA", "MUY_BAJA" };

	static final int[] FRECUENCIAS = { 10000, 1000, 100, 10, 1 };

	static final String[] IMPACTOS = { "LEVE", "MENOR", "MODERADO", "MAYOR", "CATASTROFICO" };

	static final String[][] ZONAS = { { "ALTO", "ALTO", "ALTO", "ALTO", "EXTREMO" },
			{ "MODERADO", "MODERADO", "ALTO", "ALTO", "EXTREMO" },
			{ "MODERADO", "MODERADO", "MODERADO", "ALTO", "EXTREMO" },
			{ "BAJO", "MODERADO", "MODERADO", "ALTO", "EXTREMO" }, { "BAJO", "BAJO", "MODERADO", "ALTO", "EXTREMO" } };

	@Test
	void elMapaDeCalorDaLaZonaDeCadaUnaDeLasVeinticincoCeldas() {
		int vigencia = 2030;
		Map<String, Long> ids = new HashMap<>();
		for (int p = 0; p < 5; p++) {
			for (int i = 0; i < 5; i++) {
				long id = crear(gestion(vigencia, "C" + p + i));
				JsonNode v = evaluar(id, Map.of("frecuenciaAnual", FRECUENCIAS[p], "impacto", IMPACTOS[i]));
				assertThat(v.get("evaluacion").get("metodologia").asString()).isEqualTo("DAFP_V6");
				assertThat(v.get("evaluacion").get("probabilidad").get("codigo").asString())
					.isEqualTo(PROBABILIDADES[p]);
				assertThat(v.get("zonaInherente").asString()).as("celda %s × %s", PROBABILIDADES[p], IMPACTOS[i])
					.isEqualTo(ZONAS[p][i]);
				ids.put(PROBABILIDADES[p] + "×" + IMPACTOS[i], id);
			}
		}
		for (String tipo : List.of("inherente", "residual")) {
			var r = control.get("/api/v1/riesgos/mapa-calor?vigencia=" + vigencia + "&tipo=" + tipo);
			assertThat(r.estado()).as(r.cuerpo()).isEqualTo(200);
			JsonNode celdas = r.json().get("celdas");
			assertThat(celdas).hasSize(25);
			for (int k = 0; k < 25; k++) {
				JsonNode c = celdas.get(k);
				int p = k / 5;
				int i = k % 5;
				assertThat(c.get("probabilidad").asString()).isEqualTo(PROBABILIDADES[p]);
				assertThat(c.get("impacto").asString()).isEqualTo(IMPACTOS[i]);
				assertThat(c.get("zona").asString()).as("celda %d (%s)", k, tipo).isEqualTo(ZONAS[p][i]);
				assertThat(c.get("cantidad").asInt()).isEqualTo(1);
				assertThat(c.get("riesgos").get(0).asLong()).isEqualTo(ids.get(PROBABILIDADES[p] + "×" + IMPACTOS[i]));
			}
			assertThat(r.json().get("porZona").get("EXTREMO").asInt()).isEqualTo(5);
			assertThat(r.json().get("porZona").get("BAJO").asInt()).isEqualTo(3);
		}
		// The dashboards' facade gives the same figures.
		MapaRiesgos.HeatMap calor = mapa.mapaCalor(vigencia, null);
		assertThat(calor.celdas()).hasSize(25);
		assertThat(calor.porZonaInherente()).containsEntry(ZonaRiesgo.ALTO, 9).containsEntry(ZonaRiesgo.MODERADO, 8);
		assertThat(calor.porZonaResidual()).isEqualTo(calor.porZonaInherente());
		assertThat(mapa.riesgos(vigencia, ZonaRiesgo.EXTREMO, true)).hasSize(5)
			.allSatisfy(x -> assertThat(x.zonaResidual()).isEqualTo(ZonaRiesgo.EXTREMO));
		assertThat(mapa.riesgos(vigencia, null, false)).hasSize(25);
	}

	/*
	 * Residual values map back to levels by ranges 0–20, 21–40, 41–60, 61–80, 81–100
	 * (§5.4): inherente | controles (R-RSK-6, R-RSK-7) | residual | zona (impacto Leve) p
	 * 100 (Muy alta) | preventivo manual 40 % | 60 → Media | Moderado p 80 (Alta) |
	 * preventivo automático 50 % | 40 → Baja | Bajo p 100 | preventivo manual 40 %,
	 * detectivo man. 30 % | 42 → Media | Moderado p 40 (Baja) | preventivo automático 50
	 * % | 20 → Muy baja | Bajo p 100 | detectivo manual 30 % | 70 → Alta | Moderado
	 */
	@Test
	void lasZonasResidualesRespetanLosLimitesDeLosRangos() {
		int vigencia = 2031;
		Object[][] casos = { { 10000, List.of("PREVENTIVO/MANUAL"), "60", "MEDIA", "MODERADO" },
				{ 1000, List.of("PREVENTIVO/AUTOMATICO"), "40", "BAJA", "BAJO" },
				{ 10000, List.of("PREVENTIVO/MANUAL", "DETECTIVO/MANUAL"), "42", "MEDIA", "MODERADO" },
				{ 10, List.of("PREVENTIVO/AUTOMATICO"), "20", "MUY_BAJA", "BAJO" },
				{ 10000, List.of("DETECTIVO/MANUAL"), "70", "ALTA", "MODERADO" } };
		int n = 0;
		for (Object[] caso : casos) {
			long id = crear(gestion(vigencia, "L" + n++));
			evaluar(id, Map.of("frecuenciaAnual", caso[0], "impacto", "LEVE"));
			JsonNode v = null;
			for (Object c : (List<?>) caso[1]) {
				String[] partes = ((String) c).split("/");
				v = control(id, partes[0], partes[1]);
			}
			JsonNode e = v.get("evaluacion");
			assertThat(e.get("probabilidadResidual").decimalValue()).as("caso %s", caso[2])
				.isEqualByComparingTo(new java.math.BigDecimal((String) caso[2]));
			assertThat(e.get("nivelProbabilidadResidual").get("codigo").asString()).isEqualTo(caso[3]);
			assertThat(v.get("zonaResidual").asString()).isEqualTo(caso[4]);
			JsonNode mapa = control.get("/api/v1/riesgos/mapa-calor?vigencia=" + vigencia + "&tipo=residual").json();
			boolean enSuCelda = false;
			for (JsonNode celda : mapa.get("celdas")) {
				for (JsonNode r : celda.get("riesgos")) {
					if (r.asLong() == id) {
						assertThat(celda.get("probabilidad").asString()).isEqualTo(caso[3]);
						assertThat(celda.get("impacto").asString()).isEqualTo("LEVE");
						assertThat(celda.get("zona").asString()).isEqualTo(caso[4]);
						enSuCelda = true;
					}
				}
			}
			assertThat(enSuCelda).isTrue();
		}
		// A management risk's corrective control moves the impact: Mayor 80 − 25 % = 60 →
		// Moderado.
		long id = crear(gestion(vigencia, "L-IMPACTO"));
		JsonNode inherente = evaluar(id, Map.of("frecuenciaAnual", 100, "impacto", "MAYOR"));
		assertThat(inherente.get("zonaInherente").asString()).isEqualTo("ALTO");
		JsonNode v = control(id, "CORRECTIVO", "MANUAL");
		assertThat(v.get("evaluacion").get("impactoResidual").decimalValue()).isEqualByComparingTo("60");
		assertThat(v.get("evaluacion").get("nivelImpactoResidual").get("codigo").asString()).isEqualTo("MODERADO");
		assertThat(v.get("zonaResidual").asString()).isEqualTo("MODERADO");
	}

	@Test
	void elImpactoDeUnRiesgoDeCorrupcionNoSeMueveConControles() {
		long id = crear(corrupcion(2032, "RC-1"));
		JsonNode v = evaluar(id, Map.of("frecuenciaAnual", 1000, "respuestas", respuestas(8)));
		assertThat(v.get("evaluacion").get("impacto").get("codigo").asString()).isEqualTo("MAYOR");
		assertThat(v.get("evaluacion").get("explicacionImpacto").asString()).contains("8 respuestas");
		assertThat(v.get("zonaInherente").asString()).isEqualTo("ALTO");
		assertThat(v.get("revision").get("completa").asBoolean()).isTrue();
		assertThat(v.get("enunciado").asString()).startsWith("Posibilidad de omitir la verificación");

		v = control(id, "CORRECTIVO", "AUTOMATICO");
		JsonNode e = v.get("evaluacion");
		assertThat(e.get("pasos").get(0).get("desplaza").asBoolean()).isFalse();
		assertThat(e.get("impactoResidual").decimalValue()).isEqualByComparingTo("80");
		assertThat(e.get("nivelImpactoResidual").get("codigo").asString()).isEqualTo("MAYOR");

		v = control(id, "PREVENTIVO", "MANUAL");
		e = v.get("evaluacion");
		assertThat(e.get("probabilidadResidual").decimalValue()).isEqualByComparingTo("48");
		assertThat(e.get("nivelProbabilidadResidual").get("codigo").asString()).isEqualTo("MEDIA");
		assertThat(e.get("nivelImpactoResidual").get("codigo").asString()).isEqualTo("MAYOR");
		assertThat(v.get("zonaResidual").asString()).isEqualTo("ALTO");
		assertThat(v.get("controles")).hasSize(2);

		// Retiring the preventive control gives the probability back.
		var retirado = control.enviar(control.peticion("/api/v1/riesgos/" + id + "/controles/2").DELETE());
		assertThat(retirado.estado()).as(retirado.cuerpo()).isEqualTo(200);
		assertThat(retirado.json().get("evaluacion").get("probabilidadResidual").decimalValue())
			.isEqualByComparingTo("80");

		// 12 "Sí" → Catastrófico → Extremo, with the same controls.
		v = evaluar(id, Map.of("frecuenciaAnual", 1000, "respuestas", respuestas(12)));
		assertThat(v.get("evaluacion").get("impacto").get("codigo").asString()).isEqualTo("CATASTROFICO");
		assertThat(v.get("zonaInherente").asString()).isEqualTo("EXTREMO");
		assertThat(v.get("zonaResidual").asString()).isEqualTo("EXTREMO");
		Integer auditadas = jdbc.queryForObject(
				"SELECT count(*)::int FROM auditoria_evento WHERE objeto_tipo = 'RIESGO' AND objeto_id = ?"
						+ " AND accion IN ('RIESGO_EVALUADO', 'RIESGO_CONTROL_AGREGADO', 'RIESGO_CONTROL_RETIRADO')",
				Integer.class, String.valueOf(id));
		assertThat(auditadas).isEqualTo(5);
	}

	@Test
	void unRiesgoDeCorrupcionNoSePuedeAceptar() {
		long id = crear(corrupcion(2033, "RC-1"));
		error(control.post("/api/v1/riesgos/" + id + "/tratamiento", "{\"opcion\":\"REDUCIR\",\"acciones\":[]}"), 400,
				"RIESGO_SIN_EVALUAR");
		evaluar(id, Map.of("frecuenciaAnual", 3, "respuestas", respuestas(2)));
		error(control.post("/api/v1/riesgos/" + id + "/tratamiento", "{\"opcion\":\"ACEPTAR\"}"), 400,
				"ACEPTAR_NO_PERMITIDO");
		error(control.post("/api/v1/riesgos/" + id + "/tratamiento", "{\"opcion\":\"REDUCIR\",\"acciones\":[]}"), 400,
				"TRATAMIENTO_SIN_ACCIONES");
		var r = control.post("/api/v1/riesgos/" + id + "/tratamiento",
				ClienteApi.json(Map.of("opcion", "REDUCIR", "acciones",
						List.of(Map.of("actividad", "Implementar la doble firma de órdenes de pago", "responsable",
								"Secretario de Hacienda", "fecha", "2033-06-30", "evidencia",
								"Procedimiento actualizado")))));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(200);
		assertThat(r.json().get("tratamiento").get("opcion").asString()).isEqualTo("REDUCIR");
		assertThat(r.json().get("tratamiento").get("acciones").get(0).get("fecha").asString()).isEqualTo("2033-06-30");
	}

	@Test
	void laMaterializacionObligaAReevaluarYRegistraElInformeALaAutoridad() {
		int vigencia = 2034;
		long id = crear(corrupcion(vigencia, "RC-1"));
		evaluar(id, Map.of("frecuenciaAnual", 30, "respuestas", respuestas(6)));
		error(control.post("/api/v1/riesgos/" + id + "/materializacion",
				"{\"fecha\":\"2026-03-01\",\"descripcion\":\"Pago sin soportes\"}"), 400,
				"MATERIALIZACION_SIN_AUTORIDAD");
		error(control.post("/api/v1/riesgos/" + id + "/materializacion",
				"{\"fecha\":\"2026-04-01\",\"descripcion\":\"Pago sin soportes\",\"autoridades\":[\"PENAL\"]}"), 400,
				"MATERIALIZACION_FECHA_FUTURA");
		var r = control.post("/api/v1/riesgos/" + id + "/materializacion",
				ClienteApi
					.json(Map.of("fecha", "2026-03-01", "descripcion", "Pago de una cuenta sin soportes", "autoridades",
							List.of("DISCIPLINARIA", "FISCAL"), "entidad", "Procuraduría Provincial de Yopal",
							"fechaInforme", "2026-03-05", "radicadoOficio", "2026-S-000123")));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(200);
		JsonNode v = r.json();
		assertThat(v.get("requiereReevaluacion").asBoolean()).isTrue();
		JsonNode hecho = v.get("materializaciones").get(0);
		assertThat(hecho.get("entidad").asString()).isEqualTo("Procuraduría Provincial de Yopal");
		assertThat(hecho.get("fechaInforme").asString()).isEqualTo("2026-03-05");
		assertThat(hecho.get("radicadoTraslado").asString()).isEqualTo("2026-S-000123");

		error(control.post("/api/v1/riesgos/" + id + "/tratamiento",
				"{\"opcion\":\"EVITAR\",\"acciones\":"
						+ "[{\"actividad\":\"Suspender pagos\",\"responsable\":\"Tesorero\",\"fecha\":\"2034-02-01\","
						+ "\"evidencia\":\"Acta\"}]}"),
				400, "RIESGO_MATERIALIZADO_SIN_REEVALUAR");
		// Adding a control is not a re-evaluation: the risk stays flagged.
		assertThat(control(id, "PREVENTIVO", "MANUAL").get("requiereReevaluacion").asBoolean()).isTrue();
		JsonNode mapa = control.get("/api/v1/riesgos/mapa-calor?vigencia=" + vigencia).json();
		assertThat(mapa.get("sinEvaluar").get(0).asLong()).isEqualTo(id);

		v = evaluar(id, Map.of("frecuenciaAnual", 30, "respuestas", respuestas(6)));
		assertThat(v.get("requiereReevaluacion").asBoolean()).isFalse();
		assertThat(v.get("zonaResidual").asString()).isEqualTo("ALTO");
		mapa = control.get("/api/v1/riesgos/mapa-calor?vigencia=" + vigencia).json();
		assertThat(mapa.get("sinEvaluar")).isEmpty();
		assertThat(jdbc.queryForObject(
				"SELECT count(*)::int FROM auditoria_evento WHERE accion = 'RIESGO_MATERIALIZADO' AND objeto_id = ?",
				Integer.class, String.valueOf(id)))
			.isEqualTo(1);
	}

	@Test
	void elSeguimientoDeUnCorteLoRegistraElJefeLoObservaControlInternoYAlPublicarseQuedaCerrado() {
		int vigencia = 2025;
		long id = crear(corrupcion(vigencia, "RC-1"));
		String monitoreo = ClienteApi.json(Map.of("controlesAplicados", true, "avanceAcciones", 50,
				"accionesRealizadas", "Se verificaron 120 órdenes de pago", "evidencias",
				List.of(Map.of("tipo", "RADICADO", "referencia", "2025-I-000045"))));
		error(como("rgjefe").post("/api/v1/riesgos/" + id + "/seguimientos/1/monitoreo", monitoreo), 400,
				"RIESGO_SIN_EVALUAR");
		evaluar(id, Map.of("frecuenciaAnual", 200, "respuestas", respuestas(3)));
		error(como("rgfuncionario").post("/api/v1/riesgos/" + id + "/seguimientos/1/monitoreo", monitoreo), 403,
				"ACCESO_DENEGADO");
		var r = como("rgjefe").post("/api/v1/riesgos/" + id + "/seguimientos/1/monitoreo", monitoreo);
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(200);
		JsonNode registro = r.json().get("registros").get(0);
		assertThat(registro.get("zonaResidual").asString()).isEqualTo("MODERADO");
		assertThat(registro.get("monitoreo").get("quien").asString()).isEqualTo("rgjefe");
		assertThat(r.json().get("limitePublicacion").asString()).isEqualTo("2025-05-15");

		error(como("rgjefe").post("/api/v1/riesgos/" + id + "/seguimientos/1/observacion",
				"{\"observaciones\":\"Bien\"}"), 403, "ACCESO_DENEGADO");
		r = control.post("/api/v1/riesgos/" + id + "/seguimientos/1/observacion",
				"{\"observaciones\":\"Los controles se aplicaron; falta la evidencia del segundo mes.\"}");
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(200);
		assertThat(r.json().get("registros").get(0).get("observacion").get("quien").asString()).isEqualTo("rgcontrol");

		r = control.post("/api/v1/riesgos/seguimientos/1/publicacion?vigencia=" + vigencia, "");
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(200);
		assertThat(r.json().get("publicadoEl").asString()).isEqualTo("2026-03-10");
		assertThat(r.json().get("publicadoATiempo").asBoolean()).isFalse();
		error(control.post("/api/v1/riesgos/" + id + "/seguimientos/1/observacion", "{\"observaciones\":\"Otra\"}"),
				400, "CORTE_PUBLICADO");
		error(control.enviar(control.peticion("/api/v1/riesgos/" + id).DELETE()), 409,
				"RIESGO_CON_SEGUIMIENTO_PUBLICADO");
		JsonNode leido = control.get("/api/v1/riesgos/seguimientos/1?vigencia=" + vigencia).json();
		assertThat(leido.get("registros").get(0).get("monitoreo").get("avanceAcciones").decimalValue())
			.isEqualByComparingTo("50");
		// The third cut of a vigencia still running cannot be published.
		error(control.post("/api/v1/riesgos/seguimientos/3/publicacion?vigencia=2026", ""), 400, "CORTE_NO_CERRADO");
	}

	@Test
	void laEntradaInvalidaYLosPermisosRespondenConCodigosEstables() {
		error(como("rgfuncionario").post("/api/v1/riesgos", ClienteApi.json(corrupcion(2035, "RC-1"))), 403,
				"ACCESO_DENEGADO");
		Map<String, Object> incompleto = corrupcion(2035, "RC-1");
		incompleto.put("redaccion", Map.of("accionUOmision", "Omitir la verificación"));
		error(control.post("/api/v1/riesgos", ClienteApi.json(incompleto)), 400, "REDACCION_INCOMPLETA");
		Map<String, Object> sinProceso = corrupcion(2035, "RC-1");
		sinProceso.remove("proceso");
		var r = control.post("/api/v1/riesgos", ClienteApi.json(sinProceso));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(400);
		long id = crear(corrupcion(2035, "RC-1"));
		error(control.post("/api/v1/riesgos", ClienteApi.json(corrupcion(2035, "RC-1"))), 409,
				"RIESGO_CODIGO_REPETIDO");
		error(control.post("/api/v1/riesgos/" + id + "/evaluacion",
				ClienteApi.json(Map.of("frecuenciaAnual", 10, "respuestas", List.of(true, false)))), 400,
				"CUESTIONARIO_INCOMPLETO");
		error(control.post("/api/v1/riesgos/" + id + "/evaluacion",
				ClienteApi.json(Map.of("respuestas", respuestas(1)))), 400, "FRECUENCIA_REQUERIDA");
		error(control.get("/api/v1/riesgos/mapa-calor?vigencia=2035&tipo=otro"), 400, "PARAMETRO_INVALIDO");
		error(control.get("/api/v1/riesgos/999999999"), 404, "RIESGO_NO_ENCONTRADO");
		error(control.post("/api/v1/riesgos/" + id + "/controles",
				"{\"responsable\":\"Tesorero\",\"accion\":\"revisa\",\"tipo\":\"OTRO\",\"implementacion\":\"MANUAL\"}"),
				400, "VALOR_NO_PERMITIDO");
		error(control.enviar(control.peticion("/api/v1/riesgos/" + id + "/controles/5").DELETE()), 404,
				"CONTROL_NO_ENCONTRADO");
		evaluar(id, Map.of("frecuenciaAnual", 10, "respuestas", respuestas(1)));
		Map<String, Object> otroTipo = gestion(2035, "RC-1");
		error(control.put("/api/v1/riesgos/" + id, ClienteApi.json(otroTipo)), 409, "RIESGO_TIPO_EVALUADO");
		Map<String, Object> otraDependencia = corrupcion(2035, "RC-1");
		otraDependencia.put("dependencia", "99999");
		error(control.put("/api/v1/riesgos/" + id, ClienteApi.json(otraDependencia)), 400,
				"RIESGO_DEPENDENCIA_INVALIDA");
		// Every authenticated user reads the map.
		var lista = como("rgfuncionario").get("/api/v1/riesgos?vigencia=2035");
		assertThat(lista.estado()).isEqualTo(200);
		assertThat(lista.json()).hasSize(1);
		assertThat(lista.json().get(0).get("codigo").asString()).isEqualTo("RC-1");
	}

	@Test
	void unRiesgoSeModificaYSeEliminaConSuAuditoria() {
		long id = crear(corrupcion(2036, ""));
		JsonNode creado = control.get("/api/v1/riesgos/" + id).json();
		assertThat(creado.get("codigo").asString()).isEqualTo("RC-1");
		Map<String, Object> cambio = corrupcion(2036, "RC-9");
		cambio.put("proceso", "Gestión de tesorería");
		var r = control.put("/api/v1/riesgos/" + id, ClienteApi.json(cambio));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(200);
		assertThat(r.json().get("codigo").asString()).isEqualTo("RC-9");
		assertThat(r.json().get("proceso").asString()).isEqualTo("Gestión de tesorería");
		error(como("rgjefe").enviar(como("rgjefe").peticion("/api/v1/riesgos/" + id).DELETE()), 403, "ACCESO_DENEGADO");
		var borrado = control.enviar(control.peticion("/api/v1/riesgos/" + id).DELETE());
		assertThat(borrado.estado()).as(borrado.cuerpo()).isEqualTo(204);
		error(control.get("/api/v1/riesgos/" + id), 404, "RIESGO_NO_ENCONTRADO");
		assertThat(jdbc.queryForList(
				"SELECT accion FROM auditoria_evento WHERE objeto_tipo = 'RIESGO' AND objeto_id = ? ORDER BY id",
				String.class, String.valueOf(id)))
			.containsExactly("RIESGO_IDENTIFICADO", "RIESGO_MODIFICADO", "RIESGO_ELIMINADO");
	}

}
