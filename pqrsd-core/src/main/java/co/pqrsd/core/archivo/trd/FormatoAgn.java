package co.pqrsd.core.archivo.trd;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The AGN layout of a TRD as municipalities publish it (domain-rules.md §4.2): one sheet
 * per oficina productora with a header (entidad, oficina productora and its code), the
 * column heads repeated on every printed page, then the code columns D, S, Sb, the name
 * of each serie, subserie and, beneath it, its tipos documentales, the support marked
 * with X in F/E, the retention years AG/AC, the disposition marked with X in CT/E/M/D/S
 * and the procedure. Cells of a serie are merged down over its tipos. A flat CSV carries
 * the same data, one TRD row per line.
 */
public final class FormatoAgn {

	/** Columns of a sheet (0-based). */
	public static final int D = 0, S = 1, SB = 2, NOMBRE = 3, F = 4, E = 5, AG = 6, AC = 7, CT = 8, EL = 9, MD = 10,
			SE = 11, PROCEDIMIENTO = 12, COLUMNAS = 13;

	/** The flat CSV's header. */
	public static final List<String> CABECERA_CSV = List.of("Dependencia", "Serie", "Subserie", "Nombre de la serie",
			"Nombre de la subserie", "Tipos documentales", "F", "E", "AG", "AC", "CT", "E", "M/D", "S",
			"Procedimiento");

	/** Separator of the tipos documentales in one CSV cell. */
	public static final String SEPARADOR_TIPOS = " | ";

	private FormatoAgn() {
	}

	/** A sheet to write: its rows of cell texts and the merged regions. */
	public record Hoja(String nombre, List<List<String>> filas, List<Combinada> combinadas) {
	}

	/** A merged region, rows and columns 0-based and inclusive. */
	public record Combinada(int filaDesde, int filaHasta, int columnaDesde, int columnaHasta) {
	}

	// ---------------------------------------------------------------- writing

	/**
	 * @return the sheet of one oficina productora, rows in the given order (grouped by
	 * serie as they come)
	 */
	public static Hoja hoja(String entidad, String version, String oficina, String oficinaNombre, List<FilaTrd> filas) {
		List<List<String>> r = new ArrayList<>();
		List<Combinada> m = new ArrayList<>();
		r.add(fila("TABLA DE RETENCIÓN DOCUMENTAL"));
		m.add(new Combinada(0, 0, 0, PROCEDIMIENTO));
		r.add(fila("ENTIDAD PRODUCTORA:", "", "", entidad));
		m.add(new Combinada(1, 1, 0, 2));
		r.add(fila("OFICINA PRODUCTORA:", "", "", oficinaNombre, "", "", "", "", "CÓDIGO:", oficina));
		m.add(new Combinada(2, 2, 0, 2));
		r.add(fila("VERSIÓN:", "", "", version));
		m.add(new Combinada(3, 3, 0, 2));
		cabecera(r, m);
		String serieActual = null;
		for (FilaTrd f : filas) {
			if (f.subserieCodigo() != null && !f.serieCodigo().equals(serieActual)) {
				r.add(fila(f.dependencia(), f.serieCodigo(), "", f.serieNombre()));
			}
			serieActual = f.serieCodigo();
			int inicio = r.size();
			List<String> c = fila(f.dependencia(), f.serieCodigo(),
					f.subserieCodigo() == null ? "" : f.subserieCodigo(), f.nombre());
			c.set(F, x(f.soporte().fisico()));
			c.set(E, x(f.soporte().electronico()));
			c.set(AG, String.valueOf(f.retencionAg()));
			c.set(AC, String.valueOf(f.retencionAc()));
			c.set(CT, x(f.disposicion().ct()));
			c.set(EL, x(f.disposicion().e()));
			c.set(MD, x(f.disposicion().md()));
			c.set(SE, x(f.disposicion().s()));
			c.set(PROCEDIMIENTO, f.procedimiento());
			r.add(c);
			for (String tipo : f.tipos()) {
				r.add(fila("", "", "", tipo));
			}
			if (!f.tipos().isEmpty()) {
				int fin = r.size() - 1;
				for (int col : new int[] { D, S, SB, F, E, AG, AC, CT, EL, MD, SE, PROCEDIMIENTO }) {
					m.add(new Combinada(inicio, fin, col, col));
				}
			}
		}
		return new Hoja(oficina + " " + oficinaNombre, r, m);
	}

