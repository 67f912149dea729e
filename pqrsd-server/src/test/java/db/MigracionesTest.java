package db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Upgrading is replacing the JAR: from EVERY schema version (each migration on the
 * classpath, in order, so the ones added later are covered without touching this test) to
 * the current one, on a database holding data of every kind, nothing is lost; a failed
 * migration leaves the database as it was.
 * <p>
 * A staircase on one embedded PostgreSQL: a database is migrated one version at a time
 * and, right after each migration, gets that version's data ({@code db/datos/V<n>.sql}:
 * rows for the tables that version created, values for the columns it added). At each
 * step the data set must fill every table that exists (computed from
 * {@code information_schema}, so a new table without data fails here, naming the file to
 * add it to), and a copy of the database ({@code CREATE DATABASE … TEMPLATE}) is kept.
 * Each copy is then migrated to the latest version: every row it held is still there,
 * with the same value in every column that kept its name and type, and each NOT NULL
 * column added later got the value its {@code db/comprobaciones/V<n>.sql} expects.
 * <p>
 * The BPMN engine's tables ({@code act_*}, {@code flw_*}) are created by the Java
 * migration V8 from Flowable's own scripts; V8's data fills the ones a running case uses,
 * and those our SQL migrations name (V25 indexes {@code act_ru_task}) must have rows. See
 * {@code src/test/resources/db/datos/LEEME.md}.
 */
class MigracionesTest {

	private static final String MIGRACIONES = "classpath:db/migration";

	/** The schema's owner runs the migrations, as in the server. */
	private static final String PROPIETARIO = "pqrsd_owner";

	/** Where a version's data lives, as the failure messages name it. */
	static final String DATOS = "pqrsd-server/src/test/resources/db/datos/";

	static final String COMPROBACIONES = "pqrsd-server/src/test/resources/db/comprobaciones/";

	/** Tables of the BPMN engine, created by V8 from Flowable's scripts. */
	private static final Pattern TABLA_MOTOR = Pattern.compile("\\b(?:act|flw)_[a-z0-9_]+\\b",
			Pattern.CASE_INSENSITIVE);

	@TempDir
	static Path temporal;

	static EmbeddedPostgres postgres;

	/** The staircase, built once for both tests: one database per version, with data. */
	private static Escalera escalera;

	private static Throwable escaleraFallida;

	@BeforeAll
	static void iniciar() throws IOException, SQLException {
		postgres = EmbeddedPostgres.builder()
			.setDataDirectory(temporal.resolve("pg"))
			.setRegisterShutdownHook(false)
			.setServerConfig("fsync", "off")
			.setServerConfig("synchronous_commit", "off")
			.setServerConfig("full_page_writes", "off")
			.start();
		try (Connection c = conectar("postgres"); Statement s = c.createStatement()) {
			// The roles the migrations grant to (as PostgresEmbebido and
			// docs/sql/roles-postgresql-externo.sql create them).
			s.execute("CREATE ROLE pqrsd_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE");
			s.execute("CREATE ROLE pqrsd_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE");
		}
	}

	@AfterAll
	static void detener() throws IOException {
		postgres.close();
	}

	@Test
	void desdeCadaVersionHastaLaActualNoSePierdeNada() throws Exception {
		Escalera e = escalera();
		assertThat(e.versiones()).hasSizeGreaterThan(20);
		MigrationInfo ultima = e.versiones().get(e.versiones().size() - 1);
		Map<String, Integer> resumen = new LinkedHashMap<>();
		for (MigrationInfo m : e.versiones()) {
			if (m == ultima) {
				break;
			}
			String paso = e.bases().get(m.getVersion());
			String tramo = "V" + m.getVersion() + "→V" + ultima.getVersion();
			Map<String, Tabla> antes;
			try (Connection c = conectar(paso)) {
				antes = filas(c);
			}
			flyway(paso, null).migrate();
			Map<String, Tabla> despues;
			try (Connection c = conectar(paso)) {
				despues = filas(c);
				comprobarColumnasNuevas(c, m.getVersion(), e.versiones(), tramo);
			}
			for (Tabla tabla : antes.values()) {
				assertThat(despues).as(tramo + ": la tabla " + tabla.nombre() + " sigue").containsKey(tabla.nombre());
				List<String> perdidas = tabla.perdidasEn(despues.get(tabla.nombre()));
				assertThat(perdidas)
					.as(tramo + ": filas de " + tabla.nombre()
							+ " que faltan o cambiaron (en las columnas que conservan nombre y tipo)")
					.isEmpty();
			}
			resumen.put("V" + m.getVersion(), (int) antes.values().stream().filter(t -> !t.filas().isEmpty()).count());
			ejecutar("postgres", "DROP DATABASE " + paso);
		}
		LoggerFactory.getLogger(MigracionesTest.class)
			.info("Migradas hasta V{} desde {} versiones (tablas con datos en cada una): {}", ultima.getVersion(),
					resumen.size(), resumen);
	}

