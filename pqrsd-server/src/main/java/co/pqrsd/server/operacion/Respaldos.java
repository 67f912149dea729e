package co.pqrsd.server.operacion;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import co.pqrsd.server.auditoria.Auditoria;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Backup, restore and verification of everything pqrsd keeps: the database, with
 * PostgreSQL's own tools (the server's base backup for the embedded cluster,
 * {@code pg_dump}/{@code pg_restore} of the server's version for an external one), and
 * the document store. Plain code, no Spring: it runs beside a live server
 * ({@link ComandosOperacion}) and in tests.
 * <p>
 * Consistency: the database snapshot is taken first; the documents are copied after it. A
 * document is written to the store before the transaction that refers to it commits, so
 * every content the snapshot refers to is already on disk when the copy starts (a
 * document without a row is harmless). The verification checks it.
 */
final class Respaldos {

	static final String DIRECTORIO_BASE = "postgres";

	static final String DIRECTORIO_DOCUMENTOS = "documentos";

	private static final String ARCHIVO_BASE = "base.tar";

	private static final String ARCHIVO_VOLCADO = "pqrsd.dump";

	private final Configuracion configuracion;

	private final Consumer<String> salida;

	private final Clock reloj;

	/**
	 * Where the live data is and how to reach its database.
	 *
	 * @param datos data directory ({@code PQRSD_DATA_DIR})
	 * @param puerto port of the embedded cluster ({@code PQRSD_DB_PUERTO})
	 * @param url JDBC URL of an external database ({@code PQRSD_DB_URL}); null: embedded
	 * @param usuario user of the external database (must be able to read every table: the
	 * owner role)
	 * @param clave its password
	 * @param herramientas directory of {@code pg_dump}/{@code pg_restore}; null: the PATH
	 */
	record Configuracion(Path datos, int puerto, @Nullable String url, @Nullable String usuario, @Nullable String clave,
			@Nullable Path herramientas) {

		boolean externa() {
			return url != null && !url.isBlank();
		}

		Connection conectar() throws SQLException {
			if (externa()) {
				return DriverManager.getConnection(url, usuario, clave);
			}
			return DriverManager.getConnection("jdbc:postgresql://localhost:" + puerto + "/postgres", "postgres", "");
		}

	}

	/** What a verification found: no problems means the backup is good. */
	record Verificacion(Manifiesto manifiesto, List<String> problemas, long entradasAuditoria) {

		boolean correcta() {
			return problemas.isEmpty();
		}

	}

	Respaldos(Configuracion configuracion, Consumer<String> salida, Clock reloj) {
		this.configuracion = configuracion;
		this.salida = salida;
		this.reloj = reloj;
	}

