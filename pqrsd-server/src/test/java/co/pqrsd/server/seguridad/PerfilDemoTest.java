package co.pqrsd.server.seguridad;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import co.pqrsd.core.comun.Colombia;
import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.PruebaIntegracion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo profile loads a sample municipality with a user of each role and a year of
 * history in every module (issue #14); production mode loads nothing.
 */
@PruebaIntegracion
@ActiveProfiles({ "test", "demo" })
class PerfilDemoTest {

	@LocalServerPort
	int puerto;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext contexto;

	@Test
	void cargaDependenciasYUnUsuarioDeCadaRol() {
		// The demo profile documents its own admin password (application-demo.yml).
		var deps = ClienteApi.como(puerto, ClienteApi.ADMIN, DatosDemo.CONTRASENA).get("/api/v1/dependencias").json();
		assertThat(deps.toString()).contains("Despacho del Alcalde").contains("Oficina de Control Interno");
		for (String[] u : new String[][] { { "ventanilla", "RADICADOR" }, { "funcionario", "FUNCIONARIO" },
				{ "jgobierno", "JEFE_DEPENDENCIA" }, { "archivo", "ARCHIVISTA" },
				{ "controlinterno", "CONTROL_INTERNO" } }) {
			var yo = ClienteApi.como(puerto, u[0], DatosDemo.CONTRASENA).get("/api/v1/usuarios/yo");
			assertThat(yo.estado()).as(u[0]).isEqualTo(200);
			assertThat(yo.json().get("roles").toString()).contains(u[1]);
		}
	}

	/**
	 * A year of radicados, dated on the business days of the past twelve months (the demo
	 * clock), not all today.
	 */
	@Test
	void unAnioDeRadicados() {
		List<OffsetDateTime> fechas = jdbc
			.sql("SELECT fecha_radicacion FROM radicado WHERE asunto LIKE 'Demostración: %'")
			.query(OffsetDateTime.class)
			.list();
		assertThat(fechas).hasSizeBetween(150, 500);
		Set<String> meses = fechas.stream()
			.map(f -> f.atZoneSameInstant(Colombia.ZONA).toLocalDate().withDayOfMonth(1).toString())
			.collect(Collectors.toSet());
		assertThat(meses).as("meses con radicados").hasSizeGreaterThanOrEqualTo(11);
		LocalDate primera = fechas.stream()
			.map(f -> f.atZoneSameInstant(Colombia.ZONA).toLocalDate())
			.min(LocalDate::compareTo)
			.orElseThrow();
		LocalDate ultima = fechas.stream()
			.map(f -> f.atZoneSameInstant(Colombia.ZONA).toLocalDate())
			.max(LocalDate::compareTo)
			.orElseThrow();
		assertThat(primera).isBefore(ultima.minusMonths(10));
		assertThat(fechas).as("ninguno en domingo")
			.noneMatch(f -> f.atZoneSameInstant(Colombia.ZONA).getDayOfWeek() == java.time.DayOfWeek.SUNDAY);
	}

	/** PQRSD in every state, with their prórrogas, traslados and requerimientos. */
	@Test
	void pqrsdEnCadaEstadoConSuHistoria() {
		Map<String, Long> porEstado = jdbc.sql("""
				SELECT c.estado FROM pqrsd_caso c JOIN radicado r ON r.numero = c.radicado
				WHERE r.asunto LIKE 'Demostración: %' OR c.denuncia_corrupcion""")
			.query(String.class)
			.list()
			.stream()
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		assertThat(porEstado.values().stream().mapToLong(Long::longValue).sum()).isBetween(100L, 200L);
		assertThat(porEstado).containsKeys("RADICADA", "EN_REPARTO", "EN_TRAMITE", "SUSPENDIDA", "EN_APROBACION",
				"VENCIDA", "RESPONDIDA", "TRASLADADA", "CERRADA");
		assertThat(porEstado.get("RESPONDIDA")).as("respondidas en el año").isGreaterThan(40);
		Map<String, Long> hechos = jdbc.sql("SELECT tipo, count(*) FROM pqrsd_hecho GROUP BY tipo")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(hechos).as("hechos de los casos")
			.containsKeys("TerminoProrrogado", "PqrsdTrasladada", "InformacionRequerida", "RequerimientoAtendido",
					"PlazoPeticionarioVencido", "RespuestaDevuelta", "PqrsdReasignada", "TerminoVencido",
					"PqrsdCerrada");
		Long denuncias = jdbc
			.sql("SELECT count(*) FROM pqrsd_caso WHERE denuncia_corrupcion AND estado <> 'RESPONDIDA'")
			.query(Long.class)
			.single();
		assertThat(denuncias).isPositive();
		Long anonimas = jdbc.sql("SELECT count(*) FROM pqrsd_caso WHERE anonimo").query(Long.class).single();
		assertThat(anonimas).isGreaterThanOrEqualTo(3);
		Long tarde = jdbc.sql("SELECT count(DISTINCT radicado) FROM pqrsd_hecho WHERE radicado IN "
				+ "(SELECT radicado FROM pqrsd_hecho WHERE tipo = 'TerminoVencido') AND tipo = 'RespuestaComunicada'")
			.query(Long.class)
			.single();
		assertThat(tarde).as("respondidas tarde, tras vencer").isPositive();
	}

	/** A second start on the same data seeds nothing again. */
	@Test
	void noSiembraDosVeces() throws Exception {
		long radicados = jdbc.sql("SELECT count(*) FROM radicado").query(Long.class).single();
		long expedientes = jdbc.sql("SELECT count(*) FROM archivo_expediente").query(Long.class).single();
		for (var e : contexto.getBeansOfType(ApplicationRunner.class).entrySet()) {
			if (e.getValue().getClass().getSimpleName().contains("Demo")) {
				e.getValue().run(new DefaultApplicationArguments());
			}
		}
		assertThat(jdbc.sql("SELECT count(*) FROM radicado").query(Long.class).single()).isEqualTo(radicados);
		assertThat(jdbc.sql("SELECT count(*) FROM archivo_expediente").query(Long.class).single())
			.isEqualTo(expedientes);
	}

}
