package co.pqrsd.server.operacion;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import co.pqrsd.core.comun.Colombia;
import org.jspecify.annotations.Nullable;

/**
 * The operator's commands, run beside a live server without starting one: <pre>
 * java -jar pqrsd-server-exec.jar respaldo --destino=DIR
 * java -jar pqrsd-server-exec.jar verificar-respaldo --origen=DIR
 * java -jar pqrsd-server-exec.jar restaurar --origen=DIR --datos=DIR
 * </pre> Options (or their environment variables, as the server reads them):
 * {@code --datos} ({@code PQRSD_DATA_DIR}, {@code ./data}), {@code --puerto}
 * ({@code PQRSD_DB_PUERTO}, 54329),
 * {@code --db-url}/{@code --db-user}/{@code --db-password} ({@code PQRSD_DB_URL}…, an
 * external database: use its owner account), {@code --herramientas}
 * ({@code PQRSD_PG_HERRAMIENTAS}, directory of {@code pg_dump} and {@code pg_restore}).
 * Exit code 0 when the backup is good, 3 when it has problems, 2 on a usage error, 1 when
 * the command failed.
 */
public final class ComandosOperacion {

	private ComandosOperacion() {
	}

	/** Whether {@code args} asks for one of these commands instead of the server. */
	public static boolean esComando(String[] args) {
		return args.length > 0 && Map.of("respaldo", 1, "restaurar", 1, "verificar-respaldo", 1).containsKey(args[0]);
	}

	/** Runs the command and returns the process's exit code. */
	public static int ejecutar(String[] args, Consumer<String> salida) {
		Map<String, String> opciones = new HashMap<>();
		for (int i = 1; i < args.length; i++) {
			String a = args[i];
			int igual = a.indexOf('=');
			if (!a.startsWith("--") || igual < 0) {
				salida.accept("Opción no reconocida: " + a + " (use --nombre=valor)");
				return 2;
			}
			opciones.put(a.substring(2, igual), a.substring(igual + 1));
		}
		String datos = opcion(opciones, "datos", "PQRSD_DATA_DIR", "./data");
		String herramientas = opcion(opciones, "herramientas", "PQRSD_PG_HERRAMIENTAS", null);
		Respaldos.Configuracion configuracion = new Respaldos.Configuracion(Path.of(datos),
				Integer.parseInt(opcion(opciones, "puerto", "PQRSD_DB_PUERTO", "54329")),
				opcion(opciones, "db-url", "PQRSD_DB_URL", null), opcion(opciones, "db-user", "PQRSD_DB_USER", null),
				opcion(opciones, "db-password", "PQRSD_DB_PASSWORD", null),
				herramientas == null ? null : Path.of(herramientas));
		Respaldos respaldos = new Respaldos(configuracion, salida, Clock.system(Colombia.ZONA));
		try {
			Respaldos.Verificacion resultado = switch (args[0]) {
				case "respaldo" -> respaldos.respaldar(Path.of(requerida(opciones, "destino")));
				case "verificar-respaldo" -> respaldos.verificar(Path.of(requerida(opciones, "origen")));
				default ->
					respaldos.restaurar(Path.of(requerida(opciones, "origen")), Path.of(requerida(opciones, "datos")));
			};
			return resultado.correcta() ? 0 : 3;
		}
		catch (IllegalArgumentException e) {
			salida.accept(e.getMessage());
			return 2;
		}
		catch (Exception e) {
			salida.accept("ERROR: " + e.getMessage());
			return 1;
		}
	}

	/**
	 * The version in the JAR's manifest; {@code desarrollo} when run from the sources.
	 */
	static String version() {
		String version = ComandosOperacion.class.getPackage().getImplementationVersion();
		return version == null ? "desarrollo" : version;
	}

	private static String requerida(Map<String, String> opciones, String nombre) {
		String valor = opciones.get(nombre);
		if (valor == null || valor.isBlank()) {
			throw new IllegalArgumentException("Falta la opción --" + nombre + "=…");
		}
		return valor;
	}

	private static @Nullable String opcion(Map<String, String> opciones, String nombre, String entorno,
			@Nullable String predeterminado) {
		String valor = opciones.get(nombre);
		if (valor == null) {
			valor = System.getenv(entorno);
		}
		return valor == null || valor.isBlank() ? predeterminado : valor;
	}

}
