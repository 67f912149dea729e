package co.pqrsd.server.documentos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.ClienteApi.Parte;
import co.pqrsd.server.pqrsd.NodosPrueba;
import co.pqrsd.server.radicacion.Ventanilla;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A server JVM killed with -9 while the Alfresco queue drains, right after Alfresco
 * received a document's content and before the node carried its hash and the row its
 * mark: the node started again over the same database and data directory stores every
 * document exactly once (one node per document, one content upload per version, the
 * recorded hash on the node and in its bytes), and none is lost.
 * <p>
 * The simulated Alfresco ({@link AlfrescoSimulado}) lives in this JVM, so what it holds
 * survives the server's death, and it answers slowly so the kill lands mid-drain.
 */
class CaidaColaAlfrescoTest {

	static final int DOCUMENTOS = 30;

	/** The upload after which the first node dies. */
	static final int SUBIDA_FATAL = 10;

	static final String RUTA = PruebaConAlfresco.RUTA;

	@TempDir
	Path temporal;

	/** The Alfresco adapter's settings of a node against the simulated Alfresco. */
	static String[] alfresco(String url) {
		return new String[] { "--pqrsd.documentos.almacen=alfresco", "--content.service.url=" + url,
				"--content.service.security.basicAuth.username=admin",
				"--content.service.security.basicAuth.password=admin", "--pqrsd.documentos.alfresco.ruta=" + RUTA,
				"--pqrsd.documentos.alfresco.sondeo=100ms", "--pqrsd.documentos.alfresco.espera-inicial=100ms",
				"--pqrsd.documentos.alfresco.espera-maxima=300ms", "--flowable.async-executor-activate=false" };
	}

