package db.migration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The BPMN engine's tables (Flowable 8.0.0, process engine only), created by the schema
 * owner like every other table: the application's role cannot create tables, so the
 * engine runs with {@code flowable.database-schema-update=false} and only checks the
 * version these scripts record.
 * <p>
 * Runs Flowable's own PostgreSQL scripts from its jars, in the order its
 * {@code ProcessDbSchemaManager} uses: the common schema (properties, byte arrays, jobs,
 * tasks, variables, identity and entity links, event subscriptions, batches), then the
 * engine, then the history tables. The statements are split the way Flowable's
 * {@code DbSqlSession} splits them: line comments dropped, a statement ends at a line
 * ending with {@code ;}. Reading the scripts by path keeps Flowable's classes out of this
 * package (style.md R7).
 */
public class V8__motor_bpmn extends BaseJavaMigration {

	static final List<String> SCRIPTS = List.of("org/flowable/common/db/create/flowable.postgres.create.common.sql",
			"org/flowable/db/create/flowable.postgres.create.engine.sql",
			"org/flowable/db/create/flowable.postgres.create.history.sql");

	@Override
	public void migrate(Context context) throws Exception {
		try (Statement s = context.getConnection().createStatement()) {
			for (String script : SCRIPTS) {
				for (String sentencia : sentencias(script)) {
					s.execute(sentencia);
				}
			}
		}
	}

	static List<String> sentencias(String recurso) throws IOException {
		ClassLoader cargador = V8__motor_bpmn.class.getClassLoader();
		try (InputStream in = cargador.getResourceAsStream(recurso)) {
			if (in == null) {
				throw new IllegalStateException("Falta el script de Flowable " + recurso + " en el classpath");
			}
			List<String> sentencias = new java.util.ArrayList<>();
			StringBuilder actual = new StringBuilder();
			BufferedReader lector = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String linea = lector.readLine(); linea != null; linea = lector.readLine()) {
				String l = linea.strip();
				if (l.isEmpty() || l.startsWith("--") || l.startsWith("#")) {
					continue;
				}
				if (l.endsWith(";")) {
					actual.append(l, 0, l.length() - 1);
					sentencias.add(actual.toString());
					actual.setLength(0);
				}
				else {
					actual.append(l).append('\n');
				}
			}
			if (!actual.toString().isBlank()) {
				throw new IllegalStateException("Sentencia sin terminar al final de " + recurso);
			}
			return sentencias;
		}
	}

}
