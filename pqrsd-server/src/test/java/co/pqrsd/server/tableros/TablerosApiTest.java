package co.pqrsd.server.tableros;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.PruebaIntegracion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Each dashlet's JSON on the real server, with data made through the modules' APIs
 * ({@link DatosTableros}), and who may read which dashlet.
 */
@PruebaIntegracion
class TablerosApiTest {

	@LocalServerPort
	int puerto;

	ClienteApi control;

	ClienteApi jefe;

	ClienteApi funcionario;

	@BeforeEach
	void preparar() {
		DatosTableros.sembrar(puerto);
		control = DatosTableros.como(puerto, "tbcontrol");
		jefe = DatosTableros.como(puerto, "tbjefe");
		funcionario = DatosTableros.como(puerto, "tbfunc");
	}

	private static JsonNode ok(ClienteApi.Respuesta r) {
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(200);
		return r.json();
	}

	private static void error(ClienteApi.Respuesta r, int estado, String codigo) {
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(estado);
		assertThat(r.tipo()).startsWith("application/problem+json");
		assertThat(r.json().get("code").asString()).isEqualTo(codigo);
	}

	private static Map<String, Long> mapa(JsonNode n) {
		Map<String, Long> r = new LinkedHashMap<>();
		n.properties().forEach(e -> r.put(e.getKey(), e.getValue().asLong()));
		return r;
	}

	@Test
	void elAvanceDelPlanPorComponenteEsElDelSeguimientoDelCorte() {
		int v = DatosTableros.VIGENCIA_PLAN;
		JsonNode d = ok(control.get("/api/v1/tableros/avance-plan?vigencia=" + v + "&corte=1"));
		assertThat(d.get("vigencia").asInt()).isEqualTo(v);
		assertThat(d.get("corte").asInt()).isEqualTo(1);
		JsonNode avance = d.get("avance");
		assertThat(avance.get("publicado").asBoolean()).isFalse();
		JsonNode corte = ok(control.get("/api/v1/planes/" + v + "/cortes/1"));
		assertThat(avance.get("componentes")).hasSize(6);
		boolean alguno = false;
		for (int i = 0; i < 6; i++) {
			JsonNode esperado = corte.get("componentes").get(i);
			JsonNode c = avance.get("componentes").get(i);
			assertThat(c.get("codigo").asString()).isEqualTo(esperado.get("codigo").asString());
			assertThat(c.get("programadas").asInt()).isEqualTo(esperado.get("programadas").asInt());
			assertThat(c.get("cumplidas").asInt()).isEqualTo(esperado.get("cumplidas").asInt());
			assertThat(c.get("texto").asString("")).isEqualTo(esperado.get("porcentajeTexto").asString(""));
			assertThat(c.get("semaforo").asString("")).isEqualTo(esperado.get("semaforo").asString(""));
			alguno |= c.get("cumplidas").asInt() > 0;
		}
		assertThat(alguno).as("alguna actividad verificada al 100 %").isTrue();
		assertThat(avance.get("porcentaje").isNull()).isFalse();
		// The jefe reads the same (the plan is public inside the entity).
		assertThat(ok(jefe.get("/api/v1/tableros/avance-plan?vigencia=" + v + "&corte=1")).get("avance"))
			.isEqualTo(avance);
		// No published plan: the dashlet says so instead of failing.
		assertThat(ok(control.get("/api/v1/tableros/avance-plan?vigencia=2099&corte=1")).get("avance").isNull())
			.isTrue();
	}

	@Test
	void lasActividadesVencidasSonLasAtrasadasDelCorteYElJefeVeLasDeSuDependencia() {
		int v = DatosTableros.VIGENCIA_PLAN;
		List<String> atrasadas = new ArrayList<>();
		for (JsonNode c : ok(control.get("/api/v1/planes/" + v + "/cortes/1")).get("componentes")) {
			for (JsonNode a : c.get("actividades")) {
				if (a.get("atrasada").asBoolean()) {
					atrasadas.add(a.get("codigo").asString());
				}
			}
		}
		assertThat(atrasadas).isNotEmpty();
		JsonNode todas = ok(control.get("/api/v1/tableros/plan-vencidas?vigencia=" + v + "&corte=1"));
		assertThat(todas.get("soloMisDependencias").asBoolean()).isFalse();
		List<String> codigos = new ArrayList<>();
		todas.get("actividades").forEach(a -> codigos.add(a.get("codigo").asString()));
		assertThat(codigos).containsExactlyElementsOf(atrasadas);

		JsonNode mias = ok(jefe.get("/api/v1/tableros/plan-vencidas?vigencia=" + v + "&corte=1"));
		assertThat(mias.get("soloMisDependencias").asBoolean()).isTrue();
		assertThat(mias.get("actividades")).isNotEmpty();
		for (JsonNode a : mias.get("actividades")) {
			assertThat(ServicioTableros.normalizar(a.get("responsable").asString())).contains("secretaria de hacienda");
			assertThat(codigos).contains(a.get("codigo").asString());
		}
	}

