package co.pqrsd.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CPU time spent by the server's request threads (Tomcat's and the radicación
 * combiner's), by the whole JVM (server, load generator, GC and JIT) and by PostgreSQL
 * (the postmaster and its backends). Divided by the requests answered, it is the cost of
 * one request, which depends much less on other load on the machine than throughput.
 */
final class Cpu {

	private static final int SERVIDOR = 0;

	private static final int OTROS = 1;

	private static final int GENERADOR = 2;

	private final Path datosPostgres;

	private final ThreadMXBean hilos = ManagementFactory.getThreadMXBean();

	Cpu(Path datosPostgres) {
		this.datosPostgres = datosPostgres;
	}

	/**
	 * Per thread (id: category, CPU ns, allocated bytes) and per PostgreSQL process (pid:
	 * CPU ns), so that a thread or process that ends between two readings takes only its
	 * own share out, not its whole life's CPU.
	 */
	record Instantanea(Map<Long, long[]> hilos, Map<Long, Long> postgres, long procesoNs) {

		Gasto menos(Instantanea antes) {
			long[] porCategoria = new long[3];
			long bytes = 0;
			for (Map.Entry<Long, long[]> h : hilos.entrySet()) {
				long[] previo = antes.hilos.getOrDefault(h.getKey(), new long[3]);
				porCategoria[(int) h.getValue()[0]] += h.getValue()[1] - previo[1];
				if (h.getValue()[0] == SERVIDOR) {
					bytes += h.getValue()[2] - previo[2];
				}
			}
			long pg = 0;
			for (Map.Entry<Long, Long> p : postgres.entrySet()) {
				pg += p.getValue() - antes.postgres.getOrDefault(p.getKey(), 0L);
			}
			return new Gasto(porCategoria[SERVIDOR], porCategoria[OTROS], porCategoria[GENERADOR],
					procesoNs - antes.procesoNs, pg, bytes);
		}

	}

	/**
	 * @param servidorNs the server's request threads
	 * @param otrosNs the server's other Java threads (audit sealer, pool, Tomcat's
	 * poller...)
	 * @param generadorNs the load generator's threads
	 * @param procesoNs the whole JVM; what the threads do not explain is GC, JIT and
	 * threads that ended
	 * @param postgresNs PostgreSQL, every process
	 * @param servidorBytes memory allocated by the server's request threads
	 */
	record Gasto(long servidorNs, long otrosNs, long generadorNs, long procesoNs, long postgresNs, long servidorBytes) {

		double servidorKb(long solicitudes) {
			return solicitudes == 0 ? 0 : servidorBytes / 1024.0 / solicitudes;
		}

		double servidorMs(long solicitudes) {
			return porSolicitud(servidorNs, solicitudes);
		}

		double otrosMs(long solicitudes) {
			return porSolicitud(otrosNs, solicitudes);
		}

		double generadorMs(long solicitudes) {
			return porSolicitud(generadorNs, solicitudes);
		}

		double jvmRestoMs(long solicitudes) {
			return porSolicitud(procesoNs - servidorNs - otrosNs - generadorNs, solicitudes);
		}

		double postgresMs(long solicitudes) {
			return porSolicitud(postgresNs, solicitudes);
		}

		private static double porSolicitud(long ns, long solicitudes) {
			return solicitudes == 0 ? 0 : ns / 1e6 / solicitudes;
		}

	}

	Instantanea tomar() {
		Map<Long, long[]> porHilo = new HashMap<>();
		for (ThreadInfo t : hilos.getThreadInfo(hilos.getAllThreadIds())) {
			if (t == null) {
				continue;
			}
			long id = t.getThreadId();
			int categoria = esDelServidor(t.getThreadName()) ? SERVIDOR
					: esDelGenerador(t.getThreadName()) ? GENERADOR : OTROS;
			long bytes = categoria == SERVIDOR ? ((com.sun.management.ThreadMXBean) hilos).getThreadAllocatedBytes(id)
					: 0;
			porHilo.put(id, new long[] { categoria, Math.max(0, hilos.getThreadCpuTime(id)), Math.max(0, bytes) });
		}
		long proceso = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
		return new Instantanea(porHilo, postgres(), proceso);
	}

	/** The load generator: the client threads and the HTTP client's own threads. */
	static boolean esDelGenerador(String hilo) {
		return hilo.startsWith("cliente-") || hilo.startsWith("HttpClient-") || hilo.equals("medidor");
	}

	/** Tomcat's request threads and the radicación combiner's thread. */
	static boolean esDelServidor(String hilo) {
		return hilo.startsWith("http-nio-") && hilo.contains("-exec-") || hilo.equals("pqrsd-radicacion");
	}

	private Map<Long, Long> postgres() {
		Optional<ProcessHandle> postmaster = postmaster();
		if (postmaster.isEmpty()) {
			return Map.of();
		}
		Map<Long, Long> porProceso = new HashMap<>();
		Stream.concat(Stream.of(postmaster.get()), postmaster.get().descendants())
			.forEach(p -> porProceso.put(p.pid(), p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)));
		return porProceso;
	}

	private Optional<ProcessHandle> postmaster() {
		try {
			List<String> lineas = Files.readAllLines(datosPostgres.resolve("postmaster.pid"),
					StandardCharsets.US_ASCII);
			return lineas.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(lineas.get(0).strip()));
		}
		catch (IOException | NumberFormatException e) {
			return Optional.empty();
		}
	}

}