	private static void cabecera(List<List<String>> r, List<Combinada> m) {
		int a = r.size();
		r.add(fila("CÓDIGO", "", "", "SERIES, SUBSERIES Y TIPOS DOCUMENTALES", "SOPORTE", "", "RETENCIÓN", "",
				"DISPOSICIÓN FINAL", "", "", "", "PROCEDIMIENTO"));
		r.add(fila("D", "S", "Sb", "", "F", "E", "AG", "AC", "CT", "E", "M/D", "S", ""));
		m.add(new Combinada(a, a, D, SB));
		m.add(new Combinada(a, a + 1, NOMBRE, NOMBRE));
		m.add(new Combinada(a, a, F, E));
		m.add(new Combinada(a, a, AG, AC));
		m.add(new Combinada(a, a, CT, SE));
		m.add(new Combinada(a, a + 1, PROCEDIMIENTO, PROCEDIMIENTO));
	}

	private static String x(boolean marcada) {
		return marcada ? "X" : "";
	}

	private static List<String> fila(String... celdas) {
		List<String> f = new ArrayList<>(List.of(celdas));
		while (f.size() < COLUMNAS) {
			f.add("");
		}
		return f;
	}

	/**
	 * @return the CSV lines (header first) of the rows.
	 */
	public static List<List<String>> csv(List<FilaTrd> filas) {
		List<List<String>> r = new ArrayList<>();
		r.add(CABECERA_CSV);
		for (FilaTrd f : filas) {
			r.add(List.of(f.dependencia(), f.serieCodigo(), n(f.subserieCodigo()), f.serieNombre(),
					n(f.subserieNombre()), String.join(SEPARADOR_TIPOS, f.tipos()), x(f.soporte().fisico()),
					x(f.soporte().electronico()), String.valueOf(f.retencionAg()), String.valueOf(f.retencionAc()),
					x(f.disposicion().ct()), x(f.disposicion().e()), x(f.disposicion().md()), x(f.disposicion().s()),
					f.procedimiento()));
		}
		return r;
	}

	private static String n(@Nullable String s) {
		return s == null ? "" : s;
	}

	// ---------------------------------------------------------------- reading

	/** A serie or subserie being read, with the rows of its tipos. */
	private static final class Unidad {

		final int fila;

		final List<String> celdas;

		final String dependencia;

		final String serie;

		final @Nullable String subserie;

		final String nombre;

		final List<String> tipos = new ArrayList<>();

		boolean tieneSubseries;

		Unidad(int fila, List<String> celdas, String dependencia, String serie, @Nullable String subserie,
				String nombre) {
			this.fila = fila;
			this.celdas = celdas;
			this.dependencia = dependencia;
			this.serie = serie;
			this.subserie = subserie;
			this.nombre = nombre;
		}

		boolean conValores() {
			for (int c = F; c <= PROCEDIMIENTO; c++) {
				if (!celda(celdas, c).isEmpty()) {
					return true;
				}
			}
			return false;
		}

		String codigo() {
			return dependencia + "." + serie + (subserie == null ? "" : "." + subserie);
		}

	}

