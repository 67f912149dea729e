package co.pqrsd.core.plan;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The columns of a plan's activity table and how they are found: by the words of a header
 * row ("Componentes", "Estrategia, mecanismo, medida, etc.", "Actividades", "Meta",
 * "Fecha de cumplimiento", …), or in the usual order when the table has no header.
 */
final class ColumnasTabla {

	private static final Pattern SALTOS = Pattern.compile("\\s*\\R\\s*");

	private ColumnasTabla() {
	}

	/** The usual order of the columns. */
	enum Columna {

		COMPONENTE, ESTRATEGIA, OBJETIVO, ACTIVIDAD, INDICADOR, META, FECHA, RESPONSABLE

	}

	/**
	 * @return the column positions of a table without header: the usual order.
	 */
	static int[] usuales() {
		return new int[] { 0, 1, 2, 3, 4, 5, 6, 7 };
	}

	/**
	 * @return the position of each column when the row is a header, else {@code null}
	 */
	static int @Nullable [] encabezado(List<String> celdas) {
		int[] posicion = new int[Columna.values().length];
		Arrays.fill(posicion, -1);
		int reconocidas = 0;
		for (int i = 0; i < celdas.size(); i++) {
			Columna c = columna(LectorFechas.normalizar(celdas.get(i)));
			if (c != null && posicion[c.ordinal()] < 0) {
				posicion[c.ordinal()] = i;
				reconocidas++;
			}
		}
		if (reconocidas < 5 || posicion[Columna.ACTIVIDAD.ordinal()] < 0) {
			return null;
		}
		return posicion;
	}

	private static @Nullable Columna columna(String t) {
		if (t.isEmpty() || t.length() > 60) {
			return null;
		}
		if (t.startsWith("subcomponente") || t.startsWith("estrategia") || t.startsWith("mecanismo")) {
			return Columna.ESTRATEGIA;
		}
		if (t.startsWith("componente")) {
			return Columna.COMPONENTE;
		}
		if (t.startsWith("objetivo")) {
			return Columna.OBJETIVO;
		}
		if (t.startsWith("actividad")) {
			return Columna.ACTIVIDAD;
		}
		if (t.startsWith("indicador")) {
			return Columna.INDICADOR;
		}
		if (t.startsWith("meta")) {
			return Columna.META;
		}
		if (t.startsWith("fecha")) {
			return Columna.FECHA;
		}
		if (t.startsWith("responsable")) {
			return Columna.RESPONSABLE;
		}
		return null;
	}

	static Map<Columna, String> valores(List<String> celdas, int[] posicion) {
		Map<Columna, String> v = new EnumMap<>(Columna.class);
		for (Columna c : Columna.values()) {
			int p = posicion[c.ordinal()];
			v.put(c, p >= 0 && p < celdas.size() ? celdas.get(p) : "");
		}
		return v;
	}

	static String limpiar(@Nullable String celda) {
		return celda == null ? "" : SALTOS.matcher(celda.replace('\u00A0', ' ')).replaceAll(" ").strip();
	}

}
