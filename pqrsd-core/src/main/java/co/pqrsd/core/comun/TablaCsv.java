package co.pqrsd.core.comun;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the versioned legal tables shipped with the domain: ';'-separated, UTF-8, '#'
 * comments, one header row.
 */
public final class TablaCsv {

	private TablaCsv() {
	}

	/**
	 * @return each data row as a map from header name to the trimmed value (empty string
	 * when blank).
	 */
	public static List<Map<String, String>> leer(Class<?> ancla, String recurso) {
		InputStream in = ancla.getResourceAsStream(recurso);
		if (in == null) {
			throw new IllegalStateException("No se encontró la tabla " + recurso);
		}
		try (BufferedReader lector = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String[] encabezado = null;
			List<Map<String, String>> filas = new ArrayList<>();
			String linea;
			while ((linea = lector.readLine()) != null) {
				if (linea.isBlank() || linea.startsWith("#")) {
					continue;
				}
				String[] campos = linea.split(";", -1);
				if (encabezado == null) {
					encabezado = campos;
					continue;
				}
				if (campos.length != encabezado.length) {
					throw new IllegalStateException(
							"Fila con " + campos.length + " columnas en " + recurso + ": " + linea);
				}
				Map<String, String> fila = new HashMap<>();
				for (int i = 0; i < campos.length; i++) {
					fila.put(encabezado[i].trim(), campos[i].trim());
				}
				filas.add(fila);
			}
			return filas;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
