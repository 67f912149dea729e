package co.pqrsd.server.pqrsd;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.ConfiguracionPruebas;
import co.pqrsd.server.PqrsdApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Server nodes over one external PostgreSQL, as a municipality that outgrows one machine
 * runs them (the documented two-role scheme): for the two-node and the kill -9 tests.
 */
public final class NodosPrueba {

	static final String CLAVE = PruebaPqrsdMotor.CLAVE;

	private NodosPrueba() {
	}

	/**
	 * @return the JDBC URL (without user) of the prepared external database.
	 */
	public static String preparar(EmbeddedPostgres externa) throws Exception {
		String url = externa.getJdbcUrl("postgres", "postgres");
		try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
			String script = Files.readString(Path.of("../docs/sql/roles-postgresql-externo.sql"))
				.replace("\\connect pqrsd", "")
				.replace("CREATE DATABASE pqrsd OWNER pqrsd_owner;", "");
			s.execute(script);
		}
		return url.substring(0, url.indexOf('?') > 0 ? url.indexOf('?') : url.length());
	}

	static String[] argumentos(String base, Path datos) {
		return new String[] { "--spring.profiles.active=test", "--server.port=0", "--pqrsd.datos-dir=" + datos,
				"--pqrsd.db.url=" + base, "--pqrsd.db.user=pqrsd_app",
				"--pqrsd.db.password=cambie-esta-clave-de-la-aplicacion", "--spring.flyway.url=" + base,
				"--spring.flyway.user=pqrsd_owner", "--spring.flyway.password=cambie-esta-clave-del-propietario" };
	}

	/** A node with the adjustable test clock. */
	public static ConfigurableApplicationContext nodo(String base, Path datos, String... extra) {
		String[] args = argumentos(base, datos);
		String[] todos = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(extra))
			.toArray(String[]::new);
		return new SpringApplicationBuilder(PqrsdApplication.class, ConfiguracionPruebas.class).run(todos);
	}

	public static int puerto(ConfigurableApplicationContext app) {
		return ((WebServerApplicationContext) app).getWebServer().getPort();
	}

	/** Dependencia 871 with its jefe, a funcionario and a ventanilla. */
	static void usuarios(int puerto) {
		ClienteApi admin = ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
		admin.post("/api/v1/dependencias", ClienteApi.json(Map.of("codigo", "871", "nombre", "Dependencia nodos")));
		for (String[] u : new String[][] { { "ndventanilla", "RADICADOR" }, { "ndjefe", "JEFE_DEPENDENCIA" },
				{ "ndfunc", "FUNCIONARIO" } }) {
			var r = admin.post("/api/v1/usuarios",
					ClienteApi.json(Map.of("username", u[0], "nombre", u[0], "email", u[0] + "@x.co", "password", CLAVE,
							"roles", u[1].equals("JEFE_DEPENDENCIA") ? List.of("FUNCIONARIO", u[1]) : List.of(u[1]),
							"dependencias", List.of("871"))));
			assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
		}
	}

	/** Creates a PETICION GENERAL on the node and assigns it to ndfunc. */
	static String crearYAsignar(int puerto) {
		var r = ClienteApi.como(puerto, "ndventanilla", CLAVE)
			.post("/api/v1/pqrsd", "{\"etiqueta\":\"PETICION\",\"modalidad\":\"GENERAL\",\"asunto\":\"Nodo\","
					+ "\"dependencia\":\"871\",\"canal\":\"PRESENCIAL\",\"peticionario\":{\"anonimo\":true}}");
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
		String radicado = r.json().get("radicado").asString();
		var a = ClienteApi.como(puerto, "ndjefe", CLAVE)
			.post("/api/v1/pqrsd/" + radicado + "/asignacion", "{\"usuario\":\"ndfunc\"}");
		assertThat(a.estado()).as(a.cuerpo()).isEqualTo(200);
		return radicado;
	}

}