	@Test
	void elMapaDeCalorCuentaLosRiesgosInherentesYResiduales() {
		JsonNode d = ok(control.get("/api/v1/tableros/mapa-calor?vigencia=" + DatosTableros.VIGENCIA_RIESGOS));
		JsonNode mapa = d.get("mapa");
		assertThat(mapa.get("filas")).hasSize(5);
		Map<String, int[]> celdas = new LinkedHashMap<>();
		for (JsonNode fila : mapa.get("filas")) {
			assertThat(fila).hasSize(5);
			for (JsonNode c : fila) {
				celdas.put(c.get("probabilidad").asString() + "×" + c.get("impacto").asString(),
						new int[] { c.get("inherentes").size(), c.get("residuales").size() });
			}
		}
		assertThat(celdas.get("ALTA×MODERADO")).containsExactly(1, 0);
		assertThat(celdas.get("MEDIA×MODERADO")).containsExactly(0, 1);
		assertThat(celdas.get("BAJA×MAYOR")).containsExactly(1, 1);
		assertThat(celdas.values().stream().mapToInt(c -> c[0]).sum()).isEqualTo(2);
		assertThat(mapa(mapa.get("porZonaInherente"))).contains(entry("ALTO", 2L), entry("MODERADO", 0L));
		assertThat(mapa(mapa.get("porZonaResidual"))).contains(entry("ALTO", 1L), entry("MODERADO", 1L));
	}