	@Test
	void unNodoMuertoConKill9MientrasLaColaSeVaciaGuardaCadaDocumentoUnaSolaVez() throws Exception {
		Path definicion = AlfrescoSimulado.definicion();
		assumeTrue(definicion != null, "Sin shared/alfresco/openapi/alfresco-core.yaml (pqrsd.shared.dir): "
				+ "la prueba con Alfresco simulado necesita su definición Swagger y se omite");
		Path datos = temporal.resolve("datos");
		try (AlfrescoSimulado alfresco = new AlfrescoSimulado(definicion);
				EmbeddedPostgres externa = EmbeddedPostgres.builder()
					.setDataDirectory(temporal.resolve("externa"))
					.setRegisterShutdownHook(false)
					.start()) {
			String base = NodosPrueba.preparar(externa);
			JdbcTemplate jdbc = new JdbcTemplate(externa.getPostgresDatabase());
			// Alfresco down while the documents are radicated: every one waits in the
			// queue.
			alfresco.caer();
			Path registro = temporal.resolve("nodo1.log");
			String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
			Process hijo = new ProcessBuilder(List.of(java,
					"-Djavax.xml.stream.XMLInputFactory=com.sun.xml.internal.stream.XMLInputFactoryImpl",
					"-Duser.timezone=UTC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
					CaidaColaAlfrescoLanzador.class.getName(), base, datos.toString(), alfresco.url()))
				.redirectErrorStream(true)
				.redirectOutput(registro.toFile())
				.start();
			try {
				long limite = System.nanoTime() + Duration.ofSeconds(240).toNanos();
				while (linea(registro, "LISTO ") == null && hijo.isAlive() && System.nanoTime() < limite) {
					Thread.sleep(100);
				}
				String listo = linea(registro, "LISTO ");
				assertThat(listo).as("el nodo hijo debía arrancar; su salida termina en:%n%s", cola(registro))
					.isNotNull();
				int puerto = Integer.parseInt(listo.substring(6).strip());
				Ventanilla.preparar(puerto);
				ClienteApi ventanilla = Ventanilla.como(puerto, "radicador1");
				for (int i = 0; i < DOCUMENTOS; i++) {
					var r = ventanilla.multipart("/api/v1/radicados",
							Parte.json("radicado", Ventanilla.entrada("Caída de la cola " + i, "200", "5252" + i)),
							Parte.archivo("principal", "peticion.pdf", "application/pdf",
									Ventanilla.pdf("Documento numero " + i + " de la prueba de caida")));
					assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
				}
				assertThat(pendientes(jdbc)).isEqualTo(DOCUMENTOS);
				// Alfresco back, slow; the node dies while Alfresco holds its answer to
				// an upload: content stored, hash not yet written, row not yet marked.
				CountDownLatch subida = new CountDownLatch(1);
				alfresco.retrasar(Duration.ofMillis(30));
				alfresco.detenerTrasSubida(SUBIDA_FATAL, subida);
				alfresco.levantar();
				assertThat(subida.await(40, TimeUnit.SECONDS)).as("la subida %s llega a Alfresco", SUBIDA_FATAL)
					.isTrue();
			}
			finally {
				hijo.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			}
			long almacenados = DOCUMENTOS - pendientes(jdbc);
			assertThat(almacenados).as("murió a mitad de la cola").isBetween(1L, (long) DOCUMENTOS - 1);
			alfresco.retrasar(Duration.ofMillis(5));
			try (ConfigurableApplicationContext nodo = NodosPrueba.nodo(base, datos, alfresco(alfresco.url()))) {
				esperar("la cola se vacía tras reiniciar", Duration.ofSeconds(40), () -> pendientes(jdbc) == 0);
			}

			List<Map<String, Object>> filas = jdbc.queryForList(
					"SELECT operacion, radicado, sha256, carpeta, nombre_nodo, nodo_id, almacenado_en FROM documento_alfresco");
			assertThat(filas).allSatisfy(f -> assertThat(f.get("almacenado_en")).isNotNull());
			List<Map<String, Object>> guardados = filas.stream()
				.filter(f -> "GUARDAR".equals(f.get("operacion")))
				.toList();
			assertThat(guardados).hasSize(DOCUMENTOS);
			assertThat(guardados.stream().map(f -> f.get("radicado")).distinct()).hasSize(DOCUMENTOS);
			Map<String, Integer> creaciones = alfresco.creaciones();
			Map<String, List<String>> subidas = alfresco.subidas();
			for (Map<String, Object> f : guardados) {
				String ruta = RUTA + "/" + f.get("carpeta") + "/" + f.get("nombre_nodo");
				String sha256 = (String) f.get("sha256");
				AlfrescoSimulado.Nodo n = alfresco.porRuta(ruta);
				assertThat(n).as("nodo de %s", ruta).isNotNull();
				assertThat(n.id).as("nodo registrado de %s", ruta).isEqualTo(f.get("nodo_id"));
				assertThat(creaciones.get(ruta)).as("creaciones de %s", ruta).isEqualTo(1);
				assertThat(subidas.get(n.id)).as("subidas de contenido de %s", ruta).containsExactly(sha256);
				assertThat(n.versiones).as("versiones de %s", ruta).isEqualTo(1);
				assertThat(n.propiedades).as("propiedades de %s", ruta)
					.containsEntry("pqrsd:hash", sha256)
					.containsEntry("pqrsd:numeroRadicado", f.get("radicado"));
				assertThat(AlfrescoSimulado.sha256(n.contenido)).as("contenido de %s", ruta).isEqualTo(sha256);
			}
			assertThat(alfresco.nodos()).hasSize(DOCUMENTOS);
			alfresco.validar();
		}
	}

	private static long pendientes(JdbcTemplate jdbc) {
		return jdbc.queryForObject("SELECT count(*) FROM documento_alfresco WHERE almacenado_en IS NULL", Long.class);
	}

	private static String cola(Path registro) {
		try {
			String todo = Files.readString(registro, java.nio.charset.StandardCharsets.ISO_8859_1);
			return todo.substring(Math.max(0, todo.length() - 4000));
		}
		catch (java.io.IOException e) {
			return e.toString();
		}
	}

	private static String linea(Path registro, String prefijo) {
		try {
			if (!Files.exists(registro)) {
				return null;
			}
			return Files.readAllLines(registro).stream().filter(l -> l.startsWith(prefijo)).findFirst().orElse(null);
		}
		catch (java.io.IOException | java.io.UncheckedIOException e) {
			return null;
		}
	}

	private static void esperar(String que, Duration plazo, BooleanSupplier condicion) throws InterruptedException {
		long limite = System.nanoTime() + plazo.toNanos();
		while (!condicion.getAsBoolean()) {
			assertThat(System.nanoTime()).as("esperando: " + que).isLessThan(limite);
			Thread.sleep(50);
		}
	}

}
