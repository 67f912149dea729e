package co.pqrsd.server.radicacion;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small pool of long-lived worker JVMs ({@link TrabajadorDocumentos}) that do all
 * parsing of uploaded files. Each has its own heap limit and exits on OutOfMemoryError; a
 * watchdog kills one that takes longer than the limit. A dead worker is replaced on the
 * next request, so one hostile file costs one worker restart, never the server.
 */
@Component
class TrabajadoresDocumentos implements DisposableBean {

	private static final java.time.Duration ARRANQUE_MINIMO = java.time.Duration.ofSeconds(60);

	private static final Logger log = LoggerFactory.getLogger(TrabajadoresDocumentos.class);

	private final LimitesDocumentos limites;

	private final Semaphore cupos;

	private final LinkedBlockingDeque<Proceso> libres = new LinkedBlockingDeque<>();

	private final Set<Proceso> todos = ConcurrentHashMap.newKeySet();

	private final ScheduledExecutorService vigilante = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread t = new Thread(r, "vigilante-documentos");
		t.setDaemon(true);
		return t;
	});

	private final JsonMapper json = JsonMapper.builder().build();

	private volatile boolean cerrado;

	TrabajadoresDocumentos(LimitesDocumentos limites) {
		this.limites = limites;
		this.cupos = new Semaphore(limites.trabajadores(), true);
	}

	/**
	 * Runs one command in a worker.
	 * @return the worker's answer, or empty when the file exceeded the limits (the worker
	 * ran out of memory or time and was killed)
	 */
	Optional<JsonNode> ejecutar(String orden, Path... archivos) {
		StringBuilder linea = new StringBuilder(orden);
		for (Path p : archivos) {
			linea.append('\t').append(p.toAbsolutePath());
		}
		try {
			cupos.acquire();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrumpido esperando un trabajador de documentos", e);
		}
		Proceso proceso = null;
		boolean sano = false;
		ScheduledFuture<?> alarma = null;
		try {
			proceso = libres.pollFirst();
			if (proceso == null || !proceso.vivo()) {
				if (proceso != null) {
					proceso.matar();
				}
				proceso = iniciar();
				if (proceso == null) {
					return Optional.of(json.readTree("{\"ok\":false,\"noDisponible\":true}"));
				}
			}
			Proceso vigilado = proceso;
			alarma = vigilante.schedule(() -> {
				log.warn("Un documento superó el tiempo máximo de análisis ({}); se detiene su trabajador",
						limites.tiempoMaximo());
				vigilado.matar();
			}, limites.tiempoMaximo().toMillis(), TimeUnit.MILLISECONDS);
			String respuesta = proceso.pedir(linea.toString());
			if (respuesta == null || !respuesta.startsWith("{")) {
				// Killed by the watchdog, or the JVM's own "Terminating due to
				// java.lang.OutOfMemoryError" before it exits.
				return Optional.empty();
			}
			sano = true;
			return Optional.of(json.readTree(respuesta));
		}
		catch (IOException | JacksonException e) {
			// A broken pipe or a half-written answer: the worker died while answering.
			log.warn("Un trabajador de documentos terminó durante el análisis: {}", e.getMessage());
			return Optional.empty();
		}
		finally {
			if (alarma != null) {
				alarma.cancel(false);
			}
			if (proceso != null) {
				if (sano && !cerrado) {
					libres.addFirst(proceso);
				}
				else {
					proceso.matar();
				}
			}
			cupos.release();
		}
	}

	/**
	 * @return a ready worker, or null when none could start (a deployment defect, logged
	 * as an error)
	 */
	private @Nullable Proceso iniciar() {
		try {
			return arrancar();
		}
		catch (IOException e) {
			log.error("No se pudo iniciar un trabajador de documentos; los documentos se guardan sin texto", e);
			return null;
		}
	}

	private Proceso arrancar() throws IOException {
		List<String> comando = new ArrayList<>();
		comando.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		comando.add("-Xmx" + limites.memoriaTrabajador().toMegabytes() + "m");
		comando.add("-XX:+ExitOnOutOfMemoryError");
		comando.add("-XX:+UseSerialGC");
		comando.add("-XX:TieredStopAtLevel=1");
		comando.add("-Xshare:auto");
		comando.add("-Djava.awt.headless=true");
		String stax = System.getProperty("javax.xml.stream.XMLInputFactory");
		if (stax != null) {
			comando.add("-Djavax.xml.stream.XMLInputFactory=" + stax);
		}
		String temporal = System.getProperty("java.io.tmpdir");
		if (temporal != null) {
			comando.add("-Djava.io.tmpdir=" + temporal);
		}
		String rutaClases = absoluta(System.getProperty("java.class.path", ""));
		if (esJarEjecutable(rutaClases)) {
			// Inside the Spring Boot fat jar: its launcher builds the class path.
			comando.add("-Dloader.main=" + TrabajadorDocumentos.class.getName());
			comando.add("-cp");
			comando.add(rutaClases);
			comando.add("org.springframework.boot.loader.launch.PropertiesLauncher");
		}
		else {
			comando.add("-cp");
			comando.add(rutaClases);
			comando.add(TrabajadorDocumentos.class.getName());
		}
		comando.add(Integer.toString(limites.maximoCaracteres()));
		comando.add(Integer.toString(limites.profundidadMaxima()));
		comando.add(Integer.toString(limites.maximoEmbebidos()));
		Process p = new ProcessBuilder(comando).start();
		Proceso proceso = new Proceso(p);
		todos.add(proceso);
		Thread errores = new Thread(() -> proceso.registrarErrores(), "trabajador-documentos-" + p.pid());
		errores.setDaemon(true);
		errores.start();
		// A JVM starts slowly on a loaded machine: its start gets its own, longer limit.
		long limiteArranque = Math.max(limites.tiempoMaximo().toMillis(), ARRANQUE_MINIMO.toMillis());
		ScheduledFuture<?> arranque = vigilante.schedule(proceso::matar, limiteArranque, TimeUnit.MILLISECONDS);
		String saludo;
		try {
			saludo = proceso.leer();
		}
		finally {
			arranque.cancel(false);
		}
		if (!TrabajadorDocumentos.LISTO.equals(saludo)) {
			proceso.matar();
			throw new IOException("El trabajador de documentos no inició (" + comando + ")");
		}
		return proceso;
	}

	private static String absoluta(String rutaClases) {
		List<String> rutas = new ArrayList<>();
		for (String r : rutaClases.split(java.io.File.pathSeparator)) {
			rutas.add(r.isEmpty() ? r : Path.of(r).toAbsolutePath().toString());
		}
		return String.join(java.io.File.pathSeparator, rutas);
	}

	private static boolean esJarEjecutable(@Nullable String rutaClases) {
		if (rutaClases == null || !rutaClases.endsWith(".jar") || rutaClases.contains(java.io.File.pathSeparator)) {
			return false;
		}
		try (JarFile jar = new JarFile(rutaClases)) {
			return jar.getEntry("BOOT-INF/classes/") != null;
		}
		catch (IOException e) {
			return false;
		}
	}

	@Override
	public void destroy() {
		cerrado = true;
		vigilante.shutdownNow();
		todos.forEach(Proceso::matar);
	}

	private final class Proceso {

		private final Process proceso;

		private final Writer entrada;

		private final BufferedReader salida;

		Proceso(Process proceso) {
			this.proceso = proceso;
			this.entrada = new OutputStreamWriter(proceso.getOutputStream(), StandardCharsets.UTF_8);
			this.salida = new BufferedReader(new InputStreamReader(proceso.getInputStream(), StandardCharsets.UTF_8));
		}

		boolean vivo() {
			return proceso.isAlive();
		}

		@Nullable String pedir(String linea) throws IOException {
			entrada.write(linea);
			entrada.write('\n');
			entrada.flush();
			return leer();
		}

		@Nullable String leer() throws IOException {
			return salida.readLine();
		}

		void matar() {
			proceso.destroyForcibly();
			todos.remove(this);
		}

		void registrarErrores() {
			try (BufferedReader errores = new BufferedReader(
					new InputStreamReader(proceso.getErrorStream(), StandardCharsets.UTF_8))) {
				String linea;
				while ((linea = errores.readLine()) != null) {
					log.warn("[trabajador {}] {}", proceso.pid(), linea);
				}
			}
			catch (IOException e) {
				// The worker ended.
			}
		}

	}

}