	/**
	 * Reads one sheet of the AGN layout. Cells of merged regions other than the top-left
	 * one must come empty (as POI reads them).
	 * @param hoja the sheet's name, for the report
	 * @param filas the sheet's cell texts, row by row
	 */
	public static LecturaTrd leerHoja(String hoja, List<List<String>> filas) {
		List<FilaTrd> buenas = new ArrayList<>();
		List<Rechazo> posiciones = new ArrayList<>();
		List<Rechazo> rechazos = new ArrayList<>();
		String oficina = oficina(hoja, filas);
		Unidad serie = null;
		Unidad actual = null;
		List<Unidad> unidades = new ArrayList<>();
		boolean rechazada = false;
		for (int i = 0; i < filas.size(); i++) {
			List<String> c = filas.get(i);
			int n = i + 1;
			String d = celda(c, D);
			String s = celda(c, S);
			String sb = celda(c, SB);
			String nombre = celda(c, NOMBRE);
			if (esCabecera(c) || vacia(c)) {
				continue;
			}
			if (s.isEmpty() && sb.isEmpty()) {
				if (!d.isEmpty() || nombre.isEmpty()) {
					continue; // a label or a footer (convenciones, firmas)
				}
				if (actual == null && !rechazada) {
					rechazos
						.add(new Rechazo(hoja, n, "", "Tipo documental «" + nombre + "» sin serie o subserie antes"));
				}
				else if (actual != null) {
					actual.tipos.add(nombre);
				}
				continue;
			}
			String dep = d.isEmpty() ? oficina : d;
			if (dep == null || dep.isEmpty()) {
				rechazos
					.add(new Rechazo(hoja, n, s, "Falta el código de la oficina productora (columna D o encabezado)"));
				actual = null;
				rechazada = true;
				continue;
			}
			if (oficina != null && !dep.equals(oficina)) {
				rechazos.add(new Rechazo(hoja, n, dep + "." + s, "El código de dependencia " + dep
						+ " no es el de la oficina productora de la hoja (" + oficina + ")"));
				actual = null;
				rechazada = true;
				continue;
			}
			if (s.isEmpty()) {
				rechazos.add(new Rechazo(hoja, n, dep, "Falta el código de la serie (columna S)"));
				actual = null;
				rechazada = true;
				continue;
			}
			if (nombre.isEmpty()) {
				rechazos.add(new Rechazo(hoja, n, dep + "." + s + (sb.isEmpty() ? "" : "." + sb),
						"Falta el nombre de la serie o subserie"));
				actual = null;
				rechazada = true;
				continue;
			}
			rechazada = false;
			if (sb.isEmpty()) {
				serie = new Unidad(n, c, dep, s, null, nombre);
				actual = serie;
				unidades.add(serie);
			}
			else {
				if (serie == null || !serie.serie.equals(s)) {
					rechazos.add(new Rechazo(hoja, n, dep + "." + s + "." + sb,
							"La subserie necesita antes la fila de su serie " + s + " (código S y nombre)"));
					actual = null;
					rechazada = true;
					continue;
				}
				serie.tieneSubseries = true;
				actual = new Unidad(n, c, dep, s, sb, nombre);
				unidades.add(actual);
			}
		}
		for (Unidad u : unidades) {
			if (u.subserie == null && u.tieneSubseries) {
				if (u.conValores()) {
					rechazos.add(new Rechazo(hoja, u.fila, u.codigo(),
							"Una serie con subseries lleva la retención y la disposición en cada subserie, no en la serie"));
				}
				else if (!u.tipos.isEmpty()) {
					rechazos.add(new Rechazo(hoja, u.fila, u.codigo(),
							"Los tipos documentales van bajo cada subserie, no bajo la serie"));
				}
				continue;
			}
			Unidad s = u.subserie == null ? u : buscarSerie(unidades, u);
			List<String> problemas = new ArrayList<>();
			FilaTrd f = fila(u, s.nombre, problemas);
			if (f == null) {
				rechazos.add(new Rechazo(hoja, u.fila, u.codigo(), String.join("; ", problemas)));
			}
			else {
				buenas.add(f);
				posiciones.add(new Rechazo(hoja, u.fila, f.codigo(), ""));
			}
		}
		return new LecturaTrd(buenas, posiciones, rechazos);
	}

	private static Unidad buscarSerie(List<Unidad> unidades, Unidad sub) {
		Unidad s = sub;
		for (Unidad u : unidades) {
			if (u == sub) {
				break;
			}
			if (u.subserie == null && u.serie.equals(sub.serie)) {
				s = u;
			}
		}
		return s;
	}

	private static @Nullable FilaTrd fila(Unidad u, String serieNombre, List<String> problemas) {
		List<String> c = u.celdas;
		boolean fisico = marca(c, F, "F", problemas);
		boolean electronico = marca(c, E, "E (soporte)", problemas);
		if (!fisico && !electronico && problemas.isEmpty()) {
			problemas.add("Marque el soporte con X en F (físico), E (electrónico) o ambas (híbrido)");
		}
		Integer ag = anios(c, AG, "AG", problemas);
		Integer ac = anios(c, AC, "AC", problemas);
		Disposicion disp = new Disposicion(marca(c, CT, "CT", problemas), marca(c, EL, "E (disposición)", problemas),
				marca(c, SE, "S", problemas), marca(c, MD, "M/D", problemas));
		String procedimiento = celda(c, PROCEDIMIENTO);
		String muestreo = FilaTrd.muestreoDe(procedimiento);
		disp.problema(muestreo).ifPresent(problemas::add);
		if (u.codigo().length() > 40 || !u.serie.matches("[0-9A-Za-z]{1,10}")
				|| (u.subserie != null && !u.subserie.matches("[0-9A-Za-z]{1,10}"))
				|| !u.dependencia.matches("[0-9]{1,5}")) {
			problemas.add("Código inválido: dependencia de 1 a 5 dígitos; serie y subserie de 1 a 10 letras o dígitos");
		}
		if (!problemas.isEmpty() || ag == null || ac == null) {
			if (problemas.isEmpty()) {
				problemas.add("Retención inválida");
			}
			return null;
		}
		return new FilaTrd(u.dependencia, u.serie, u.subserie, serieNombre, u.subserie == null ? null : u.nombre,
				u.tipos, Soporte.de(fisico, electronico), ag, ac, disp, disp.s() ? muestreo : null, procedimiento,
				FilaTrd.eventoDe(procedimiento));
	}

	private static boolean marca(List<String> c, int col, String nombre, List<String> problemas) {
		String v = celda(c, col);
		if (v.isEmpty()) {
			return false;
		}
		if (v.equalsIgnoreCase("x")) {
			return true;
		}
		problemas.add("La columna " + nombre + " se marca con X, no con «" + v + "»");
		return false;
	}