	/**
	 * Backs up into {@code destino} (absent or empty), verifies the result and records it
	 * in {@code operacion_respaldo} (shown on the admin screen).
	 */
	Verificacion respaldar(Path destino) throws IOException, SQLException {
		OffsetDateTime inicio = OffsetDateTime.now(reloj);
		prepararVacio(destino, "destino del respaldo");
		try {
			String versionEsquema;
			String versionPostgresql;
			try (Connection c = configuracion.conectar(); Statement s = c.createStatement()) {
				versionEsquema = versionEsquema(s);
				versionPostgresql = valor(s, "SHOW server_version");
			}
			Path base = Files.createDirectories(destino.resolve(DIRECTORIO_BASE));
			String walInicio = "";
			String walFin = "";
			String modo;
			if (configuracion.externa()) {
				modo = Manifiesto.MODO_PG_DUMP;
				salida.accept("Volcando la base externa con pg_dump…");
				ejecutar(List.of(herramienta("pg_dump"), "--format=custom", "--no-owner", "--file",
						base.resolve(ARCHIVO_VOLCADO).toString(), "--dbname", urlLibpq()), true);
			}
			else {
				modo = Manifiesto.MODO_BASE;
				salida.accept("Tomando el respaldo base de PostgreSQL (BASE_BACKUP)…");
				try (ClienteReplicacion replicacion = new ClienteReplicacion("localhost", configuracion.puerto(),
						"postgres")) {
					replicacion.respaldar(base, "pqrsd " + inicio);
					walInicio = replicacion.inicio();
					walFin = replicacion.fin();
				}
			}
			// After the snapshot: every content it refers to is already in the store.
			long documentos = copiarDocumentos(configuracion.datos().resolve(DIRECTORIO_DOCUMENTOS),
					destino.resolve(DIRECTORIO_DOCUMENTOS));
			Manifiesto manifiesto = new Manifiesto(1, OffsetDateTime.now(reloj).toString(), ComandosOperacion.version(),
					versionEsquema, versionPostgresql, modo, walInicio, walFin, documentos,
					Manifiesto.inventario(destino));
			manifiesto.escribir(destino);
			salida.accept("Respaldo escrito en " + destino.toAbsolutePath() + " (" + documentos
					+ " documentos); verificando…");
			Verificacion verificacion = verificar(destino);
			registrar(inicio, destino, verificacion, null);
			return verificacion;
		}
		catch (IOException | SQLException | RuntimeException e) {
			registrar(inicio, destino, null, e.getMessage());
			throw e;
		}
	}

	/**
	 * Checks a backup without touching the live data: every file against its SHA-256; the
	 * database archive readable (the base backup by starting a throwaway PostgreSQL on a
	 * copy, a dump by {@code pg_restore --list}); the audit chain intact; every content
	 * the database refers to present among the copied documents.
	 */
	Verificacion verificar(Path origen) throws IOException {
		Manifiesto manifiesto = Manifiesto.leer(origen);
		List<String> problemas = new ArrayList<>();
		Map<String, Manifiesto.Archivo> esperados = new HashMap<>();
		manifiesto.archivos().forEach(a -> esperados.put(a.ruta(), a));
		for (Manifiesto.Archivo hallado : Manifiesto.inventario(origen)) {
			Manifiesto.Archivo esperado = esperados.remove(hallado.ruta());
			if (esperado == null) {
				problemas.add("Archivo que no está en el manifiesto: " + hallado.ruta());
			}
			else if (!esperado.sha256().equals(hallado.sha256())) {
				problemas.add("SHA-256 distinto (archivo alterado o dañado): " + hallado.ruta());
			}
		}
		esperados.keySet().forEach(r -> problemas.add("Falta el archivo: " + r));
		long entradas = -1;
		if (problemas.isEmpty()) {
			if (Manifiesto.MODO_BASE.equals(manifiesto.modo())) {
				entradas = verificarBase(origen, manifiesto, problemas);
			}
			else {
				var lista = ejecutar(List.of(herramienta("pg_restore"), "--list",
						origen.resolve(DIRECTORIO_BASE).resolve(ARCHIVO_VOLCADO).toString()), false);
				if (lista.codigo() != 0 || !lista.texto().contains("auditoria_sello")) {
					problemas.add("pg_restore no puede leer el volcado: " + lista.texto());
				}
			}
		}
		problemas.forEach(p -> salida.accept("PROBLEMA: " + p));
		salida.accept(problemas.isEmpty()
				? "RESPALDO ÍNTEGRO: " + manifiesto.archivos().size() + " archivos, esquema "
						+ manifiesto.versionEsquema() + ", " + manifiesto.documentos() + " documentos"
						+ (entradas >= 0 ? ", cadena de auditoría íntegra (" + entradas + " entradas)" : "")
				: "RESPALDO CON PROBLEMAS (" + problemas.size() + ")");
		return new Verificacion(manifiesto, problemas, entradas);
	}

