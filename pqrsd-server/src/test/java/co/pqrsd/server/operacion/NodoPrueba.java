package co.pqrsd.server.operacion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.ConfiguracionPruebas;
import co.pqrsd.server.PqrsdApplication;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A whole server on its own data directory (embedded PostgreSQL), as an alcaldía runs it:
 * for the backup drill and the move to an external database.
 */
final class NodoPrueba {

	static final String CLAVE = "Clave2026prueba";

	private NodoPrueba() {
	}

	static ConfigurableApplicationContext iniciar(Path datos, String... extra) {
		String[] base = { "--spring.profiles.active=test", "--server.port=0", "--management.server.port=0",
				"--pqrsd.datos-dir=" + datos };
		String[] todos = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(extra))
			.toArray(String[]::new);
		return new SpringApplicationBuilder(PqrsdApplication.class, ConfiguracionPruebas.class).run(todos);
	}

	static int puerto(ConfigurableApplicationContext app) {
		return ((WebServerApplicationContext) app).getWebServer().getPort();
	}

	/** Port of the node's embedded PostgreSQL, read from its pool. */
	static int puertoBase(ConfigurableApplicationContext app) {
		String url = ((HikariDataSource) app.getBean(DataSource.class)).getJdbcUrl();
		String resto = url.substring(url.indexOf("localhost:") + "localhost:".length());
		return Integer.parseInt(resto.substring(0, resto.indexOf('/')));
	}

	/** Dependencia {@code codigo} with a ventanilla user allowed to radicate there. */
	static void ventanilla(int puerto, String codigo, String usuario) {
		ClienteApi admin = ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
		admin.post("/api/v1/dependencias",
				ClienteApi.json(Map.of("codigo", codigo, "nombre", "Dependencia " + codigo)));
		var r = admin.post("/api/v1/usuarios", ClienteApi.json(Map.of("username", usuario, "nombre", usuario, "email",
				usuario + "@x.co", "password", CLAVE, "roles", List.of("RADICADOR"), "dependencias", List.of(codigo))));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
	}

}
