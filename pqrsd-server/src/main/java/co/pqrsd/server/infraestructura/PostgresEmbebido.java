package co.pqrsd.server.infraestructura;

import co.pqrsd.core.comun.Colombia;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server in the data directory, durable and on loopback only. Survives
 * restarts; after a crash (kill -9 of the JVM, power loss) it comes back by itself: a
 * server left running by the previous process is shut down first, and PostgreSQL's own
 * WAL recovery does the rest.
 */
final class PostgresEmbebido implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(PostgresEmbebido.class);

	private final EmbeddedPostgres postgres;

	private final Path directorio;

	private PostgresEmbebido(EmbeddedPostgres postgres, Path directorio) {
		this.postgres = postgres;
		this.directorio = directorio;
	}

	/**
	 * Starts PostgreSQL on {@code directorio}, creating it on first use.
	 * @param puerto fixed loopback port (a data directory keeps its port); 0 picks a free
	 * one (tests)
	 * @param durable fsync and synchronous_commit on (zonky turns both off by default;
	 * only tests may)
	 */
	public static PostgresEmbebido iniciar(Path directorio, int puerto, boolean durable) {
		try {
			Files.createDirectories(directorio);
			detenerHuerfano(directorio);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(directorio)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false)
				.setPGStartupWait(Duration.ofSeconds(120))
				.setServerConfig("listen_addresses", "localhost")
				.setServerConfig("timezone", Colombia.ZONA_ID)
				.setServerConfig("max_connections", "150");
			if (puerto > 0) {
				builder.setPort(puerto);
			}
			if (durable) {
				builder.setServerConfig("fsync", "on")
					.setServerConfig("synchronous_commit", "on")
					.setServerConfig("full_page_writes", "on");
			}
			long inicio = System.nanoTime();
			EmbeddedPostgres postgres = builder.start();
			log.info("PostgreSQL embebido listo en localhost:{} con datos en {} ({} ms, durable={})",
					postgres.getPort(), directorio.toAbsolutePath(), (System.nanoTime() - inicio) / 1_000_000, durable);
			return new PostgresEmbebido(postgres, directorio);
		}
		catch (IOException e) {
			throw new UncheckedIOException("No se pudo iniciar PostgreSQL embebido en " + directorio, e);
		}
	}

	public String jdbcUrl() {
		return postgres.getJdbcUrl("postgres", "postgres");
	}

	public Path directorio() {
		return directorio;
	}

	@Override
	public void close() throws IOException {
		postgres.close();
		log.info("PostgreSQL embebido detenido");
	}

	/**
	 * A JVM killed with -9 leaves its postgres running (re-parented to init) with the
	 * data directory locked. Shut it down cleanly so this process can own the directory
	 * again.
	 */
	static void detenerHuerfano(Path directorio) throws IOException {
		Optional<ProcessHandle> huerfano = postmasterVivo(directorio);
		if (huerfano.isEmpty()) {
			return;
		}
		ProcessHandle proceso = huerfano.get();
		log.warn("Se encontró un PostgreSQL de una ejecución anterior (pid {}) sobre {}; se detiene antes de iniciar.",
				proceso.pid(), directorio);
		// SIGINT is PostgreSQL's "fast" shutdown: clients are gone with the killed JVM;
		// checkpoint and exit.
		señal(proceso.pid(), "INT");
		if (!esperarFin(proceso, Duration.ofSeconds(60))) {
			señal(proceso.pid(), "QUIT");
			esperarFin(proceso, Duration.ofSeconds(10));
		}
		if (proceso.isAlive()) {
			throw new IllegalStateException("El PostgreSQL anterior (pid " + proceso.pid() + ") no se detuvo; "
					+ "deténgalo manualmente antes de iniciar pqrsd.");
		}
	}

	static Optional<ProcessHandle> postmasterVivo(Path directorio) throws IOException {
		Path pid = directorio.resolve("postmaster.pid");
		if (!Files.isRegularFile(pid)) {
			return Optional.empty();
		}
		List<String> lineas = Files.readAllLines(pid, StandardCharsets.US_ASCII);
		if (lineas.isEmpty() || !lineas.get(0).strip().matches("\\d+")) {
			return Optional.empty();
		}
		return ProcessHandle.of(Long.parseLong(lineas.get(0).strip()))
			.filter(ProcessHandle::isAlive)
			.filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
	}

	private static void señal(long pid, String nombre) throws IOException {
		try {
			new ProcessBuilder("kill", "-" + nombre, Long.toString(pid)).inheritIO().start().waitFor();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static boolean esperarFin(ProcessHandle proceso, Duration espera) {
		try {
			proceso.onExit().get(espera.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
			return true;
		}
		catch (java.util.concurrent.TimeoutException e) {
			return false;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (java.util.concurrent.ExecutionException e) {
			return !proceso.isAlive();
		}
	}

}