	/**
	 * Restores a verified backup into {@code datos} (absent or empty). The server is then
	 * started with {@code PQRSD_DATA_DIR=datos}. A {@code pg_dump} backup is restored
	 * into the configured external database, which must be empty, with the documents into
	 * {@code datos/documentos}.
	 */
	Verificacion restaurar(Path origen, Path datos) throws IOException {
		Verificacion verificacion = verificar(origen);
		if (!verificacion.correcta()) {
			throw new IOException("El respaldo no pasó la verificación; no se restaura: " + verificacion.problemas());
		}
		prepararVacio(datos, "directorio de datos");
		if (Manifiesto.MODO_BASE.equals(verificacion.manifiesto().modo())) {
			extraer(origen.resolve(DIRECTORIO_BASE).resolve(ARCHIVO_BASE), datos.resolve(DIRECTORIO_BASE));
		}
		else {
			if (!configuracion.externa()) {
				throw new IOException("Un respaldo con pg_dump se restaura en una base externa: indique --db-url");
			}
			ejecutar(List.of(herramienta("pg_restore"), "--exit-on-error", "--single-transaction", "--no-owner",
					"--dbname", urlLibpq(), origen.resolve(DIRECTORIO_BASE).resolve(ARCHIVO_VOLCADO).toString()), true);
		}
		long documentos = copiarDocumentos(origen.resolve(DIRECTORIO_DOCUMENTOS), datos.resolve(DIRECTORIO_DOCUMENTOS));
		salida.accept("Restaurado en " + datos.toAbsolutePath() + " (" + documentos
				+ " documentos). Inicie pqrsd con PQRSD_DATA_DIR=" + datos.toAbsolutePath());
		return verificacion;
	}