	private static @Nullable Integer anios(List<String> c, int col, String nombre, List<String> problemas) {
		String v = celda(c, col);
		if (v.isEmpty()) {
			problemas.add("Falta la retención en " + nombre + " (años)");
			return null;
		}
		try {
			int n = Integer.parseInt(v.replaceAll("(?i)\\s*a(ñ|n)os?$", "").trim());
			if (n < 0 || n > 200) {
				throw new NumberFormatException();
			}
			return n;
		}
		catch (NumberFormatException ex) {
			problemas
				.add("La retención en " + nombre + " debe ser un número entero de años entre 0 y 200, no «" + v + "»");
			return null;
		}
	}

	/**
	 * The oficina productora's code: after «CÓDIGO» in the header, or the sheet name's
	 * first digits.
	 */
	private static @Nullable String oficina(String hoja, List<List<String>> filas) {
		for (List<String> c : filas) {
			if (normal(celda(c, 0)).startsWith("OFICINA PRODUCTORA")) {
				for (int i = 1; i + 1 < c.size(); i++) {
					if (normal(c.get(i)).startsWith("CODIGO") && !c.get(i + 1).isBlank()) {
						return c.get(i + 1).trim();
					}
				}
			}
		}
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*([0-9]{1,5})\\b").matcher(hoja);
		return m.find() ? m.group(1) : null;
	}

	private static boolean esCabecera(List<String> c) {
		String a = normal(celda(c, 0));
		return a.equals("CODIGO") || a.equals("D") || a.startsWith("TABLA DE RETENCION") || a.startsWith("ENTIDAD")
				|| a.startsWith("OFICINA PRODUCTORA") || a.startsWith("UNIDAD ADMINISTRATIVA")
				|| a.startsWith("VERSION") || normal(celda(c, NOMBRE)).startsWith("SERIES");
	}

	private static boolean vacia(List<String> c) {
		return c.stream().allMatch(String::isBlank);
	}

	static String celda(List<String> c, int i) {
		return i < c.size() ? c.get(i).trim() : "";
	}

	private static String normal(String s) {
		return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT).trim();
	}

	/**
	 * Reads the flat CSV: a header line, then one TRD row per line.
	 * @param nombre the file's name, for the report
	 */
	public static LecturaTrd leerCsv(String nombre, List<List<String>> lineas) {
		List<FilaTrd> buenas = new ArrayList<>();
		List<Rechazo> posiciones = new ArrayList<>();
		List<Rechazo> rechazos = new ArrayList<>();
		for (int i = 0; i < lineas.size(); i++) {
			List<String> l = lineas.get(i);
			if (vacia(l) || (i == 0 && normal(celda(l, 0)).startsWith("DEPENDENCIA"))) {
				continue;
			}
			// The same cells as a sheet's row: D, S, Sb, name, then F.. procedimiento.
			List<String> c = new ArrayList<>(
					List.of(celda(l, 0), celda(l, 1), celda(l, 2), celda(l, 2).isEmpty() ? celda(l, 3) : celda(l, 4)));
			for (int k = 6; k <= 14; k++) {
				c.add(celda(l, k));
			}
			// CSV columns: F E AG AC CT E M/D S; the sheet's order is the same.
			String dep = celda(l, 0);
			String s = celda(l, 1);
			String sb = celda(l, 2);
			String codigo = dep + "." + s + (sb.isEmpty() ? "" : "." + sb);
			List<String> problemas = new ArrayList<>();
			if (dep.isEmpty() || s.isEmpty() || celda(l, 3).isEmpty() || (!sb.isEmpty() && celda(l, 4).isEmpty())) {
				problemas.add("Faltan la dependencia, la serie o el nombre de la serie (o de la subserie)");
			}
			Unidad u = new Unidad(i + 1, c, dep, s, sb.isEmpty() ? null : sb, c.get(NOMBRE));
			for (String t : celda(l, 5).split("\\s*\\|\\s*")) {
				if (!t.isBlank()) {
					u.tipos.add(t.trim());
				}
			}
			FilaTrd f = problemas.isEmpty() ? fila(u, celda(l, 3), problemas) : null;
			if (f == null) {
				rechazos.add(new Rechazo(nombre, i + 1, codigo, String.join("; ", problemas)));
			}
			else {
				buenas.add(f);
				posiciones.add(new Rechazo(nombre, i + 1, codigo, ""));
			}
		}
		return new LecturaTrd(buenas, posiciones, rechazos);
	}

	/**
	 * @return the rows grouped by oficina productora, each in its order.
	 */
	public static Map<String, List<FilaTrd>> porOficina(List<FilaTrd> filas) {
		Map<String, List<FilaTrd>> r = new LinkedHashMap<>();
		for (FilaTrd f : filas) {
			r.computeIfAbsent(f.dependencia(), k -> new ArrayList<>()).add(f);
		}
		return r;
	}

}