	@Test
	void unaMigracionFallidaDejaLaBaseComoEstaba() throws Exception {
		Escalera e = escalera();
		ejecutar("postgres", "CREATE DATABASE fallida OWNER pqrsd_owner TEMPLATE " + e.bases().get(e.ultima()));
		Map<String, Tabla> antes;
		Map<String, Map<String, Boolean>> esquemaAntes;
		try (Connection c = conectar("fallida")) {
			antes = filas(c);
			esquemaAntes = esquema(c);
		}
		Flyway conFallida = Flyway.configure()
			.dataSource(url("fallida"), PROPIETARIO, "")
			.locations(MIGRACIONES, "classpath:db/fallida")
			.load();
		assertThatThrownBy(conFallida::migrate).hasMessageContaining("division by zero");
		Map<String, Tabla> despues;
		try (Connection c = conectar("fallida")) {
			despues = filas(c);
			assertThat(esquema(c)).as("las mismas tablas y columnas").isEqualTo(esquemaAntes);
		}
		antes.values().forEach(t -> assertThat(t.perdidasEn(despues.get(t.nombre()))).as(t.nombre()).isEmpty());
		antes.values()
			.forEach(t -> assertThat(despues.get(t.nombre()).filas()).as("filas de " + t.nombre())
				.hasSameSizeAs(t.filas()));
		try (Connection c = conectar("fallida");
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT count(*) FROM flyway_schema_history WHERE version = '9999'")) {
			rs.next();
			assertThat(rs.getLong(1)).as("sin rastro en el historial").isZero();
		}
		// The next start with the fixed JAR (without the bad migration) goes on as usual.
		assertThat(flyway("fallida", null).validateWithResult().validationSuccessful).isTrue();
	}

	/**
	 * The staircase: every version migrated in turn with its data; after each one the
	 * data set must fill every table, and a copy of the database is kept for the upgrade.
	 */
	private static synchronized Escalera escalera() throws Exception {
		if (escaleraFallida != null) {
			throw new AssertionError("La escalera de versiones ya falló", escaleraFallida);
		}
		if (escalera == null) {
			try {
				escalera = construirEscalera();
			}
			catch (Exception | AssertionError ex) {
				escaleraFallida = ex;
				throw ex;
			}
		}
		return escalera;
	}

	private static Escalera construirEscalera() throws Exception {
		// As docs/sql/roles-postgresql-externo.sql prepares a database: the migrations
		// run
		// as the owner, who is no superuser.
		ejecutar("postgres", "CREATE DATABASE escalera OWNER pqrsd_owner TEMPLATE template0");
		ejecutar("escalera",
				"""
						ALTER SCHEMA public OWNER TO pqrsd_owner;
						GRANT USAGE ON SCHEMA public TO pqrsd_app;
						ALTER DEFAULT PRIVILEGES FOR ROLE pqrsd_owner IN SCHEMA public
						    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO pqrsd_app;
						ALTER DEFAULT PRIVILEGES FOR ROLE pqrsd_owner IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO pqrsd_app;
						ALTER DEFAULT PRIVILEGES FOR ROLE pqrsd_owner IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO pqrsd_app""");
		List<MigrationInfo> versiones = new ArrayList<>();
		for (MigrationInfo m : flyway("escalera", null).info().all()) {
			if (m.getVersion() != null) {
				versiones.add(m);
			}
		}
		Set<String> motorExigidas = tablasDelMotorNombradas(versiones);
		Map<String, String> creadaPor = new HashMap<>();
		Map<String, Map<String, Boolean>> esquemaAnterior = Map.of();
		Map<MigrationVersion, String> bases = new LinkedHashMap<>();
		for (MigrationInfo m : versiones) {
			MigrationVersion v = m.getVersion();
			flyway("escalera", v).migrate();
			Map<String, Map<String, Boolean>> esquema;
			Map<String, Long> conteos;
			try (Connection c = conectar("escalera")) {
				esquema = esquema(c);
				cargarDatos(c, v);
				conteos = conteos(c, esquema.keySet());
			}
			List<String> faltas = new ArrayList<>();
			for (var tabla : esquema.entrySet()) {
				creadaPor.putIfAbsent(tabla.getKey(), m.getScript());
				Map<String, Boolean> columnasAntes = esquemaAnterior.get(tabla.getKey());
				if (columnasAntes == null) {
					continue;
				}
				for (var columna : tabla.getValue().entrySet()) {
					String nombre = tabla.getKey() + "." + columna.getKey();
					if (!columnasAntes.containsKey(columna.getKey()) && !columna.getValue()
							&& !comprobaciones(v).contains(nombre)) {
						faltas.add("la columna NOT NULL " + nombre + " (nueva en " + m.getScript()
								+ ") no tiene comprobación del valor que reciben las filas existentes: agréguela en "
								+ COMPROBACIONES + archivo(v) + " (una consulta que devuelve true, con \"" + nombre
								+ "\" en su comentario)");
					}
				}
			}
			conteos.forEach((tabla, n) -> {
				if (n == 0 && exigida(tabla, motorExigidas)) {
					String origen = creadaPor.get(tabla);
					faltas.add("la tabla " + tabla + " (creada por " + origen + ") está vacía en V" + v
							+ ": agregue filas representativas en " + DATOS + archivo(versionDe(origen, versiones))
							+ " (todos sus tipos de fila, las columnas opcionales con valor)");
				}
			});
			if (!faltas.isEmpty()) {
				fail("Los datos de prueba de las migraciones no cubren el esquema V" + v + ":\n  - "
						+ String.join("\n  - ", faltas));
			}
			String copia = "v_" + v.getVersion().replace('.', '_');
			ejecutar("postgres", "CREATE DATABASE " + copia + " OWNER pqrsd_owner TEMPLATE escalera");
			bases.put(v, copia);
			esquemaAnterior = esquema;
		}
		return new Escalera(versiones, bases);
	}

