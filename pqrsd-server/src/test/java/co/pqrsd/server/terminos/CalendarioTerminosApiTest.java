package co.pqrsd.server.terminos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.PruebaIntegracion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@PruebaIntegracion
class CalendarioTerminosApiTest {

	@LocalServerPort
	int puerto;

	@Autowired
	JdbcTemplate jdbc;

	ClienteApi admin() {
		return ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
	}

	private static List<String> fechas(JsonNode arreglo) {
		List<String> f = new ArrayList<>();
		arreglo.forEach(n -> f.add(n.get("fecha").asString()));
		return f;
	}

	@Test
	void losFestivosSalenDeLaTablaVersionadaYUnDiaConDosFestivosLosNombraAAmbos() {
		var f2025 = admin().get("/api/v1/calendario/festivos?anio=2025").json();
		assertThat(f2025.size()).isEqualTo(17);
		assertThat(fechas(f2025)).isSorted();
		JsonNode doble = f2025.get(8);
		assertThat(doble.get("fecha").asString()).isEqualTo("2025-06-30");
		assertThat(doble.get("nombre").asString()).contains("San Pedro y San Pablo").contains("Sagrado Corazón");
		assertThat(doble.get("fundamento").asString()).contains("Ley 51 de 1983");
		assertThat(admin().get("/api/v1/calendario/festivos?anio=2024").json().size()).isEqualTo(18);
		var f2026 = admin().get("/api/v1/calendario/festivos?anio=2026").json();
		assertThat(fechas(f2026)).hasSize(19).contains("2026-07-13");
		assertThat(fechas(admin().get("/api/v1/calendario/festivos?anio=2027").json())).hasSize(19)
			.contains("2027-07-12", "2027-10-18");
		assertThat(
				jdbc.queryForObject("SELECT fundamento FROM festivo_regla WHERE codigo = 'CHIQUINQUIRA'", String.class))
			.isEqualTo("Ley 2578 de 2026, art. 6");
	}

	@Test
	void diceSiUnDiaEsHabilYPorQueNo() {
		var lunesFestivo = admin().get("/api/v1/calendario/habil?fecha=2026-01-12").json();
		assertThat(lunesFestivo.get("habil").asBoolean()).isFalse();
		assertThat(lunesFestivo.get("motivo").asString()).contains("Reyes Magos");
		assertThat(admin().get("/api/v1/calendario/habil?fecha=2026-01-13").json().get("habil").asBoolean()).isTrue();
		assertThat(admin().get("/api/v1/calendario/habil?fecha=2026-13-01").json().get("code").asString())
			.isEqualTo("FECHA_INVALIDA");
		assertThat(admin().get("/api/v1/calendario/habil?fecha=1900-01-01").json().get("code").asString())
			.isEqualTo("CALENDARIO_FUERA_DE_RANGO");
	}

	@Test
	void calculaElVencimientoConSuExplicacion() {
		var r = admin().get("/api/v1/terminos/vencimiento?modalidad=GENERAL&recibido=2025-12-19T10:00:00-05:00");
		assertThat(r.estado()).isEqualTo(200);
		var v = r.json();
		assertThat(v.get("modalidad").asString()).isEqualTo("GENERAL");
		assertThat(v.get("vencimiento").asString()).isEqualTo("2026-01-14");
		assertThat(v.get("dias").asInt()).isEqualTo(15);
		assertThat(v.get("unidad").asString()).isEqualTo("HABILES");
		assertThat(v.get("fundamento").asString()).contains("art. 14");
		assertThat(v.get("recibido").asString()).startsWith("2025-12-19T10:00");
		assertThat(v.get("explicacion").toString()).contains("Reyes Magos").contains("Navidad");
		var sabadoEnUtc = admin().get("/api/v1/terminos/vencimiento?modalidad=GENERAL&recibido=2025-03-16T03:30:00Z")
			.json();
		assertThat(sabadoEnUtc.get("vencimiento").asString()).isEqualTo("2025-04-07");
		assertThat(admin().get("/api/v1/terminos/vencimiento?modalidad=DOCUMENTOS&recibido=2021-06-15T10:00:00-05:00")
			.json()
			.get("dias")
			.asInt()).isEqualTo(20);
	}

