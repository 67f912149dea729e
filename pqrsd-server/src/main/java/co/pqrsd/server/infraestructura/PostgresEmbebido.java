package co.pqrsd.server.infraestructura;

import co.pqrsd.core.comun.Colombia;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
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
 * <p>
 * Two roles, as on an external database ({@code docs/sql/roles-postgresql-externo.sql}):
 * {@value #PROPIETARIO} owns the schema and runs the Flyway migrations;
 * {@value #APLICACION}, the pool's account, owns nothing and only reads and writes rows,
 * so it can neither disable the audit triggers nor TRUNCATE or DROP a table. The
 * bootstrap (as the superuser {@code postgres}) creates both at every start,
 * idempotently, and hands the objects of a data directory created by an earlier version
 * (owned by the superuser) to {@value #PROPIETARIO}.
 * <p>
 * Authentication stays zonky's {@code trust}, with the server listening on localhost
 * only: no password to keep or leak. The separation is about what the application's own
 * connection may do (an SQL injection, a bug), not about other OS accounts on the host,
 * which could already read the data directory's files. (Passwords would not be enough
 * there either: zonky's start-up check connects as the superuser without one.) The
 * superuser is used only by this bootstrap.
 */
final class PostgresEmbebido implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(PostgresEmbebido.class);

	/** Owns the schema and runs the migrations. */
	static final String PROPIETARIO = "pqrsd_owner";

	/** What the application's pool connects as. */
	static final String APLICACION = "pqrsd_app";

	private static final String BASE = "postgres";

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
			prepararRoles(postgres);
			log.info("PostgreSQL embebido listo en localhost:{} con datos en {} ({} ms, durable={})",
					postgres.getPort(), directorio.toAbsolutePath(), (System.nanoTime() - inicio) / 1_000_000, durable);
			return new PostgresEmbebido(postgres, directorio);
		}
		catch (IOException e) {
			throw new UncheckedIOException("No se pudo iniciar PostgreSQL embebido en " + directorio, e);
		}
	}

	/** URL as the superuser; only for the bootstrap and for tests. */
	public String jdbcUrl() {
		return postgres.getJdbcUrl("postgres", BASE);
	}

	/** URL without a user: the caller says which role connects. */
	String urlSinUsuario() {
		return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + BASE;
	}

	/**
	 * Creates the two roles and gives them their rights; idempotent, run at every start.
	 * Also moves the objects of a data directory created by an earlier version (owned by
	 * the superuser) to the owner role, once: afterwards nothing is left to move.
	 */
	private static void prepararRoles(EmbeddedPostgres postgres) {
		try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
			c.setAutoCommit(false);
			s.execute("""
					DO $$ BEGIN
					  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1$s') THEN
					    CREATE ROLE %1$s LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
					  END IF;
					  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%2$s') THEN
					    CREATE ROLE %2$s LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
					  END IF;
					END $$""".formatted(PROPIETARIO, APLICACION));
			// Extensions need a superuser; the migrations then find them in place.
			s.execute("CREATE EXTENSION IF NOT EXISTS unaccent");
			s.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
			s.execute("ALTER SCHEMA public OWNER TO " + PROPIETARIO);
			s.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
			s.execute("GRANT USAGE ON SCHEMA public TO " + APLICACION);
			int movidos = reasignarObjetosDelSuperusuario(s);
			s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + APLICACION);
			s.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO " + APLICACION);
			s.execute("GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO " + APLICACION);
			String porDefecto = "ALTER DEFAULT PRIVILEGES FOR ROLE " + PROPIETARIO + " IN SCHEMA public ";
			s.execute(porDefecto + "GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO " + APLICACION);
			s.execute(porDefecto + "GRANT USAGE, SELECT ON SEQUENCES TO " + APLICACION);
			s.execute(porDefecto + "GRANT EXECUTE ON FUNCTIONS TO " + APLICACION);
			c.commit();
			if (movidos > 0) {
				log.warn("Datos de una versión anterior: {} objetos pasaron del superusuario al rol {}", movidos,
						PROPIETARIO);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("No se pudieron preparar los roles de PostgreSQL embebido", e);
		}
	}

	/**
	 * Tables, views, free-standing sequences, routines and types in {@code public} that
	 * the superuser owns and no extension does. A table's indexes, identity sequences and
	 * row type follow it.
	 */
	private static int reasignarObjetosDelSuperusuario(Statement s) throws SQLException {
		List<String> sentencias = new ArrayList<>();
		String noDeExtension = " AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = o.oid AND d.deptype = 'e'"
				+ " AND d.refclassid = 'pg_extension'::regclass)";
		String relaciones = """
				SELECT format('ALTER %s %I.%I OWNER TO %s', CASE o.relkind WHEN 'S' THEN 'SEQUENCE'
				         WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END,
				       'public', o.relname, 'PROPIETARIO')
				FROM pg_class o JOIN pg_namespace n ON n.oid = o.relnamespace
				WHERE n.nspname = 'public' AND o.relowner = 'postgres'::regrole
				  AND o.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
				  AND NOT (o.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = o.oid
				           AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')))""" + noDeExtension
				+ " ORDER BY o.relkind = 'S'";
		String rutinas = """
				SELECT format('ALTER ROUTINE %s OWNER TO %s', o.oid::regprocedure, 'PROPIETARIO')
				FROM pg_proc o JOIN pg_namespace n ON n.oid = o.pronamespace
				WHERE n.nspname = 'public' AND o.proowner = 'postgres'::regrole""" + noDeExtension;
		String tipos = """
				SELECT format('ALTER TYPE %s OWNER TO %s', o.oid::regtype, 'PROPIETARIO')
				FROM pg_type o JOIN pg_namespace n ON n.oid = o.typnamespace
				WHERE n.nspname = 'public' AND o.typowner = 'postgres'::regrole AND o.typtype IN ('e', 'd')"""
				+ noDeExtension;
		for (String consulta : List.of(relaciones, rutinas, tipos)) {
			try (ResultSet rs = s.executeQuery(consulta.replace("PROPIETARIO", PROPIETARIO))) {
				while (rs.next()) {
					sentencias.add(rs.getString(1));
				}
			}
		}
		for (String sentencia : sentencias) {
			s.execute(sentencia);
		}
		return sentencias.size();
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