	@Test
	void lasPqrsdPorSemaforoSeFiltranPorRol() {
		JsonNode delJefe = ok(jefe.get("/api/v1/tableros/pqrsd-semaforo"));
		assertThat(delJefe.get("alcance").asString()).isEqualTo("DEPENDENCIAS");
		assertThat(delJefe.get("total").asLong()).isEqualTo(3);
		assertThat(mapa(delJefe.get("porSemaforo"))).containsExactly(entry("VERDE", 3L), entry("AMARILLO", 0L),
				entry("ROJO", 0L), entry("VENCIDO", 0L), entry("SUSPENDIDO", 0L));
		JsonNode delFuncionario = ok(funcionario.get("/api/v1/tableros/pqrsd-semaforo"));
		assertThat(delFuncionario.get("alcance").asString()).isEqualTo("PROPIAS");
		assertThat(delFuncionario.get("total").asLong()).isEqualTo(1);
		JsonNode deControl = ok(control.get("/api/v1/tableros/pqrsd-semaforo"));
		assertThat(deControl.get("alcance").asString()).isEqualTo("ENTIDAD");
		assertThat(deControl.get("total").asLong()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void lasPqrsdPorTipoCanalYDependenciaPorMes() {
		JsonNode d = ok(jefe.get("/api/v1/tableros/pqrsd-etiquetas"));
		assertThat(mapa(d.get("porEtiqueta"))).containsExactly(entry("PETICION", 2L), entry("QUEJA", 1L),
				entry("RECLAMO", 1L));
		assertThat(mapa(d.get("porCanal"))).containsExactly(entry("CORREO_ELECTRONICO", 1L),
				entry("FORMULARIO_WEB", 1L), entry("PRESENCIAL", 2L));
		assertThat(mapa(d.get("porDependencia"))).containsExactly(entry(DatosTableros.DEPENDENCIA, 4L));
		String mes = d.get("hasta").asString().substring(0, 7);
		for (JsonNode f : d.get("filas")) {
			assertThat(f.get("mes").asString()).isEqualTo(mes);
		}
		assertThat(d.get("desde").asString()).endsWith("-01");
		// Twelve months back by default, fewer on request.
		JsonNode uno = ok(jefe.get("/api/v1/tableros/pqrsd-etiquetas?meses=1"));
		assertThat(uno.get("desde").asString()).isEqualTo(mes + "-01");
	}

	@Test
	void laOportunidadPorDependenciaSaleDeLasRespuestasComunicadas() {
		JsonNode d = ok(jefe.get("/api/v1/tableros/pqrsd-oportunidad"));
		assertThat(d.get("dependencias")).hasSize(1);
		JsonNode dep = d.get("dependencias").get(0);
		assertThat(dep.get("dependencia").asString()).isEqualTo(DatosTableros.DEPENDENCIA);
		assertThat(dep.get("nombre").asString()).isEqualTo(DatosTableros.NOMBRE_DEPENDENCIA);
		assertThat(dep.get("respondidas").asLong()).isEqualTo(1);
		assertThat(dep.get("oportunas").asLong()).isEqualTo(1);
		assertThat(dep.get("porcentaje").asString()).isEqualTo("100.0");
		assertThat(d.get("porcentaje").asString()).isEqualTo("100.0");
	}

	@Test
	void losCortesProximosTraenSuPlazoDePublicacionEnDiasHabiles() {
		JsonNode d = ok(control.get("/api/v1/tableros/cortes"));
		JsonNode primero = d.get("cortes").get(0);
		// Today 2026-03-10 (test clock): the next cut is the first of 2026; its report is
		// published by the 10th business day of May (domain-rules.md §6.3).
		assertThat(d.get("hoy").asString()).isEqualTo("2026-03-10");
		assertThat(primero.get("vigencia").asInt()).isEqualTo(2026);
		assertThat(primero.get("numero").asInt()).isEqualTo(1);
		assertThat(primero.get("fecha").asString()).isEqualTo("2026-04-30");
		assertThat(primero.get("limitePublicacion").asString()).isEqualTo("2026-05-15");
		assertThat(d.get("cortes").get(1).get("limitePublicacion").asString()).isEqualTo("2026-09-14");
		assertThat(d.get("cortes").get(2).get("limitePublicacion").asString()).isEqualTo("2027-01-18");
	}

	@Test
	void losRadicadosPorDiaYTipoDeLaDependencia() {
		JsonNode d = ok(jefe.get("/api/v1/tableros/radicados?dias=7"));
		assertThat(d.get("porTipo").get("ENTRADA").asLong()).isGreaterThanOrEqualTo(DatosTableros.CASOS.length);
		long suma = 0;
		for (JsonNode f : d.get("filas")) {
			suma += f.get("cantidad").asLong();
			assertThat(f.get("dia").asString()).isBetween(d.get("desde").asString(), d.get("hasta").asString());
		}
		assertThat(d.get("total").asLong()).isEqualTo(suma);
		// A ventanilla sees every dependencia's radicados: at least the jefe's.
		JsonNode todos = ok(DatosTableros.como(puerto, "tbventanilla").get("/api/v1/tableros/radicados?dias=7"));
		assertThat(todos.get("total").asLong()).isGreaterThanOrEqualTo(d.get("total").asLong());
	}

	@Test
	void cadaRolLeeSoloSusDashlets() {
		List<String> delFuncionario = new ArrayList<>();
		ok(funcionario.get("/api/v1/tableros")).forEach(n -> delFuncionario.add(n.get("nombre").asString()));
		assertThat(delFuncionario).containsExactly("pqrsd-semaforo");
		List<String> deControl = new ArrayList<>();
		ok(control.get("/api/v1/tableros")).forEach(n -> deControl.add(n.get("nombre").asString()));
		assertThat(deControl).containsExactly("avance-plan", "plan-vencidas", "mapa-calor", "pqrsd-semaforo",
				"pqrsd-etiquetas", "pqrsd-oportunidad", "cortes", "radicados");
		for (String nombre : List.of("cortes", "mapa-calor", "avance-plan", "plan-vencidas", "pqrsd-etiquetas",
				"pqrsd-oportunidad", "radicados")) {
			error(funcionario.get("/api/v1/tableros/" + nombre), 403, "ACCESO_DENEGADO");
		}
		error(jefe.get("/api/v1/tableros/cortes"), 403, "ACCESO_DENEGADO");
		error(control.get("/api/v1/tableros/inventado"), 404, "DASHLET_DESCONOCIDO");
		error(control.get("/api/v1/tableros/avance-plan?corte=7"), 400, "TABLERO_PARAMETRO_INVALIDO");
		error(control.get("/api/v1/tableros/avance-plan?vigencia=1800"), 400, "TABLERO_PARAMETRO_INVALIDO");
		assertThat(control.get("/api/v1/tableros/avance-plan?vigencia=abc").estado()).isEqualTo(400);
		assertThat(ClienteApi.anonimo(puerto).get("/api/v1/tableros/pqrsd-semaforo").estado()).isEqualTo(401);
	}

}
