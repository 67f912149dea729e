package co.pqrsd.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CPU time spent by the server's request threads (Tomcat's and the radicación
 * combiner's), by the whole JVM (server, load generator, GC and JIT) and by PostgreSQL
 * (the postmaster and its backends). Divided by the requests answered, it is the cost of
 * one request, which depends much less on other load on the machine than throughput.
 */
final class Cpu {

	private final Path datosPostgres;

	private final ThreadMXBean hilos = ManagementFactory.getThreadMXBean();

	Cpu(Path datosPostgres) {
		this.datosPostgres = datosPostgres;
	}

	record Instantanea(long servidorNs, long otrosNs, long generadorNs, long procesoNs, long postgresNs,
			long servidorBytes) {

		Gasto menos(Instantanea antes) {
			return new Gasto(servidorNs - antes.servidorNs, otrosNs - antes.otrosNs, generadorNs - antes.generadorNs,
					procesoNs - antes.procesoNs, postgresNs - antes.postgresNs, servidorBytes - antes.servidorBytes);
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
		long servidor = 0;
		long otros = 0;
		long generador = 0;
		long bytes = 0;
		for (ThreadInfo t : hilos.getThreadInfo(hilos.getAllThreadIds())) {
			if (t == null) {
				continue;
			}
			long ns = Math.max(0, hilos.getThreadCpuTime(t.getThreadId()));
			if (esDelServidor(t.getThreadName())) {
				servidor += ns;
				bytes += Math.max(0,
						((com.sun.management.ThreadMXBean) hilos).getThreadAllocatedBytes(t.getThreadId()));
			}
			else if (esDelGenerador(t.getThreadName())) {
				generador += ns;
			}
			else {
				otros += ns;
			}
		}
		long proceso = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
		return new Instantanea(servidor, otros, generador, proceso, postgres(), bytes);
	}

	/** The load generator: the client threads and the HTTP client's own threads. */
	static boolean esDelGenerador(String hilo) {
		return hilo.startsWith("cliente-") || hilo.startsWith("HttpClient-") || hilo.equals("medidor");
	}

	/** Tomcat's request threads and the radicación combiner's thread. */
	static boolean esDelServidor(String hilo) {
		return hilo.startsWith("http-nio-") && hilo.contains("-exec-") || hilo.equals("pqrsd-radicacion");
	}

	private long postgres() {
		Optional<ProcessHandle> postmaster = postmaster();
		if (postmaster.isEmpty()) {
			return 0;
		}
		return Stream.concat(Stream.of(postmaster.get()), postmaster.get().descendants())
			.mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L))
			.sum();
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
