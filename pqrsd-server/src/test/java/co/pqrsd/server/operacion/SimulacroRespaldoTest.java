package co.pqrsd.server.operacion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import co.pqrsd.core.comun.Colombia;
import co.pqrsd.server.ClienteApi;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The backup drill (issue #14): radicate under load, back up while the load runs, restore
 * into a new directory, start a server on it, and find every radicado committed before
 * the backup began with its documents byte for byte and the audit chain verifying; the
 * numbering continues without a gap or a repeat.
 */
class SimulacroRespaldoTest {

	private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SimulacroRespaldoTest.class);

	@TempDir
	Path temporal;

	/** Radicados whose 201 arrived, with the bytes of their document. */
	private final Map<String, byte[]> confirmados = new ConcurrentHashMap<>();

	@Test
	void respaldoEnCalienteRestauradoConservaTodoLoConfirmadoAntes() throws Exception {
		Path datosA = temporal.resolve("a");
		Path respaldo = temporal.resolve("respaldo");
		Map<String, byte[]> antesDelRespaldo;
		try (ConfigurableApplicationContext a = NodoPrueba.iniciar(datosA)) {
			int puerto = NodoPrueba.puerto(a);
			NodoPrueba.ventanilla(puerto, "881", "simventanilla");
			AtomicBoolean seguir = new AtomicBoolean(true);
			AtomicInteger contador = new AtomicInteger();
			ExecutorService hilos = Executors.newFixedThreadPool(3);
			List<Future<?>> carga = new java.util.ArrayList<>();
			for (int h = 0; h < 3; h++) {
				carga.add(hilos.submit(() -> {
					while (seguir.get()) {
						radicar(puerto, contador.incrementAndGet());
					}
					return null;
				}));
			}
			while (confirmados.size() < 12) {
				Thread.sleep(50);
			}
			// Everything whose answer arrived is committed before the backup begins.
			antesDelRespaldo = Map.copyOf(confirmados);
			var verificacion = new Respaldos(
					new Respaldos.Configuracion(datosA, NodoPrueba.puertoBase(a), null, null, null, null), LOG::info,
					Clock.system(Colombia.ZONA))
				.respaldar(respaldo);
			int durante = confirmados.size() - antesDelRespaldo.size();
			seguir.set(false);
			for (Future<?> f : carga) {
				f.get();
			}
			hilos.shutdown();
			assertThat(verificacion.problemas()).isEmpty();
			assertThat(durante).as("la carga siguió durante el respaldo").isPositive();
			assertThat(verificacion.entradasAuditoria()).isPositive();
			alteradoSeDetecta(respaldo);
			JdbcTemplate jdbcA = new JdbcTemplate(a.getBean(DataSource.class));
			assertThat(jdbcA.queryForObject("SELECT count(*) FROM operacion_respaldo WHERE correcto", Long.class))
				.isEqualTo(1);
		}
		Path datosB = temporal.resolve("b");
		var restaurado = new Respaldos(new Respaldos.Configuracion(datosB, 0, null, null, null, null), LOG::info,
				Clock.system(Colombia.ZONA))
			.restaurar(respaldo, datosB);
		assertThat(restaurado.correcta()).isTrue();
		try (ConfigurableApplicationContext b = NodoPrueba.iniciar(datosB)) {
			int puerto = NodoPrueba.puerto(b);
			ClienteApi ventanilla = ClienteApi.como(puerto, "simventanilla", NodoPrueba.CLAVE);
			antesDelRespaldo.forEach((numero, contenido) -> {
				var r = ventanilla.get("/api/v1/radicados/" + numero);
				assertThat(r.estado()).as(numero).isEqualTo(200);
				long id = r.json().get("documentos").get(0).get("id").asLong();
				var documento = ventanilla.get("/api/v1/radicados/" + numero + "/documentos/" + id);
				assertThat(documento.cruda().body()).as(numero).isEqualTo(contenido);
			});
			var cadena = ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN)
				.post("/api/v1/auditoria/verificacion", "{}");
			assertThat(cadena.json().get("integra").asBoolean()).as(cadena.cuerpo()).isTrue();
			JdbcTemplate jdbc = new JdbcTemplate(b.getBean(DataSource.class));
			String huecos = "SELECT count(*) FROM (SELECT anio, tipo, alcance, max(consecutivo) AS m, count(*) AS c,"
					+ " count(DISTINCT consecutivo) AS d FROM radicado GROUP BY 1, 2, 3) x WHERE m <> c OR d <> c";
			assertThat(jdbc.queryForObject(huecos, Long.class)).isZero();
			long ultimo = jdbc.queryForObject(
					"SELECT max(consecutivo) FROM radicado WHERE dependencia_radicadora = '881'", Long.class);
			String nuevo = radicar(puerto, 1_000_000);
			assertThat(jdbc.queryForObject("SELECT consecutivo FROM radicado WHERE numero = ?", Long.class, nuevo))
				.isEqualTo(ultimo + 1);
			assertThat(jdbc.queryForObject(huecos, Long.class)).isZero();
		}
	}

	/** A copy of the backup with one document's bytes changed fails verification. */
	private void alteradoSeDetecta(Path respaldo) throws Exception {
		Path copia = temporal.resolve("alterado");
		try (var todos = java.nio.file.Files.walk(respaldo)) {
			for (Path p : (Iterable<Path>) todos::iterator) {
				java.nio.file.Files.copy(p, copia.resolve(respaldo.relativize(p).toString()));
			}
		}
		Path documento;
		try (var docs = java.nio.file.Files.walk(copia.resolve(Respaldos.DIRECTORIO_DOCUMENTOS))) {
			documento = docs.filter(java.nio.file.Files::isRegularFile).findFirst().orElseThrow();
		}
		java.nio.file.Files.writeString(documento, "alterado", java.nio.file.StandardOpenOption.APPEND);
		var resultado = new Respaldos(new Respaldos.Configuracion(copia, 0, null, null, null, null), LOG::info,
				Clock.system(Colombia.ZONA))
			.verificar(copia);
		assertThat(resultado.problemas()).singleElement().asString().startsWith("SHA-256 distinto");
		assertThat(ComandosOperacion.ejecutar(new String[] { "verificar-respaldo", "--origen=" + copia }, LOG::info))
			.isEqualTo(3);
	}

	private String radicar(int puerto, int n) {
		byte[] contenido = ("Documento del simulacro número " + n + " — " + "x".repeat(n % 500))
			.getBytes(StandardCharsets.UTF_8);
		String json = ClienteApi.json(Map.of("tipo", "ENTRADA", "asunto", "Simulacro " + n, "dependencia", "881",
				"medio", "PRESENCIAL", "remitente", Map.of("anonimo", true)));
		var r = ClienteApi.como(puerto, "simventanilla", NodoPrueba.CLAVE)
			.multipart("/api/v1/radicados", ClienteApi.Parte.json("radicado", json),
					ClienteApi.Parte.archivo("principal", "simulacro-" + n + ".txt", "text/plain", contenido));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
		String numero = r.json().get("numero").asString();
		confirmados.put(numero, contenido);
		return numero;
	}

}