	/** This version's data file, if it has one, run right after its migration. */
	private static void cargarDatos(Connection c, MigrationVersion v) throws IOException {
		String datos = recurso("/db/datos/" + archivo(v));
		if (datos != null) {
			try (Statement s = c.createStatement()) {
				s.execute(datos);
			}
			catch (SQLException ex) {
				throw new AssertionError(
						DATOS + archivo(v) + " no se pudo cargar sobre el esquema V" + v + ": " + ex.getMessage(), ex);
			}
		}
	}

	private record Escalera(List<MigrationInfo> versiones, Map<MigrationVersion, String> bases) {

		MigrationVersion ultima() {
			return versiones.get(versiones.size() - 1).getVersion();
		}

	}

	/**
	 * Engine tables are Flowable's; those our own SQL migrations name (an index, a
	 * change) must hold data, the others may stay empty.
	 */
	private static boolean exigida(String tabla, Set<String> motorExigidas) {
		return !TABLA_MOTOR.matcher(tabla).matches() || motorExigidas.contains(tabla);
	}

	private static Set<String> tablasDelMotorNombradas(List<MigrationInfo> versiones) throws IOException {
		Set<String> nombradas = new TreeSet<>();
		for (MigrationInfo m : versiones) {
			if (m.getScript().endsWith(".sql")) {
				String sql = recurso("/db/migration/" + m.getScript());
				assertThat(sql).as("texto de " + m.getScript()).isNotNull();
				Matcher t = TABLA_MOTOR.matcher(sql);
				while (t.find()) {
					nombradas.add(t.group().toLowerCase(Locale.ROOT));
				}
			}
		}
		return nombradas;
	}

