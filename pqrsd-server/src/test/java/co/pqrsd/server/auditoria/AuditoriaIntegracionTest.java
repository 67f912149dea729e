package co.pqrsd.server.auditoria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.core.comun.Colombia;
import co.pqrsd.server.PruebaIntegracion;
import co.pqrsd.server.RelojAjustable;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@PruebaIntegracion
class AuditoriaIntegracionTest {

	@LocalServerPort
	int puerto;

	@Autowired
	Auditoria auditoria;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaccion;

	@Autowired
	VerificacionAuditoria verificacion;

	@Autowired
	PuntosControl puntosControl;

	@Autowired
	SelladorAuditoria sellador;

	@Autowired
	RelojAjustable reloj;

	ClienteApi admin() {
		return ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
	}

	private long entradas(String objetoId) {
		return jdbc.queryForObject("SELECT count(*) FROM auditoria_evento WHERE objeto_id = ?", Long.class, objetoId);
	}

	@Test
	void unaAccionYSuEntradaSeConfirmanJuntasYUnaRevertidaNoDejaNada() {
		transaccion.executeWithoutResult(
				t -> auditoria.registrar(AccionAuditoria.CONFIGURACION_MODIFICADA, "PRUEBA", "confirmada"));
		assertThat(entradas("confirmada")).isEqualTo(1);
		assertThatThrownBy(() -> transaccion.executeWithoutResult(t -> {
			auditoria.registrar(AccionAuditoria.CONFIGURACION_MODIFICADA, "PRUEBA", "revertida");
			throw new IllegalStateException("la acción falla después de auditar");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(entradas("revertida")).isZero();
	}

	@Test
	void registrarSinTransaccionEsUnErrorDeProgramacion() {
		assertThatThrownBy(() -> auditoria.registrar(AccionAuditoria.CONFIGURACION_MODIFICADA, "PRUEBA", "suelta"))
			.hasMessageContaining("propagation 'mandatory'");
	}

	@Test
	void unaAccionDeNegocioRealQuedaAuditadaConUsuarioRolesIpYDetalles() {
		admin().post("/api/v1/dependencias", ClienteApi.json(Map.of("codigo", "610", "nombre", "Cultura")));
		var fila = jdbc.queryForMap(
				"SELECT usuario, roles::text AS roles, ip, agente, accion, resultado, detalles::text AS detalles "
						+ "FROM auditoria_evento WHERE objeto_tipo = 'DEPENDENCIA' AND objeto_id = '610'");
		assertThat(fila.get("usuario")).isEqualTo("admin");
		assertThat((String) fila.get("roles")).contains("ADMIN");
		assertThat((String) fila.get("ip")).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
		assertThat(fila.get("agente")).isNotNull();
		assertThat(fila.get("accion")).isEqualTo("DEPENDENCIA_CREADA");
		assertThat((String) fila.get("detalles")).contains("Cultura");
	}

	@Test
	void unaModificacionGuardaAntesYDespuesDeCadaCampo() {
		admin().post("/api/v1/dependencias", ClienteApi.json(Map.of("codigo", "620", "nombre", "Deportes")));
		admin().put("/api/v1/dependencias/620", ClienteApi.json(Map.of("nombre", "Deportes y Recreación")));
		var historial = admin().get("/api/v1/auditoria/objetos/DEPENDENCIA/620").json();
		var cambios = historial.get(1).get("detalles").get("cambios").get("nombre");
		assertThat(cambios.get("antes").asString()).isEqualTo("Deportes");
		assertThat(cambios.get("despues").asString()).isEqualTo("Deportes y Recreación");
	}

	@Test
	void laBaseDeDatosRechazaModificarBorrarOVaciarLaBitacora() {
		transaccion.executeWithoutResult(
				t -> auditoria.registrar(AccionAuditoria.CONFIGURACION_MODIFICADA, "PRUEBA", "inmutable"));
		assertThatThrownBy(
				() -> jdbc.update("UPDATE auditoria_evento SET usuario = 'otro' WHERE objeto_id = 'inmutable'"))
			.rootCause()
			.hasMessageContaining("solo inserción");
		assertThatThrownBy(() -> jdbc.update("DELETE FROM auditoria_evento WHERE objeto_id = 'inmutable'")).rootCause()
			.hasMessageContaining("solo inserción");
		sellador.sellarPendientes();
		assertThatThrownBy(() -> jdbc.update("DELETE FROM auditoria_sello")).rootCause()
			.hasMessageContaining("solo inserción");
		assertThat(entradas("inmutable")).isEqualTo(1);
	}

	/**
	 * The pool connects as a role that owns nothing (PostgresEmbebido): the triggers
	 * above cannot be switched off by the application, and no table can be emptied or
	 * dropped through it.
	 */
	@Test
	void laCuentaDeLaAplicacionNoPuedeDesactivarDisparadoresNiVaciarNiBorrarTablas() {
		assertThat(jdbc.queryForObject("SELECT current_user", String.class)).isEqualTo("pqrsd_app");
		for (String disparador : List.of("auditoria_evento_inmutable", "auditoria_evento_sin_truncate")) {
			assertThatThrownBy(() -> jdbc.execute("ALTER TABLE auditoria_evento DISABLE TRIGGER " + disparador))
				.rootCause()
				.hasMessageContaining("must be owner");
		}
		assertThatThrownBy(() -> jdbc.execute("ALTER TABLE auditoria_evento DISABLE TRIGGER ALL")).rootCause()
			.hasMessageContaining("must be owner");
		for (String tabla : List.of("auditoria_evento", "auditoria_sello", "radicado", "documento")) {
			assertThatThrownBy(() -> jdbc.execute("TRUNCATE " + tabla)).as(tabla)
				.rootCause()
				.hasMessageContaining("permission denied");
			assertThatThrownBy(() -> jdbc.execute("DROP TABLE " + tabla)).as(tabla)
				.rootCause()
				.hasMessageContaining("must be owner");
		}
		assertThatThrownBy(() -> jdbc.execute("SET session_replication_role = replica")).rootCause()
			.hasMessageContaining("permission denied");
	}

	@Test
	void lasMigracionesLasEjecutaElPropietarioYLaAplicacionNoEsDuenaDeNada() {
		assertThat(jdbc.queryForList("SELECT DISTINCT installed_by FROM flyway_schema_history", String.class))
			.containsExactly("pqrsd_owner");
		assertThat(jdbc.queryForList("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'",
				String.class))
			.containsExactly("pqrsd_owner");
		assertThat(jdbc.queryForObject(
				"SELECT rolsuper OR rolcreaterole OR rolcreatedb FROM pg_roles " + "WHERE rolname = current_user",
				Boolean.class))
			.isFalse();
	}

	@Test
	void escritoresConcurrentesNoBifurcanLaCadena() throws Exception {
		ExecutorService hilos = Executors.newFixedThreadPool(16);
		List<Future<?>> tareas = new ArrayList<>();
		for (int h = 0; h < 16; h++) {
			int hilo = h;
			tareas.add(hilos.submit(() -> {
				for (int i = 0; i < 25; i++) {
					int n = i;
					transaccion.executeWithoutResult(t -> auditoria.registrar(AccionAuditoria.CONFIGURACION_MODIFICADA,
							"CONCURRENCIA", hilo + "-" + n));
				}
			}));
		}
		for (Future<?> t : tareas) {
			t.get(60, TimeUnit.SECONDS);
		}
		hilos.shutdown();
		ResultadoVerificacion r = verificacion.verificar();
		assertThat(r.integra()).isTrue();
		assertThat(r.sinSellar()).isLessThanOrEqualTo(1);
		assertThat(jdbc
			.queryForObject("SELECT count(*) FROM auditoria_sello s JOIN auditoria_evento e ON e.id = s.evento_id "
					+ "WHERE e.objeto_tipo = 'CONCURRENCIA'", Long.class))
			.isEqualTo(400);
		assertThat(jdbc.queryForObject("SELECT count(DISTINCT hash_anterior) = count(*) FROM auditoria_sello",
				Boolean.class))
			.isTrue();
	}

	@Test
	void laVerificacionPorApiInformaIntegraConCuentaYUltimoHash() {
		transaccion.executeWithoutResult(
				t -> auditoria.registrar(AccionAuditoria.CONFIGURACION_MODIFICADA, "PRUEBA", "antes-de-verificar"));
		long propia = jdbc.queryForObject("SELECT id FROM auditoria_evento WHERE objeto_id = 'antes-de-verificar'",
				Long.class);
		var r = admin().post("/api/v1/auditoria/verificacion", "");
		assertThat(r.estado()).isEqualTo(200);
		assertThat(r.json().get("integra").asBoolean()).isTrue();
		// The verification sealed this test's entry first, and counted it.
		long posicion = jdbc.queryForObject("SELECT posicion FROM auditoria_sello WHERE evento_id = ?", Long.class,
				propia);
		long entradas = r.json().get("entradas").asLong();
		assertThat(entradas).isGreaterThanOrEqualTo(posicion);
		String ultimoHash = r.json().get("ultimoHash").asString();
		assertThat(ultimoHash).isEqualTo(
				jdbc.queryForObject("SELECT hash FROM auditoria_sello WHERE posicion = ?", String.class, entradas));
		// And the verification itself is audited, with what it answered.
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM auditoria_evento WHERE id > ? AND usuario = 'admin' "
						+ "AND accion = 'AUDITORIA_VERIFICADA' AND detalles->>'ultimoHash' = ?",
				Long.class, propia, ultimoHash))
			.isEqualTo(1);
	}

	@Test
	void unFuncionarioRecibe403AlBuscarYLaDenegacionQuedaRegistrada() {
		admin().post("/api/v1/usuarios", ClienteApi.json(Map.of("username", "curioso", "nombre", "Curioso", "email",
				"c@x.co", "password", "Curiosidad2026", "roles", List.of("FUNCIONARIO"))));
		var r = ClienteApi.como(puerto, "curioso", "Curiosidad2026").get("/api/v1/auditoria?usuario=admin");
		assertThat(r.estado()).isEqualTo(403);
		assertThat(r.json().get("code").asString()).isEqualTo("ACCESO_DENEGADO");
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM auditoria_evento WHERE usuario = 'curioso' AND accion = 'ACCESO_DENEGADO' "
						+ "AND resultado = 'DENEGADO'",
				Long.class))
			.isEqualTo(1);
	}

	@Test
	void losFiltrosSeCombinanYElPaginadoEsCorrecto() {
		transaccion.executeWithoutResult(t -> {
			for (int i = 1; i <= 7; i++) {
				auditoria.registrar(AccionAuditoria.CONFIGURACION_MODIFICADA, "FILTRO", "f-" + i,
						Map.of("clave", "valor-especial-" + i));
			}
			auditoria.registrar(AccionAuditoria.CIERRE_CALENDARIO_CREADO, "FILTRO", "otro");
		});
		var pagina1 = admin()
			.get("/api/v1/auditoria?objetoTipo=FILTRO&accion=CONFIGURACION_MODIFICADA&tamano=3&pagina=1")
			.json();
		assertThat(pagina1.get("total").asLong()).isEqualTo(7);
		assertThat(pagina1.get("entradas")).hasSize(3);
		assertThat(pagina1.get("entradas").get(0).get("objetoId").asString()).isEqualTo("f-7");
		var pagina3 = admin()
			.get("/api/v1/auditoria?objetoTipo=FILTRO&accion=CONFIGURACION_MODIFICADA&tamano=3&pagina=3")
			.json();
		assertThat(pagina3.get("entradas")).hasSize(1);
		assertThat(pagina3.get("entradas").get(0).get("objetoId").asString()).isEqualTo("f-1");
		var texto = admin().get("/api/v1/auditoria?texto=valor-especial-4").json();
		assertThat(texto.get("total").asLong()).isEqualTo(1);
		String hoy = reloj.hoy().toString();
		var rango = admin().get("/api/v1/auditoria?objetoTipo=FILTRO&usuario=sistema&desde=" + hoy + "&hasta=" + hoy)
			.json();
		assertThat(rango.get("total").asLong()).isEqualTo(8);
		var manana = admin().get("/api/v1/auditoria?objetoTipo=FILTRO&desde=" + LocalDate.parse(hoy).plusDays(1))
			.json();
		assertThat(manana.get("total").asLong()).isZero();
	}

	@Test
	void lasExportacionesSeAbrenEnUnaHojaDeCalculoYQuedanAuditadas() throws Exception {
		transaccion.executeWithoutResult(t -> auditoria.registrar(AccionAuditoria.CONFIGURACION_MODIFICADA, "EXPORTE",
				"x-1", Map.of("nota", "=SUMA(A1)")));
		var xlsx = admin().get("/api/v1/auditoria/exportacion.xlsx?objetoTipo=EXPORTE");
		assertThat(xlsx.estado()).isEqualTo(200);
		try (XSSFWorkbook libro = new XSSFWorkbook(new ByteArrayInputStream(xlsx.cruda().body()))) {
			Sheet hoja = libro.getSheetAt(0);
			assertThat(hoja.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Acción");
			assertThat(hoja.getRow(1).getCell(7).getStringCellValue()).isEqualTo("CONFIGURACION_MODIFICADA");
			assertThat(hoja.getRow(1).getCell(10).getStringCellValue()).isEqualTo("x-1");
			assertThat(hoja.getLastRowNum()).isEqualTo(1);
		}
		var csv = admin().get("/api/v1/auditoria/exportacion.csv?objetoTipo=EXPORTE");
		String texto = new String(csv.cruda().body(), StandardCharsets.UTF_8);
		assertThat(texto).startsWith("\uFEFFId;Fecha y hora");
		assertThat(texto.lines()).hasSize(2);
		assertThat(texto).contains("x-1");
		assertThat(jdbc.queryForList("SELECT detalles->>'formato' FROM auditoria_evento WHERE accion = "
				+ "'AUDITORIA_EXPORTADA' AND usuario = 'admin' AND detalles->>'objetoTipo' = 'EXPORTE' ORDER BY id",
				String.class))
			.containsExactly("XLSX", "CSV");
		var pdf = admin().get("/api/v1/auditoria/objetos/EXPORTE/x-1/historial.pdf");
		assertThat(pdf.estado()).isEqualTo(200);
		assertThat(new String(pdf.cruda().body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
	}

	@Test
	void elPuntoDeControlDiarioGuardaElUltimoHashDeCadaDia() {
		// An entry of its own, dated two days before the test clock's today: no other
		// test writes on that day, so the day's checkpoint must be exactly this entry.
		LocalDate dia = reloj.hoy().minusDays(2);
		Instant anteayer = dia.atTime(10, 0).atZone(Colombia.ZONA).toInstant();
		jdbc.update(
				"INSERT INTO auditoria_evento (instante, usuario, accion, objeto_tipo, objeto_id, resultado) "
						+ "VALUES (?, 'sistema', 'CONFIGURACION_MODIFICADA', 'PUNTO', 'punto-propio', 'EXITO')",
				Timestamp.from(anteayer));
		sellador.sellarPendientes();
		long posicion = jdbc.queryForObject(
				"SELECT s.posicion FROM auditoria_sello s "
						+ "JOIN auditoria_evento e ON e.id = s.evento_id WHERE e.objeto_id = 'punto-propio'",
				Long.class);
		puntosControl.registrarHastaAyer();
		var puntos = admin().get("/api/v1/auditoria/puntos-control").json();
		var delDia = new ArrayList<tools.jackson.databind.JsonNode>();
		puntos.forEach(p -> {
			if (p.get("fecha").asString().equals(dia.toString())) {
				delDia.add(p);
			}
		});
		assertThat(delDia).hasSize(1);
		var punto = delDia.get(0);
		assertThat(punto.get("posicion").asLong()).isEqualTo(posicion);
		assertThat(punto.get("entradasDelDia").asLong()).isEqualTo(1);
		assertThat(punto.get("hash").asString()).isEqualTo(
				jdbc.queryForObject("SELECT hash FROM auditoria_sello WHERE posicion = ?", String.class, posicion));
	}

	@Test
	void elCatalogoDeAccionesEsPublicoParaUsuariosAutenticados() {
		var acciones = admin().get("/api/v1/auditoria/acciones").json();
		assertThat(acciones.toString()).contains("RADICADO_CREADO").contains("Inicio de sesión");
	}

}