	@Test
	void unaModalidadDesconocidaOUnaFechaMalformadaDan400() {
		var desconocida = admin()
			.get("/api/v1/terminos/vencimiento?modalidad=NINGUNA&recibido=2025-12-19T10:00:00-05:00");
		assertThat(desconocida.estado()).isEqualTo(400);
		assertThat(desconocida.tipo()).startsWith("application/problem+json");
		assertThat(desconocida.json().get("code").asString()).isEqualTo("MODALIDAD_DESCONOCIDA");
		var malformada = admin().get("/api/v1/terminos/vencimiento?modalidad=GENERAL&recibido=19-12-2025");
		assertThat(malformada.estado()).isEqualTo(400);
		assertThat(malformada.json().get("code").asString()).isEqualTo("FECHA_INVALIDA");
		var sinZona = admin().get("/api/v1/terminos/vencimiento?modalidad=GENERAL&recibido=2025-12-19T10:00:00");
		assertThat(sinZona.json().get("code").asString()).isEqualTo("FECHA_INVALIDA");
		var sinParametro = admin().get("/api/v1/terminos/vencimiento?modalidad=GENERAL");
		assertThat(sinParametro.json().get("code").asString()).isEqualTo("PARAMETRO_REQUERIDO");
	}

	@Test
	void unaProrrogaMasAllaDelDobleSeRechazaPorApi() {
		var ok = admin()
			.get("/api/v1/terminos/vencimiento?modalidad=GENERAL&recibido=2025-12-19T10:00:00-05:00"
					+ "&prorrogaHasta=2026-02-04&prorrogaInformada=2026-01-14T15:00:00-05:00")
			.json();
		assertThat(ok.get("vencimiento").asString()).isEqualTo("2026-02-04");
		assertThat(ok.get("vencimientoOriginal").asString()).isEqualTo("2026-01-14");
		var excede = admin()
			.get("/api/v1/terminos/vencimiento?modalidad=GENERAL&recibido=2025-12-19T10:00:00-05:00"
					+ "&prorrogaHasta=2026-02-05&prorrogaInformada=2026-01-14T15:00:00-05:00")
			.json();
		assertThat(excede.get("code").asString()).isEqualTo("PRORROGA_EXCEDE_DOBLE");
	}

