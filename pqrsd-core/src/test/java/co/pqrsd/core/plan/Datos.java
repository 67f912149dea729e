package co.pqrsd.core.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import co.pqrsd.core.calendario.CalendarioFestivos;
import co.pqrsd.core.calendario.CalendarioHabil;
import co.pqrsd.core.calendario.FestivosNacionales;
import co.pqrsd.core.calendario.JornadaLaboral;

/** Shared test data: the national calendar, a CSV reader and activity builders. */
final class Datos {

	static final CalendarioHabil CALENDARIO = new CalendarioHabil(new CalendarioFestivos(FestivosNacionales.reglas()),
			JornadaLaboral.predeterminada(), List.of());

	static final Plantilla PAAC = Plantillas.porCodigo("PAAC_V2");

	private Datos() {
	}

	/** Test-data builder of an activity. */
	static final class UnaActividad {

		private String codigo = "1.1";

		private String componente = "PAAC_1";

		private String meta = "1";

		private String fecha = "30 de junio";

		private int vigencia = 2024;

		private BigDecimal peso = BigDecimal.ONE;

		static UnaActividad conCodigo(String codigo) {
			UnaActividad a = new UnaActividad();
			a.codigo = codigo;
			return a;
		}

		UnaActividad enComponente(String componente) {
			this.componente = componente;
			return this;
		}

		UnaActividad conMeta(String meta) {
			this.meta = meta;
			return this;
		}

		UnaActividad para(String fecha) {
			this.fecha = fecha;
			return this;
		}

		UnaActividad conPeso(int peso) {
			this.peso = BigDecimal.valueOf(peso);
			return this;
		}

		Actividad build() {
			return new Actividad(codigo, componente, "Estrategia", "Objetivo", "Actividad " + codigo, "Indicador",
					Meta.leer(meta), LectorFechas.leer(fecha, vigencia), "Oficina de Control Interno", peso);
		}

	}

	/**
	 * Reads an RFC 4180 CSV (comma, double quotes, cells with line breaks) from the test
	 * resources; lines starting with '#' are comments.
	 */
	static List<List<String>> csv(String recurso) {
		String texto;
		try (InputStream in = Datos.class.getResourceAsStream(recurso)) {
			texto = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		List<List<String>> filas = new ArrayList<>();
		List<String> fila = new ArrayList<>();
		StringBuilder celda = new StringBuilder();
		boolean comillas = false;
		boolean inicioDeLinea = true;
		for (int i = 0; i < texto.length(); i++) {
			char c = texto.charAt(i);
			if (inicioDeLinea && c == '#') {
				i = texto.indexOf('\n', i);
				if (i < 0) {
					break;
				}
				continue;
			}
			inicioDeLinea = false;
			if (comillas) {
				if (c == '"' && i + 1 < texto.length() && texto.charAt(i + 1) == '"') {
					celda.append('"');
					i++;
				}
				else if (c == '"') {
					comillas = false;
				}
				else {
					celda.append(c);
				}
			}
			else if (c == '"') {
				comillas = true;
			}
			else if (c == ',') {
				fila.add(celda.toString());
				celda.setLength(0);
			}
			else if (c == '\n') {
				fila.add(celda.toString());
				celda.setLength(0);
				filas.add(fila);
				fila = new ArrayList<>();
				inicioDeLinea = true;
			}
			else if (c != '\r') {
				celda.append(c);
			}
		}
		if (!fila.isEmpty() || celda.length() > 0) {
			fila.add(celda.toString());
			filas.add(fila);
		}
		return filas;
	}

}
