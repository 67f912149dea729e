package co.pqrsd.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import co.pqrsd.server.PqrsdApplication;
import co.pqrsd.server.auditoria.SujetoAuditado;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
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
		Path datos = Files.createTempDirectory("pqrsd-bench-" + nombre);
		List<String> args = new ArrayList<>(List.of("--pqrsd.datos-dir=" + datos, "--pqrsd.db.puerto=0",
				"--pqrsd.admin-password=Benchmark2026pqrsd", "--logging.level.root=WARN",
				"--logging.level.co.pqrsd=WARN"));
		args.add(web ? "--server.port=0" : "--spring.main.web-application-type=none");
		args.addAll(List.of(extra));
		return SpringApplication.run(PqrsdApplication.class, args.toArray(String[]::new));
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
