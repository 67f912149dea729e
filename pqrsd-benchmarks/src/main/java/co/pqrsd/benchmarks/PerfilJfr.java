package co.pqrsd.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads a flight recording of {@code scripts/benchmark.sh radicacion} and says where the
 * server's threads spend their time: each sample of a Tomcat request thread or of the
 * radicación combiner is given to the innermost "anchor" frame of its stack (the SQL of
 * the full-text index, the audit write, the read-back, the JSON converters, the security
 * filter chain...). Two counts: CPU samples (jdk.ExecutionSample, running Java code) and
 * native samples (jdk.NativeMethodSample, mostly waiting on PostgreSQL's socket). Run:
 * {@code scripts/benchmark.sh perfil} (or by hand: this class with
 * {@code "grabacion.jfr fases.tsv"}).
 */
public final class PerfilJfr {

	/**
	 * Anchors, matched against "class.method" of each frame from the innermost outwards;
	 * the first frame that matches any anchor names the bucket. Order matters only for
	 * anchors that can match the same frame.
	 */
	private static final Map<String, String> ANCLAS = new LinkedHashMap<>();

	static {
		ANCLAS.put("RadicadoRepository.indexar", "radicación: índice de texto (tsvector)");
		ANCLAS.put("BitacoraRepository.insertar", "radicación: auditoría (INSERT de la bitácora)");
		ANCLAS.put("Auditoria.", "radicación: auditoría (resto)");
		ANCLAS.put("RadicadoRepository.siguienteConsecutivo", "radicación: contador");
		ANCLAS.put("RadicadoRepository.guardarTercero", "radicación: tercero (remitente)");
		ANCLAS.put("RadicadoRepository.insertar", "radicación: INSERT del radicado");
		ANCLAS.put("RadicadoRepository.posiblesDuplicados",
				"radicación: posibles duplicados (antes de la transacción)");
		ANCLAS.put("RadicadoRepository.existe", "radicación: radicado relacionado");
		ANCLAS.put("ConsultaRadicados.completo", "radicación: lectura después del commit");
		ANCLAS.put("Dependencias.", "radicación: dependencia");
		ANCLAS.put("DataSourceTransactionManager.doCommit", "transacción: COMMIT");
		ANCLAS.put("DataSourceTransactionManager.doBegin", "transacción: inicio");
		ANCLAS.put("DataSourceTransactionManager.doCleanupAfterCompletion", "transacción: cierre");
		ANCLAS.put("Savepoint", "transacción: puntos de guardado");
		ANCLAS.put("HikariPool.getConnection", "pool de conexiones");
		ANCLAS.put("CombinadorTransacciones.", "radicación: combinador (resto)");
		ANCLAS.put("Radicacion.", "radicación: servicio (resto)");
		ANCLAS.put("Argon2", "seguridad: Argon2");
		ANCLAS.put("CacheCredenciales.", "seguridad: caché de credenciales");
		ANCLAS.put("ProveedorAutenticacion.", "seguridad: autenticación (resto)");
		ANCLAS.put("ServicioDetallesUsuario.", "seguridad: carga del usuario");
		ANCLAS.put("UsuariosApiController.", "GET yo: consulta y respuesta");
		ANCLAS.put("Usuarios.", "GET yo: consulta y respuesta");
		ANCLAS.put("org.springframework.http.converter.", "JSON: lectura de la solicitud y escritura de la respuesta");
		ANCLAS.put("org.hibernate.validator.", "validación (Bean Validation)");
		ANCLAS.put("DispatcherServlet.", "Spring MVC (resto)");
		ANCLAS.put("FilterChainProxy", "seguridad: cadena de filtros (resto)");
		ANCLAS.put("org.apache.catalina.", "Tomcat: HTTP y filtros de servlet");
		ANCLAS.put("org.apache.coyote.", "Tomcat: HTTP y filtros de servlet");
		ANCLAS.put("org.apache.tomcat.", "Tomcat: HTTP y filtros de servlet");
	}

	private PerfilJfr() {
	}

	public static void main(String[] args) throws Exception {
		String[] partes = args.length > 0 ? args[0].trim().split("\\s+") : new String[0];
		Path archivo = Path.of(partes.length > 0 ? partes[0] : "radicacion.jfr");
		List<Fases.Ventana> ventanas = partes.length > 1 && Files.isRegularFile(Path.of(partes[1]))
				? Fases.leer(Path.of(partes[1]))
				: List.of(new Fases.Ventana("toda la grabación", Instant.MIN, Instant.MAX));
		List<RecordedEvent> muestras = new ArrayList<>();
		List<RecordedEvent> socket = new ArrayList<>();
		for (RecordedEvent e : RecordingFile.readAllEvents(archivo)) {
			String tipo = e.getEventType().getName();
			if ((tipo.equals("jdk.SocketRead") || tipo.equals("jdk.SocketWrite")) && e.getThread() != null
					&& COMBINADOR.equals(e.getThread().getJavaName())) {
				socket.add(e);
			}
			if ((tipo.equals("jdk.ExecutionSample") || tipo.equals("jdk.NativeMethodSample"))
					&& e.getThread("sampledThread") != null && e.getStackTrace() != null
					&& e.getThread("sampledThread").getJavaName() != null
					&& Cpu.esDelServidor(e.getThread("sampledThread").getJavaName())) {
				muestras.add(e);
			}
		}
		for (Fases.Ventana v : ventanas) {
			imprimir(archivo, v, muestras.stream().filter(e -> v.contiene(e.getStartTime())).toList());
			combinador(v, socket.stream().filter(e -> v.contiene(e.getStartTime())).toList());
		}
	}

	private static final String COMBINADOR = "pqrsd-radicacion";

	/**
	 * The radicación combiner's thread, from its socket events (recorded with no
	 * threshold by {@code scripts/benchmark.sh perfil}): per step, the time writing the
	 * statement and waiting for PostgreSQL's answer, and the time in Java before it.
	 */
	private static void combinador(Fases.Ventana ventana, List<RecordedEvent> eventos) {
		if (eventos.isEmpty()) {
			return;
		}
		List<RecordedEvent> orden = new ArrayList<>(eventos);
		orden.sort(Comparator.comparing(RecordedEvent::getStartTime));
		Map<String, double[]> pasos = new TreeMap<>();
		RecordedEvent anterior = null;
		double ocupado = 0;
		for (RecordedEvent e : orden) {
			boolean escritura = e.getEventType().getName().equals("jdk.SocketWrite");
			double[] p = pasos.computeIfAbsent(cubeta(e.getStackTrace()), k -> new double[4]);
			double ms = e.getDuration().toNanos() / 1e6;
			ocupado += ms;
			if (escritura) {
				p[0]++;
				p[1] += ms;
				if (anterior != null) {
					double java = Duration.between(anterior.getEndTime(), e.getStartTime()).toNanos() / 1e6;
					p[3] += java;
					ocupado += java;
				}
			}
			else {
				p[2] += ms;
			}
			anterior = e;
		}
		double ventanaMs = Duration.between(ventana.inicio(), ventana.fin()).toNanos() / 1e6;
		double total = ocupado;
		AppBenchmark.linea(String.format(Locale.ROOT,
				"Hilo del combinador (%s): ocupado el %.0f %% de la ventana en E/S con PostgreSQL y en Java entre "
						+ "sentencias; por paso (eventos de socket de JFR sin umbral):",
				COMBINADOR, 100 * ocupado / ventanaMs));
		AppBenchmark.linea("| paso | idas y vueltas | escritura (ms, media) | espera de la respuesta (ms, media) "
				+ "| Java antes de enviar (ms, media) | parte del tiempo ocupado |");
		AppBenchmark.linea("|---|---|---|---|---|---|");
		pasos.entrySet()
			.stream()
			.sorted(Comparator.comparingDouble(
					(Map.Entry<String, double[]> x) -> -(x.getValue()[1] + x.getValue()[2] + x.getValue()[3])))
			.forEach(x -> {
				double[] p = x.getValue();
				double n = Math.max(1, p[0]);
				AppBenchmark.linea(String.format(Locale.ROOT, "| %s | %.0f | %.3f | %.3f | %.3f | %.1f %% |",
						x.getKey(), p[0], p[1] / n, p[2] / n, p[3] / n, 100 * (p[1] + p[2] + p[3]) / total));
			});
	}

	private static void imprimir(Path archivo, Fases.Ventana ventana, List<RecordedEvent> muestras) {
		Map<String, long[]> cubetas = new TreeMap<>();
		long[] totales = new long[2];
		for (RecordedEvent e : muestras) {
			int columna = e.getEventType().getName().equals("jdk.ExecutionSample") ? 0 : 1;
			cubetas.computeIfAbsent(cubeta(e.getStackTrace()), k -> new long[2])[columna]++;
			totales[columna]++;
		}
		AppBenchmark.linea("== Perfil (" + archivo.getFileName() + ") de " + ventana.nombre()
				+ ": hilos de solicitud de Tomcat y combinador de radicación");
		AppBenchmark.linea("| dónde | muestras de CPU | parte CPU | muestras nativas (espera de E/S) | parte nativa |");
		AppBenchmark.linea("|---|---|---|---|---|");
		List<Map.Entry<String, long[]>> orden = cubetas.entrySet()
			.stream()
			.sorted(Comparator.comparingLong((Map.Entry<String, long[]> x) -> -x.getValue()[0]))
			.toList();
		for (Map.Entry<String, long[]> c : orden) {
			AppBenchmark
				.linea(String.format(Locale.ROOT, "| %s | %d | %.1f %% | %d | %.1f %% |", c.getKey(), c.getValue()[0],
						parte(c.getValue()[0], totales[0]), c.getValue()[1], parte(c.getValue()[1], totales[1])));
		}
		AppBenchmark.linea(String.format(Locale.ROOT, "| total | %d | 100 %% | %d | 100 %% |", totales[0], totales[1]));
		long micrometer = muestras.stream()
			.filter(e -> e.getEventType().getName().equals("jdk.ExecutionSample"))
			.filter(e -> e.getStackTrace()
				.getFrames()
				.stream()
				.anyMatch(f -> f.getMethod() != null && f.getMethod().getType().getName().startsWith("io.micrometer.")))
			.count();
		AppBenchmark.linea(String.format(Locale.ROOT,
				"Transversal: %.1f %% de las muestras de CPU pasan por Micrometer (observaciones de HTTP y de Spring Security).",
				parte(micrometer, totales[0])));
	}

	static String cubeta(RecordedStackTrace pila) {
		for (RecordedFrame f : pila.getFrames()) {
			if (!f.isJavaFrame() || f.getMethod() == null || f.getMethod().getType() == null) {
				continue;
			}
			String nombre = f.getMethod().getType().getName() + "." + f.getMethod().getName();
			for (Map.Entry<String, String> a : ANCLAS.entrySet()) {
				if (nombre.contains(a.getKey())) {
					return a.getValue();
				}
			}
		}
		return pila.isTruncated() ? "pila truncada (sin ancla)" : "otros";
	}

	private static double parte(long n, long total) {
		return total == 0 ? 0 : 100.0 * n / total;
	}

}
