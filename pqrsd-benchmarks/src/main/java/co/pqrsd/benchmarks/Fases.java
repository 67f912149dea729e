package co.pqrsd.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The measured windows of a run, written to the file named by the system property
 * {@code bench.fases} (one line per window: name, start and end in epoch milliseconds) so
 * that {@link PerfilJfr} can split a flight recording by phase.
 */
final class Fases {

	record Ventana(String nombre, Instant inicio, Instant fin) {

		boolean contiene(Instant t) {
			return !t.isBefore(inicio) && t.isBefore(fin);
		}

	}

	private Fases() {
	}

	/**
	 * @param inicio and fin on {@link System#nanoTime()}'s scale
	 */
	static void anotar(String nombre, long inicio, long fin) {
		String archivo = System.getProperty("bench.fases");
		if (archivo == null || archivo.isBlank()) {
			return;
		}
		long ahoraMs = System.currentTimeMillis();
		long ahoraNs = System.nanoTime();
		String linea = nombre + "\t" + (ahoraMs - (ahoraNs - inicio) / 1_000_000) + "\t"
				+ (ahoraMs - (ahoraNs - fin) / 1_000_000) + "\n";
		try {
			Files.writeString(Path.of(archivo), linea, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static List<Ventana> leer(Path archivo) throws IOException {
		List<Ventana> ventanas = new ArrayList<>();
		for (String linea : Files.readAllLines(archivo, StandardCharsets.UTF_8)) {
			String[] c = linea.split("\t");
			if (c.length == 3) {
				ventanas.add(new Ventana(c[0], Instant.ofEpochMilli(Long.parseLong(c[1])),
						Instant.ofEpochMilli(Long.parseLong(c[2]))));
			}
		}
		return ventanas;
	}

}