	@Test
	void unCierreDeclaradoPorElAdministradorCambiaLosVencimientosQuedaAuditadoYSePuedeRevocar() {
		String consulta = "/api/v1/terminos/vencimiento?modalidad=TRASLADO&recibido=2031-03-03T09:00:00-05:00";
		assertThat(admin().get(consulta).json().get("vencimiento").asString()).isEqualTo("2031-03-10");
		var cierre = admin().post("/api/v1/calendario/cierres",
				ClienteApi.json(Map.of("desde", "2031-03-05", "hasta", "2031-03-06", "tipo", "SUSPENSION_TERMINOS",
						"acto", "Resolución 77", "fechaActo", "2031-03-01", "motivo", "Falla del sistema de gestión")));
		assertThat(cierre.estado()).isEqualTo(201);
		long id = cierre.json().get("id").asLong();
		var conCierre = admin().get(consulta).json();
		assertThat(conCierre.get("vencimiento").asString()).isEqualTo("2031-03-12");
		assertThat(conCierre.get("explicacion").toString()).contains("Resolución 77");
		assertThat(admin().get("/api/v1/calendario/habil?fecha=2031-03-05").json().get("motivo").asString())
			.contains("Suspensión de términos");
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM auditoria_evento WHERE accion = 'CIERRE_CALENDARIO_CREADO' AND objeto_id = ?",
				Long.class, String.valueOf(id)))
			.isEqualTo(1);
		var revocado = admin().post("/api/v1/calendario/cierres/" + id + "/revocacion",
				ClienteApi.json(Map.of("motivo", "Se restableció el servicio")));
		assertThat(revocado.estado()).isEqualTo(200);
		assertThat(admin().get(consulta).json().get("vencimiento").asString()).isEqualTo("2031-03-10");
		assertThat(admin()
			.post("/api/v1/calendario/cierres/" + id + "/revocacion", ClienteApi.json(Map.of("motivo", "otra vez")))
			.json()
			.get("code")
			.asString()).isEqualTo("CIERRE_YA_REVOCADO");
	}

	@Test
	void unCierreConFechasInvertidasDa400() {
		var r = admin().post("/api/v1/calendario/cierres", ClienteApi.json(Map.of("desde", "2031-04-05", "hasta",
				"2031-04-01", "tipo", "CIERRE", "acto", "Decreto 1", "fechaActo", "2031-03-01", "motivo", "x")));
		assertThat(r.json().get("code").asString()).isEqualTo("CIERRE_FECHAS_INVALIDAS");
		var tipo = admin().post("/api/v1/calendario/cierres", ClienteApi.json(Map.of("desde", "2031-04-01", "hasta",
				"2031-04-01", "tipo", "VACACIONES", "acto", "Decreto 1", "fechaActo", "2031-03-01", "motivo", "x")));
		assertThat(tipo.json().get("code").asString()).isEqualTo("VALOR_NO_PERMITIDO");
	}

	@Test
	void soloElAdministradorDeclaraCierres() {
		admin().post("/api/v1/usuarios", ClienteApi.json(Map.of("username", "calendarista", "nombre", "C", "email",
				"c@x.co", "password", "Calendario2026", "roles", List.of("FUNCIONARIO"))));
		var r = ClienteApi.como(puerto, "calendarista", "Calendario2026")
			.post("/api/v1/calendario/cierres", ClienteApi.json(Map.of("desde", "2031-05-05", "hasta", "2031-05-05",
					"tipo", "CIERRE", "acto", "Decreto 2", "fechaActo", "2031-05-01", "motivo", "x")));
		assertThat(r.estado()).isEqualTo(403);
		assertThat(ClienteApi.como(puerto, "calendarista", "Calendario2026")
			.get("/api/v1/calendario/festivos?anio=2026")
			.estado()).isEqualTo(200);
	}

	@Test
	void unaEntidadAgregaUnaModalidadSinCodigo() {
		var r = admin().post("/api/v1/terminos/modalidades",
				ClienteApi.json(Map.of("modalidad", "HABEAS_DATA_CONSULTA", "nombre", "Consulta de datos personales",
						"termino", 10, "unidad", "HABILES", "fundamento", "Ley 1581 de 2012, art. 14", "admiteProrroga",
						true)));
		assertThat(r.estado()).isEqualTo(201);
		var v = admin()
			.get("/api/v1/terminos/vencimiento?modalidad=HABEAS_DATA_CONSULTA&recibido=2026-11-23T08:00:00-05:00")
			.json();
		assertThat(v.get("vencimiento").asString()).isEqualTo("2026-12-07");
		assertThat(v.get("fundamento").asString()).isEqualTo("Ley 1581 de 2012, art. 14");
		assertThat(admin().get("/api/v1/terminos/modalidades").json().toString()).contains("\"origen\":\"ENTIDAD\"");
	}

	@Test
	void laPoliticaDeHorarioSeConfiguraSeAuditaYSeExplica() {
		var actual = admin().get("/api/v1/calendario/configuracion").json();
		assertThat(actual.get("fueraDeHorarioAlDiaSiguiente").asBoolean()).isFalse();
		String consulta = "/api/v1/terminos/vencimiento?modalidad=GENERAL&recibido=2025-03-15T22:30:00-05:00";
		assertThat(admin().get(consulta).json().get("vencimiento").asString()).isEqualTo("2025-04-07");
		Map<String, Object> conPolitica = Map.of("diasLaborales",
				List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"), "apertura", "08:00", "cierre", "17:00",
				"fueraDeHorarioAlDiaSiguiente", true, "reanudacion", "REANUDAR_DIAS_RESTANTES", "semaforoAmarillo", 0.6,
				"semaforoRojo", 0.8);
		try {
			long antes = jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM auditoria_evento", Long.class);
			assertThat(admin().put("/api/v1/calendario/configuracion", ClienteApi.json(conPolitica)).estado())
				.isEqualTo(200);
			// This change's own entry: the field it changed, before and after.
			assertThat(jdbc.queryForList("SELECT detalles #>> '{cambios,fueraDeHorarioAlDiaSiguiente,despues}' "
					+ "FROM auditoria_evento WHERE id > ? AND usuario = 'admin' AND accion = 'POLITICA_TERMINOS_MODIFICADA'",
					String.class, antes))
				.containsExactly("true");
			var v = admin().get(consulta).json();
			assertThat(v.get("vencimiento").asString()).isEqualTo("2025-04-08");
			assertThat(v.get("politica").asString()).contains("política de la entidad");
		}
		finally {
			var sinPolitica = new java.util.HashMap<>(conPolitica);
			sinPolitica.put("fueraDeHorarioAlDiaSiguiente", false);
			admin().put("/api/v1/calendario/configuracion", ClienteApi.json(sinPolitica));
		}
		assertThat(admin().get(consulta).json().get("vencimiento").asString()).isEqualTo("2025-04-07");
	}

	@Test
	void unaSemanaDeSeisDiasSeGuarda() {
		Map<String, Object> seisDias = new java.util.HashMap<>(
				Map.of("diasLaborales", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"),
						"apertura", "08:00", "cierre", "17:00", "fueraDeHorarioAlDiaSiguiente", false, "reanudacion",
						"REANUDAR_DIAS_RESTANTES", "semaforoAmarillo", 0.6, "semaforoRojo", 0.8));
		try {
			assertThat(admin().put("/api/v1/calendario/configuracion", ClienteApi.json(seisDias)).estado())
				.isEqualTo(200);
			assertThat(admin().get("/api/v1/calendario/configuracion").json().get("diasLaborales").toString())
				.contains("SATURDAY");
		}
		finally {
			seisDias.put("diasLaborales", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"));
			admin().put("/api/v1/calendario/configuracion", ClienteApi.json(seisDias));
		}
	}

}
