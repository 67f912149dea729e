package co.pqrsd.server.infraestructura;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Child process of {@link RecuperacionTrasCaidaTest}: starts PostgreSQL, writes a row,
 * and waits to be killed.
 */
public final class LanzadorPostgresPrueba {

	private LanzadorPostgresPrueba() {
	}

	public static void main(String[] args) throws Exception {
		PostgresEmbebido pg = PostgresEmbebido.iniciar(Path.of(args[0]), Integer.parseInt(args[1]), true);
		try (Connection c = DriverManager.getConnection(pg.jdbcUrl()); Statement s = c.createStatement()) {
			s.execute("CREATE TABLE IF NOT EXISTS prueba_caida (id int PRIMARY KEY, valor text)");
			s.execute("INSERT INTO prueba_caida VALUES (1, 'antes de la caída') ON CONFLICT DO NOTHING");
		}
		System.out.println("LISTO");
		System.out.flush();
		Thread.sleep(600_000);
	}

}
