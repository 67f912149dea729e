package co.pqrsd.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
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
		for (RecordedEvent e : RecordingFile.readAllEvents(archivo)) {
			String tipo = e.getEventType().getName();
			if ((tipo.equals("jdk.ExecutionSample") || tipo.equals("jdk.NativeMethodSample"))
					&& e.getThread("sampledThread") != null && e.getStackTrace() != null
					&& e.getThread("sampledThread").getJavaName() != null
					&& Cpu.esDelServidor(e.getThread("sampledThread").getJavaName())) {
				muestras.add(e);
			}
		}
		for (Fases.Ventana v : ventanas) {
			imprimir(archivo, v, muestras.stream().filter(e -> v.contiene(e.getStartTime())).toList());
		}
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
