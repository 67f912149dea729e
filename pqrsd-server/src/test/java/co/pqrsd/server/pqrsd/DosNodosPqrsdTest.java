package co.pqrsd.server.pqrsd;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.RelojAjustable;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two server nodes over one external PostgreSQL: radicación and PQRSD creation on both at
 * once never gives a number twice, and the timers due fire exactly once in total.
 */
class DosNodosPqrsdTest {

	@TempDir
	Path temporal;

	@Test
	void dosNodosNoRepitenRadicadosNiDisparanDosVecesUnTemporizador() throws Exception {
		try (EmbeddedPostgres externa = EmbeddedPostgres.builder()
			.setDataDirectory(temporal.resolve("externa"))
			.setRegisterShutdownHook(false)
			.start()) {
			String base = NodosPrueba.preparar(externa);
			JdbcTemplate jdbc = new JdbcTemplate(externa.getPostgresDatabase());
			try (ConfigurableApplicationContext a = NodosPrueba.nodo(base, temporal.resolve("a"));
					ConfigurableApplicationContext b = NodosPrueba.nodo(base, temporal.resolve("b"))) {
				int pa = NodosPrueba.puerto(a);
				int pb = NodosPrueba.puerto(b);
				NodosPrueba.usuarios(pa);
				ExecutorService hilos = Executors.newFixedThreadPool(4);
				List<Future<String>> futuros = new ArrayList<>();
				for (int i = 0; i < 12; i++) {
					int puerto = i % 2 == 0 ? pa : pb;
					futuros.add(hilos.submit(() -> NodosPrueba.crearYAsignar(puerto)));
					futuros.add(hilos.submit(() -> {
						var r = ClienteApi.como(puerto, "ndventanilla", NodosPrueba.CLAVE)
							.post("/api/v1/radicados",
									"{\"tipo\":\"ENTRADA\",\"asunto\":\"Oficio\",\"dependencia\":\"871\","
											+ "\"medio\":\"PRESENCIAL\",\"remitente\":{\"anonimo\":true}}");
						assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
						return r.json().get("numero").asString();
					}));
				}
				List<String> numeros = new ArrayList<>();
				for (Future<String> f : futuros) {
					numeros.add(f.get());
				}
				hilos.shutdown();
				assertThat(new HashSet<>(numeros)).hasSize(numeros.size());
				List<String> casos = jdbc.queryForList("SELECT radicado FROM pqrsd_caso", String.class);
				assertThat(casos).hasSize(12);
				Instant rojo = jdbc.queryForObject("SELECT max(rojo_desde) FROM pqrsd_caso", java.sql.Date.class)
					.toLocalDate()
					.atTime(12, 0)
					.atZone(co.pqrsd.core.comun.Colombia.ZONA)
					.toInstant();
				// Both nodes' clocks jump past the red day: the yellow reminder is
				// overtaken,
				// only red is due; each case's timer is fired by one node only.
				a.getBean(RelojAjustable.class).fijar(rojo);
				b.getBean(RelojAjustable.class).fijar(rojo);
				for (int i = 0; i < 300 && jdbc.queryForObject("SELECT count(*) FROM pqrsd_aviso_enviado",
						Long.class) < casos.size(); i++) {
					PruebaPqrsdMotor.dormir(100);
				}
				PruebaPqrsdMotor.dormir(3000);
				List<String> avisos = jdbc.queryForList("SELECT clave FROM pqrsd_aviso_enviado", String.class);
				Set<String> esperados = new HashSet<>();
				casos.forEach(c -> esperados.add(c + "/SEMAFORO_ROJO/t0"));
				assertThat(avisos).containsExactlyInAnyOrderElementsOf(esperados);
				assertThat(jdbc.queryForObject("SELECT count(*) FROM notificacion WHERE clave NOT LIKE 'resumen/%'",
						Long.class))
					.isEqualTo(casos.size());
				assertThat(jdbc.queryForObject("SELECT count(*) FROM correo_saliente WHERE clave NOT LIKE 'resumen/%'",
						Long.class))
					.isEqualTo(casos.size());
				// One digest process for both nodes: ndfunc gets that day's digest once.
				String dia = rojo.atZone(co.pqrsd.core.comun.Colombia.ZONA).toLocalDate().toString();
				assertThat(
						jdbc.queryForList("SELECT clave FROM notificacion WHERE clave LIKE 'resumen/%'", String.class))
					.containsExactly("resumen/ndfunc/" + dia);
				assertThat(jdbc.queryForObject(
						"SELECT count(*) FROM act_ru_execution WHERE proc_def_id_ LIKE 'resumenDiario:%' AND parent_id_ IS NULL",
						Long.class))
					.isEqualTo(1);
				assertThat(jdbc.queryForObject("SELECT count(*) FROM act_ru_deadletter_job", Long.class)).isZero();
				assertThat(jdbc.queryForObject(
						"SELECT count(*) FROM auditoria_evento WHERE accion = 'PQRSD_ENVIADA_A_REPARTO'", Long.class))
					.isEqualTo(casos.size());
			}
		}
	}

}