	private long verificarBase(Path origen, Manifiesto manifiesto, List<String> problemas) throws IOException {
		Path temporal = Files.createTempDirectory("pqrsd-verificacion-");
		try {
			Path datos = temporal.resolve("postgres");
			extraer(origen.resolve(DIRECTORIO_BASE).resolve(ARCHIVO_BASE), datos);
			if (!Files.isRegularFile(datos.resolve("PG_VERSION"))
					|| !Files.isRegularFile(datos.resolve("backup_label"))) {
				problemas.add("El archivo base.tar no es un respaldo base de PostgreSQL");
				return -1;
			}
			try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(datos)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false)
				.setPGStartupWait(Duration.ofSeconds(120))
				.setServerConfig("listen_addresses", "localhost")
				.start()) {
				PGSimpleDataSource fuente = new PGSimpleDataSource();
				fuente.setUrl(postgres.getJdbcUrl("postgres", "postgres"));
				try (Connection c = fuente.getConnection(); Statement s = c.createStatement()) {
					String esquema = versionEsquema(s);
					if (!esquema.equals(manifiesto.versionEsquema())) {
						problemas.add("La versión del esquema en la base (" + esquema + ") no es la del manifiesto ("
								+ manifiesto.versionEsquema() + ")");
					}
					problemas.addAll(contenidosFaltantes(s, origen.resolve(DIRECTORIO_DOCUMENTOS)));
				}
				String falla = Auditoria.verificarCadena(fuente);
				if (falla != null) {
					problemas.add("La cadena de auditoría está alterada: " + falla);
				}
				try (Connection c = fuente.getConnection(); Statement s = c.createStatement()) {
					return Long.parseLong(valor(s, "SELECT count(*) FROM auditoria_sello"));
				}
			}
			catch (SQLException e) {
				problemas.add("La base del respaldo no se pudo leer: " + e.getMessage());
				return -1;
			}
		}
		finally {
			borrar(temporal);
		}
	}

	/**
	 * Every content the database refers to (a {@code sha256} column in a table that does
	 * not keep the bytes itself in {@code contenido}) must be among the copied documents.
	 * New modules that keep store references follow the same naming and are checked
	 * without changes here.
	 */
	static List<String> contenidosFaltantes(Statement s, Path documentos) throws SQLException {
		List<String> tablas = new ArrayList<>();
		try (ResultSet rs = s.executeQuery("""
				SELECT c.table_name FROM information_schema.columns c
				WHERE c.table_schema = 'public' AND c.column_name = 'sha256'
				  AND NOT EXISTS (SELECT 1 FROM information_schema.columns b WHERE b.table_schema = 'public'
				                  AND b.table_name = c.table_name AND b.column_name = 'contenido')
				  AND EXISTS (SELECT 1 FROM information_schema.tables t WHERE t.table_schema = 'public'
				              AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE')
				ORDER BY 1""")) {
			while (rs.next()) {
				tablas.add(rs.getString(1));
			}
		}
		List<String> faltantes = new ArrayList<>();
		Set<String> vistos = new HashSet<>();
		for (String tabla : tablas) {
			try (ResultSet rs = s.executeQuery("SELECT DISTINCT sha256 FROM \"" + tabla + "\"")) {
				while (rs.next()) {
					String sha = rs.getString(1).strip();
					if (vistos.add(sha) && !Files.isRegularFile(ruta(documentos, sha))) {
						faltantes.add("Falta el documento " + sha + " al que se refiere la tabla " + tabla);
					}
				}
			}
		}
		return faltantes;
	}

	/** Where the store keeps a content: {@code ab/cd/<sha256>}. */
	static Path ruta(Path documentos, String sha256) {
		return documentos.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}

	/** Copies the content-addressed store; its temporary uploads are not part of it. */
	private static long copiarDocumentos(Path origen, Path destino) throws IOException {
		Files.createDirectories(destino);
		if (!Files.isDirectory(origen)) {
			return 0;
		}
		long copiados = 0;
		try (Stream<Path> todos = Files.walk(origen)) {
			for (Path p : (Iterable<Path>) todos.filter(Files::isRegularFile)::iterator) {
				Path relativa = origen.relativize(p);
				if (relativa.getNameCount() != 3 || relativa.getName(0).toString().equals("tmp")) {
					continue;
				}
				Path copia = destino.resolve(relativa.toString());
				Files.createDirectories(copia.getParent());
				Files.copy(p, copia, StandardCopyOption.COPY_ATTRIBUTES);
				copiados++;
			}
		}
		return copiados;
	}

	/** Unpacks a tar from the server into a new PostgreSQL data directory. */
	static void extraer(Path tar, Path datos) throws IOException {
		Files.createDirectories(datos);
		Files.setPosixFilePermissions(datos, PosixFilePermissions.fromString("rwx------"));
		Path raiz = datos.toAbsolutePath().normalize();
		try (InputStream archivo = new BufferedInputStream(Files.newInputStream(tar), 1 << 16);
				TarArchiveInputStream entradas = new TarArchiveInputStream(archivo)) {
			TarArchiveEntry entrada;
			while ((entrada = entradas.getNextEntry()) != null) {
				Path destino = raiz.resolve(entrada.getName()).normalize();
				if (!destino.startsWith(raiz)) {
					throw new IOException("Entrada fuera del directorio en el respaldo: " + entrada.getName());
				}
				if (entrada.isDirectory()) {
					Files.createDirectories(destino);
					Files.setPosixFilePermissions(destino, PosixFilePermissions.fromString("rwx------"));
				}
				else if (entrada.isFile()) {
					Files.createDirectories(destino.getParent());
					Files.copy(entradas, destino);
					Files.setPosixFilePermissions(destino, PosixFilePermissions.fromString("rw-------"));
				}
				else {
					throw new IOException(
							"Entrada no admitida en el respaldo (tablespace o enlace): " + entrada.getName());
				}
			}
		}
	}

	private void registrar(OffsetDateTime inicio, Path destino, @Nullable Verificacion verificacion,
			@Nullable String error) {
		boolean correcto = verificacion != null && verificacion.correcta();
		String mensaje = error != null ? error
				: verificacion == null ? "" : correcto ? "" : String.join("; ", verificacion.problemas());
		try (Connection c = configuracion.conectar(); PreparedStatement p = c.prepareStatement("""
				INSERT INTO operacion_respaldo (inicio, fin, destino, modo, version_esquema, archivos, bytes,
				                                documentos, correcto, mensaje)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
			Manifiesto m = verificacion == null ? null : verificacion.manifiesto();
			p.setObject(1, inicio);
			p.setObject(2, OffsetDateTime.now(reloj));
			p.setString(3, recortar(destino.toAbsolutePath().toString(), 500));
			p.setString(4, m == null ? "" : m.modo());
			p.setString(5, m == null ? "" : m.versionEsquema());
			p.setInt(6, m == null ? 0 : m.archivos().size());
			p.setLong(7, m == null ? 0 : m.archivos().stream().mapToLong(Manifiesto.Archivo::tamano).sum());
			p.setLong(8, m == null ? 0 : m.documentos());
			p.setBoolean(9, correcto);
			p.setString(10, recortar(mensaje, 2000));
			p.executeUpdate();
		}
		catch (SQLException e) {
			salida.accept("AVISO: no se pudo anotar el resultado en operacion_respaldo: " + e.getMessage());
		}
	}

	private static String recortar(String texto, int maximo) {
		return texto.length() <= maximo ? texto : texto.substring(0, maximo);
	}

	private static String versionEsquema(Statement s) throws SQLException {
		return valor(s, "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL"
				+ " ORDER BY installed_rank DESC LIMIT 1");
	}

	private static String valor(Statement s, String sql) throws SQLException {
		try (ResultSet rs = s.executeQuery(sql)) {
			return rs.next() ? rs.getString(1) : "";
		}
	}

	private static void prepararVacio(Path directorio, String que) throws IOException {
		if (Files.exists(directorio)) {
			try (Stream<Path> contenido = Files.list(directorio)) {
				if (contenido.findAny().isPresent()) {
					throw new IOException("El " + que + " no está vacío: " + directorio.toAbsolutePath());
				}
			}
		}
		Files.createDirectories(directorio);
	}

	private String herramienta(String nombre) {
		return configuracion.herramientas() == null ? nombre : configuracion.herramientas().resolve(nombre).toString();
	}

	/** The external JDBC URL as libpq takes it (the password goes in the environment). */
	private String urlLibpq() {
		URI uri = URI.create(configuracion.url().substring("jdbc:".length()));
		String usuario = configuracion.usuario() == null ? "" : configuracion.usuario() + "@";
		return "postgresql://" + usuario + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
				+ uri.getPath();
	}

	private record Salida(int codigo, String texto) {
	}

	private Salida ejecutar(List<String> orden, boolean exigirExito) throws IOException {
		ProcessBuilder proceso = new ProcessBuilder(orden).redirectErrorStream(true);
		if (configuracion.clave() != null) {
			proceso.environment().put("PGPASSWORD", configuracion.clave());
		}
		Process p;
		try {
			p = proceso.start();
		}
		catch (IOException e) {
			throw new IOException(
					"No se encontró " + orden.get(0)
							+ ": instale el cliente de PostgreSQL de la versión del servidor o indique --herramientas",
					e);
		}
		String texto = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		try {
			if (!p.waitFor(6, TimeUnit.HOURS)) {
				p.destroyForcibly();
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			p.destroyForcibly();
			throw new IOException("Interrumpido", e);
		}
		if (exigirExito && p.exitValue() != 0) {
			throw new IOException(orden.get(0) + " terminó con código " + p.exitValue() + ": " + texto);
		}
		return new Salida(p.exitValue(), texto);
	}

	static void borrar(Path directorio) throws IOException {
		if (!Files.exists(directorio)) {
			return;
		}
		try (Stream<Path> todos = Files.walk(directorio)) {
			for (Path p : (Iterable<Path>) todos.sorted(Comparator.reverseOrder())::iterator) {
				Files.deleteIfExists(p);
			}
		}
	}

}
