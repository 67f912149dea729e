package co.pqrsd.benchmarks;

import java.nio.file.Files;
import java.time.Clock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import co.pqrsd.server.PqrsdApplication;
import co.pqrsd.server.auditoria.SujetoAuditado;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The real server, on a fresh durable embedded PostgreSQL in a temporary data directory.
 */
public final class AppBenchmark {

	private AppBenchmark() {
	}

	public static ConfigurableApplicationContext iniciar(String nombre, boolean web, String... extra) throws Exception {
		return iniciar(nombre, web, null, extra);
	}

	/**
	 * @param reloj when not null, the server's {@code Clock} bean (primary): the
	 * benchmark moves the server's time with it
	 */
	public static ConfigurableApplicationContext iniciar(String nombre, boolean web, @Nullable Clock reloj,
			String... extra) throws Exception {
		// -Dbench.datos=<dir>: the data directory of an earlier run (its PostgreSQL and
		// files), reused as it is; otherwise a new one.
		String previo = System.getProperty("bench.datos");
		Path datos = previo != null && !previo.isBlank() ? Path.of(previo)
				: Files.createTempDirectory("pqrsd-bench-" + nombre);
		linea("[datos] " + datos);
		List<String> args = new ArrayList<>(List.of("--pqrsd.datos-dir=" + datos, "--pqrsd.db.puerto=0",
				"--pqrsd.admin-password=Benchmark2026pqrsd", "--logging.level.root=WARN",
				"--logging.level.co.pqrsd=WARN"));
		args.add(web ? "--server.port=0" : "--spring.main.web-application-type=none");
		args.addAll(List.of(extra));
		SpringApplication app = new SpringApplication(PqrsdApplication.class);
		if (reloj != null) {
			app.addInitializers(contexto -> ((GenericApplicationContext) contexto).registerBean("relojBenchmark",
					Clock.class, () -> reloj, definicion -> definicion.setPrimary(true)));
		}
		return app.run(args.toArray(String[]::new));
	}

	record Sujeto(String username, Set<String> roles, Set<String> codigosDependencias) implements SujetoAuditado {
	}

	/** Acts as a staff user in this thread, as a request's security context would. */
	public static void actuarComo(String usuario) {
		Sujeto s = new Sujeto(usuario, Set.of("FUNCIONARIO"), Set.of("200"));
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(s, null,
					List.of(new SimpleGrantedAuthority("ROLE_FUNCIONARIO"))));
	}

	public static void linea(String texto) {
		System.out.println(texto);
		System.out.flush();
	}

}
