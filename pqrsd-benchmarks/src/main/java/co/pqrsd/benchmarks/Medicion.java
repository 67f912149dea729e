package co.pqrsd.benchmarks;

import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Latency percentiles in milliseconds from an HdrHistogram recorder shared by many
 * threads.
 */
public final class Medicion {

	private final Recorder registro = new Recorder(TimeUnit.MINUTES.toNanos(5), 3);

	private Histogram total;

	public void anotar(long nanos) {
		registro.recordValue(Math.max(1, nanos));
	}

	public Histogram cerrar() {
		total = registro.getIntervalHistogram();
		return total;
	}

	public static String ms(Histogram h, double percentil) {
		return String.format(java.util.Locale.ROOT, "%.3f ms", h.getValueAtPercentile(percentil) / 1_000_000.0);
	}

	public static String resumen(Histogram h) {
		return "n=" + h.getTotalCount() + " p50=" + ms(h, 50) + " p95=" + ms(h, 95) + " p99=" + ms(h, 99) + " max="
				+ String.format(java.util.Locale.ROOT, "%.3f ms", h.getMaxValue() / 1_000_000.0);
	}

}
