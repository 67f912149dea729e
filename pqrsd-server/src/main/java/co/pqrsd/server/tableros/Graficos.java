package co.pqrsd.server.tableros;

import java.util.List;

import co.pqrsd.server.riesgos.MapaRiesgos;
import org.jspecify.annotations.Nullable;

/**
 * What a dashlet view draws: SVG bar charts with their title, description and table
 * alternative, heat maps, and plain tables. Coordinates are computed here so the
 * templates only place them (viewBox 360 wide, scaled to the frame).
 */
final class Graficos {

	static final int ANCHO = 360;

	static final int ALTO_BARRA = 40;

	private Graficos() {
	}

	/**
	 * One bar: its label and value are written as text above it, the colour only repeats
	 * them.
	 *
	 * @param clave stable key for tests and integrations ({@code data-clave})
	 * @param valor the value the bar's length shows
	 * @param texto the value as read, e.g. "75,0 % · Amarillo"
	 * @param relleno fill colour
	 */
	record Barra(String clave, String etiqueta, double valor, String texto, String relleno) {

		/** Characters of 13 px text that fit in the chart's width. */
		static final int CABEN = 50;

		/**
		 * @return "etiqueta: texto", the label shortened with "…" so that the value
		 * always shows (the full label is in the bar's tooltip and in the table)
		 */
		public String rotulo() {
			String completo = etiqueta + ": " + texto;
			if (completo.length() <= CABEN) {
				return completo;
			}
			int cabe = Math.max(8, CABEN - texto.length() - 3);
			return etiqueta.substring(0, Math.min(cabe, etiqueta.length())).strip() + "…: " + texto;
		}

	}

	/**
	 * @param id element id (its title and description ids derive from it)
	 * @param maximo the value of a full bar (100 for percentages), {@code 0} for the
	 * largest value
	 */
	record GraficoBarras(String id, String titulo, String descripcion, List<Barra> barras, double maximo) {

		public int alto() {
			return Math.max(1, barras.size()) * ALTO_BARRA + 4;
		}

		public int y(int indice) {
			return indice * ALTO_BARRA;
		}

		public long ancho(Barra b) {
			double max = maximo > 0 ? maximo : barras.stream().mapToDouble(Barra::valor).max().orElse(0);
			if (max <= 0 || b.valor() <= 0) {
				return 0;
			}
			return Math.max(2, Math.round((ANCHO - 4) * Math.min(b.valor(), max) / max));
		}

	}

	/**
	 * A table: the chart's alternative (in a {@code <details>}) or the dashlet's content.
	 *
	 * @param filas each row's cells, the first one is the row header
	 * @param claves each row's key ({@code data-clave})
	 * @param visible shown as such, not folded under the chart
	 */
	record Tabla(String id, String titulo, List<String> encabezados, List<List<String>> filas, List<String> claves,
			boolean visible) {
	}

	/**
	 * A heat map as drawn: its cells with fill and text colours and the link to their
	 * risks.
	 */
	record MapaCalorVista(String id, String titulo, String descripcion, boolean residual, List<List<CeldaVista>> filas,
			List<String> impactos) {

		public int alto() {
			return filas.size() * 44 + 30;
		}

	}

	record CeldaVista(MapaRiesgos.Celda celda, int cantidad, String relleno, String colorTexto, String enlace,
			String aria) {
	}

	/**
	 * Everything a dashlet view shows.
	 *
	 * @param resumen key figures as sentences, e.g. "Avance general: 75,0 % (Amarillo)"
	 * @param vacio the sentence shown when there is nothing to draw
	 * @param enlace where the full screen of the app is (opened in the top window)
	 */
	record VistaDashlet(String nombre, String titulo, @Nullable String subtitulo, List<String> resumen,
			List<GraficoBarras> graficos, List<MapaCalorVista> mapas, List<Tabla> tablas, @Nullable String vacio,
			@Nullable String enlace, @Nullable String enlaceTexto) {
	}

}