	/**
	 * After the upgrade of a copy taken at {@code desde}: the checks of every later
	 * version that added a NOT NULL column (the value the rows that existed before got).
	 * A check answering NULL found no such rows in this copy.
	 */
	private static void comprobarColumnasNuevas(Connection c, MigrationVersion desde, List<MigrationInfo> versiones,
			String tramo) throws Exception {
		for (MigrationInfo m : versiones) {
			if (m.getVersion().compareTo(desde) <= 0) {
				continue;
			}
			for (String consulta : sentencias(comprobaciones(m.getVersion()))) {
				try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(consulta)) {
					assertThat(rs.next()).isTrue();
					Object r = rs.getObject(1);
					assertThat(r == null || Boolean.TRUE.equals(r))
						.as(tramo + ": " + COMPROBACIONES + archivo(m.getVersion()) + ":\n" + consulta)
						.isTrue();
				}
			}
		}
	}

	private static List<String> sentencias(String texto) {
		List<String> sentencias = new ArrayList<>();
		for (String s : texto.split(";")) {
			if (!s.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("--"))) {
				sentencias.add(s.strip());
			}
		}
		return sentencias;
	}

	private static String comprobaciones(MigrationVersion v) throws IOException {
		String texto = recurso("/db/comprobaciones/" + archivo(v));
		return texto == null ? "" : texto;
	}

	private static MigrationVersion versionDe(String script, List<MigrationInfo> versiones) {
		return versiones.stream()
			.filter(m -> m.getScript().equals(script))
			.findFirst()
			.map(MigrationInfo::getVersion)
			.orElseThrow();
	}

	/** {@code V21_1.sql} for version 21.1: named like the migration it goes with. */
	static String archivo(MigrationVersion v) {
		return "V" + v.getVersion().replace('.', '_') + ".sql";
	}

	/** Per table of ours and of the engine: whether each column admits NULL. */
	private static Map<String, Map<String, Boolean>> esquema(Connection c) throws SQLException {
		Map<String, Map<String, Boolean>> esquema = new TreeMap<>();
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
				SELECT c.table_name, c.column_name, c.is_nullable = 'YES' FROM information_schema.columns c
				JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
				WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
				  AND c.table_name <> 'flyway_schema_history'
				ORDER BY 1, c.ordinal_position""")) {
			while (rs.next()) {
				esquema.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
					.put(rs.getString(2), rs.getBoolean(3));
			}
		}
		return esquema;
	}

	private static Map<String, Long> conteos(Connection c, Set<String> tablas) throws SQLException {
		Map<String, Long> conteos = new TreeMap<>();
		try (Statement s = c.createStatement()) {
			for (String tabla : tablas) {
				try (ResultSet rs = s.executeQuery("SELECT count(*) FROM \"" + tabla + "\"")) {
					rs.next();
					conteos.put(tabla, rs.getLong(1));
				}
			}
		}
		return conteos;
	}

	/** Every row of every table, each value as PostgreSQL writes it as text. */
	private static Map<String, Tabla> filas(Connection c) throws SQLException {
		Map<String, Tabla> tablas = new TreeMap<>();
		try (Statement s = c.createStatement()) {
			for (String tabla : esquema(c).keySet()) {
				List<Map<String, String>> filas = new ArrayList<>();
				try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + tabla + "\"")) {
					ResultSetMetaData md = rs.getMetaData();
					while (rs.next()) {
						Map<String, String> fila = new TreeMap<>();
						for (int i = 1; i <= md.getColumnCount(); i++) {
							fila.put(md.getColumnName(i) + ":" + md.getColumnTypeName(i), rs.getString(i));
						}
						filas.add(fila);
					}
				}
				tablas.put(tabla, new Tabla(tabla, filas));
			}
		}
		return tablas;
	}

	/** A table's rows; a column is its name and type ({@code numero:varchar}). */
	record Tabla(String nombre, List<Map<String, String>> filas) {

		/**
		 * The rows of this table missing from {@code despues} (a later version of it),
		 * compared on the columns both have: a migration may add rows and columns, never
		 * lose a row or change a value.
		 */
		List<String> perdidasEn(Tabla despues) {
			if (filas.isEmpty()) {
				return List.of();
			}
			Set<String> comunes = new TreeSet<>(filas.get(0).keySet());
			if (!despues.filas().isEmpty()) {
				comunes.retainAll(despues.filas().get(0).keySet());
			}
			Map<String, Integer> disponibles = new HashMap<>();
			despues.filas().forEach(f -> disponibles.merge(proyectar(f, comunes), 1, Integer::sum));
			List<String> perdidas = new ArrayList<>();
			for (Map<String, String> fila : filas) {
				String clave = proyectar(fila, comunes);
				if (disponibles.getOrDefault(clave, 0) > 0) {
					disponibles.merge(clave, -1, Integer::sum);
				}
				else {
					perdidas.add(clave);
				}
			}
			return perdidas;
		}

		private static String proyectar(Map<String, String> fila, Set<String> columnas) {
			StringBuilder texto = new StringBuilder("{");
			for (String columna : columnas) {
				texto.append(texto.length() > 1 ? ", " : "").append(columna).append('=').append(fila.get(columna));
			}
			return texto.append('}').toString();
		}

	}

	private static String recurso(String ruta) throws IOException {
		try (InputStream in = MigracionesTest.class.getResourceAsStream(ruta)) {
			return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static Flyway flyway(String base, MigrationVersion destino) {
		var configuracion = Flyway.configure().dataSource(url(base), PROPIETARIO, "").locations(MIGRACIONES);
		if (destino != null) {
			configuracion.target(destino);
		}
		return configuracion.load();
	}

	private static void ejecutar(String base, String sql) throws SQLException {
		try (Connection c = conectar(base); Statement s = c.createStatement()) {
			s.execute(sql);
		}
	}

	private static String url(String base) {
		return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + base;
	}

	private static Connection conectar(String base) throws SQLException {
		return DriverManager.getConnection(url(base), "postgres", "");
	}

}
