package db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upgrading is replacing the JAR: from EVERY schema version (discovered from the
 * migrations on the classpath, so new ones are covered without touching this test) to the
 * current one on a database holding data, nothing is lost; a failed migration leaves the
 * database as it was.
 * <p>
 * A staircase: one database is migrated a version at a time; at each step a copy of it
 * ({@code CREATE DATABASE … TEMPLATE}) gets that version's data
 * ({@code db/datos/V<n>.sql}, on top of the earlier versions' data and the rows the
 * migrations seed themselves) and is migrated to the latest version; every row of every
 * table must still be there, with the same values in every column that kept its name and
 * type.
 */
class MigracionesTest {

	private static final String MIGRACIONES = "classpath:db/migration";

	@TempDir
	static Path temporal;

	static EmbeddedPostgres postgres;

	@BeforeAll
	static void iniciar() throws IOException, SQLException {
		postgres = EmbeddedPostgres.builder()
			.setDataDirectory(temporal.resolve("pg"))
			.setRegisterShutdownHook(false)
			.setServerConfig("fsync", "off")
			.start();
		try (Connection c = conectar("postgres"); Statement s = c.createStatement()) {
			// The roles the migrations grant to (as PostgresEmbebido and
			// docs/sql/roles-postgresql-externo.sql create them).
			s.execute("CREATE ROLE pqrsd_owner LOGIN");
			s.execute("CREATE ROLE pqrsd_app LOGIN");
		}
	}

	@AfterAll
	static void detener() throws IOException {
		postgres.close();
	}

	@Test
	void desdeCadaVersionHastaLaActualNoSePierdeNada() throws Exception {
		crearBase("escalera", null);
		List<MigrationVersion> versiones = new ArrayList<>();
		for (MigrationInfo m : flyway("escalera", null).info().all()) {
			if (m.getVersion() != null) {
				versiones.add(m.getVersion());
			}
		}
		assertThat(versiones).hasSizeGreaterThan(10);
		MigrationVersion ultima = versiones.get(versiones.size() - 1);
		Map<String, Long> resumen = new LinkedHashMap<>();
		for (MigrationVersion v : versiones) {
			flyway("escalera", v).migrate();
			// This version's data goes into the staircase: later versions start with it.
			try (Connection c = conectar("escalera"); Statement s = c.createStatement()) {
				String datos = datos(v);
				if (datos != null) {
					s.execute(datos);
				}
			}
			if (v.equals(ultima)) {
				break;
			}
			String paso = "paso_" + v.getVersion().replace('.', '_');
			crearBase(paso, "escalera");
			Map<String, Map<String, String>> antes = huella(paso);
			flyway(paso, null).migrate();
			Map<String, Map<String, String>> despues = huella(paso);
			antes.forEach((tabla, columnas) -> {
				assertThat(despues).as("V" + v + "→V" + ultima + ": la tabla " + tabla + " sigue").containsKey(tabla);
				assertThat(despues.get(tabla).get("#filas")).as("V" + v + ": filas de " + tabla)
					.isEqualTo(columnas.get("#filas"));
				columnas.forEach((columna, valor) -> {
					if (despues.get(tabla).containsKey(columna)) {
						assertThat(despues.get(tabla).get(columna)).as("V" + v + ": " + tabla + "." + columna)
							.isEqualTo(valor);
					}
				});
			});
			resumen.put("V" + v, antes.values().stream().filter(c -> !"0".equals(c.get("#filas"))).count());
			try (Connection c = conectar("postgres"); Statement s = c.createStatement()) {
				s.execute("DROP DATABASE " + paso);
			}
		}
		assertThat(resumen).as("tablas con datos en cada versión").isNotEmpty();
		org.slf4j.LoggerFactory.getLogger(MigracionesTest.class).info("Migradas hasta V{}: {}", ultima, resumen);
	}

	@Test
	void unaMigracionFallidaDejaLaBaseComoEstaba() throws Exception {
		crearBase("fallida", null);
		flyway("fallida", null).migrate();
		try (Connection c = conectar("fallida"); Statement s = c.createStatement()) {
			s.execute(datos(MigrationVersion.fromVersion("4")));
		}
		Map<String, Map<String, String>> antes = huella("fallida");
		Flyway conFallida = Flyway.configure()
			.dataSource(url("fallida"), "postgres", "")
			.locations(MIGRACIONES, "classpath:db/fallida")
			.load();
		assertThatThrownBy(conFallida::migrate).hasMessageContaining("division by zero");
		assertThat(huella("fallida")).isEqualTo(antes);
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
	 * Per table: its row count ({@code #filas}) and, per column, a digest of its values
	 * (with the column's type, so a changed type is a different column).
	 */
	private static Map<String, Map<String, String>> huella(String base) throws SQLException {
		Map<String, Map<String, String>> huella = new TreeMap<>();
		try (Connection c = conectar(base); Statement s = c.createStatement()) {
			Map<String, List<String[]>> columnas = new TreeMap<>();
			try (ResultSet rs = s.executeQuery("""
					SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c
					JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
					WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
					  AND c.table_name <> 'flyway_schema_history'
					ORDER BY 1, c.ordinal_position""")) {
				while (rs.next()) {
					columnas.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
						.add(new String[] { rs.getString(2), rs.getString(3) });
				}
			}
			for (var tabla : columnas.entrySet()) {
				Map<String, String> h = new TreeMap<>();
				StringBuilder sql = new StringBuilder("SELECT count(*)");
				for (String[] col : tabla.getValue()) {
					sql.append(", md5(coalesce(string_agg(\"")
						.append(col[0])
						.append("\"::text, '|' ORDER BY \"")
						.append(col[0])
						.append("\"::text), ''))");
				}
				sql.append(" FROM \"").append(tabla.getKey()).append('"');
				try (ResultSet rs = s.executeQuery(sql.toString())) {
					rs.next();
					h.put("#filas", rs.getString(1));
					for (int i = 0; i < tabla.getValue().size(); i++) {
						String[] col = tabla.getValue().get(i);
						h.put(col[0] + ":" + col[1], rs.getString(i + 2));
					}
				}
				huella.put(tabla.getKey(), h);
			}
		}
		return huella;
	}

	private static String datos(MigrationVersion v) throws IOException {
		try (InputStream in = MigracionesTest.class.getResourceAsStream("/db/datos/V" + v.getVersion() + ".sql")) {
			return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static Flyway flyway(String base, MigrationVersion destino) {
		var configuracion = Flyway.configure().dataSource(url(base), "postgres", "").locations(MIGRACIONES);
		if (destino != null) {
			configuracion.target(destino);
		}
		return configuracion.load();
	}

	private static void crearBase(String nombre, String plantilla) throws SQLException {
		try (Connection c = conectar("postgres"); Statement s = c.createStatement()) {
			s.execute("CREATE DATABASE " + nombre + (plantilla == null ? "" : " TEMPLATE " + plantilla));
		}
		if (plantilla == null) {
			try (Connection c = conectar(nombre); Statement s = c.createStatement()) {
				s.execute("ALTER SCHEMA public OWNER TO pqrsd_owner");
			}
		}
	}

	private static String url(String base) {
		return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + base;
	}

	private static Connection conectar(String base) throws SQLException {
		return DriverManager.getConnection(url(base), "postgres", "");
	}

}
