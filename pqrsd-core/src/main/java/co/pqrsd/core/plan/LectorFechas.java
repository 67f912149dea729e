package co.pqrsd.core.plan;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.pqrsd.core.comun.ErrorDominio;

/**
 * Reads the Spanish due dates written in municipal plans ("30 de junio", "1 de julio - 31
 * de diciembre", "Mensual, cinco primeros días del mes siguiente", "Permanente",
 * "Trimestral", "A 31 de diciembre de 2023", "Enero a diciembre", "30 de Abril 30 de
 * Agosto 30 de Diciembre", ISO dates…) into a {@link FechaCumplimiento}.
 * <p>
 * Rules: a date without a year belongs to the vigencia, and a date earlier in the year
 * than the one before it in the same cell rolls into the next year ("10 de mayo 10 de
 * septiembre 10 de enero" ends in January of the next year). Two dates with no word
 * between them are a range when the first is the 1st of a month ("1 de enero 30 de
 * junio"), otherwise two due dates. Case, accents and a missing "de" do not matter. A
 * text that cannot be read is refused with the reason, never dropped.
 */
public final class LectorFechas {

	private static final String[] MESES = { "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
			"septiembre", "octubre", "noviembre", "diciembre" };

	private static final String MES = "(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)";

	private static final String NUMERO = "(\\d{1,2}|un|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince|veinte)";

	private static final Pattern PERIODICO = Pattern.compile(
			"^(mensual|bimestral|trimestral|cuatrimestral|semestral|anual)(?:es)?(?:mente)?\\b(?:\\s*[,;:-]?\\s*(.*))?$");

	private static final Pattern CADA = Pattern
		.compile("^cada\\s+(mes|ano|" + NUMERO + "\\s+meses)(?:\\s*[,;:-]?\\s*(.*))?$");

	private static final Pattern PLAZO = Pattern
		.compile("^(?:(?:dentro de|en)\\s+)?(?:los\\s+)?(?:" + NUMERO + "\\s+primeros|primeros\\s+" + NUMERO
				+ ")\\s+dias(\\s+habiles)?\\s+(?:de|del)\\s+(?:cada\\s+)?mes\\s+siguiente$");

	private static final Pattern PERMANENTE = Pattern.compile(
			"^(permanente(mente)?|continu[ao]|continuamente|a demanda|cada vez que .*|cuando se requiera.*|segun (se )?(requiera|necesidad|demanda).*)$");

	private static final Pattern TODO_EL_ANIO = Pattern
		.compile("^((durante\\s+)?(toda\\s+)?la vigencia(\\s+\\d{4})?|todo el ano|anualidad)$");

	private static final Pattern ORDINAL = Pattern.compile(
			"^(primer|segundo|tercer|cuarto)\\s+(trimestre|cuatrimestre|semestre)(?:\\s+(?:de|del)\\s+(?:ano\\s+)?(\\d{4}))?$");

	private static final Pattern RANGO_MESES = Pattern.compile("^(?:de\\s+|desde\\s+)?" + MES
			+ "(?:\\s+(?:de|del)\\s+(\\d{4}))?\\s*(?:a|al|-|hasta)\\s*" + MES + "(?:\\s+(?:de|del)\\s+(\\d{4}))?$");

	private static final Pattern UN_MES = Pattern.compile(
			"^(?:en\\s+|durante\\s+|mes de\\s+)?(?:el\\s+mes\\s+de\\s+)?" + MES + "(?:\\s+(?:de|del)\\s+(\\d{4}))?$");

	private static final Pattern FECHA = Pattern.compile("(\\d{1,2})\\s*(?:de\\s+)?" + MES
			+ "(?:\\s+(?:de|del)\\s+(?:ano\\s+)?(\\d{4}))?|(\\d{4})-(\\d{1,2})-(\\d{1,2})|(\\d{1,2})/(\\d{1,2})/(\\d{4})");

	private static final Pattern TILDES = Pattern.compile("\\p{M}");

	private static final Pattern ESPACIOS = Pattern.compile("\\s+");

	private static final Pattern PUNTO_FINAL = Pattern.compile("[.\\s]+$");

	private static final Set<String> INICIO = Set.of("", "a", "al", "el", "hasta", "hasta el", "antes del", "antes de",
			"a mas tardar el", "a mas tardar", "desde", "desde el", "del", "de", "entre el", "entre");

	private static final Set<String> CONECTOR_RANGO = Set.of("-", "a", "al", "hasta", "hasta el");

	private static final Set<String> CONECTOR_LISTA = Set.of("y", ",", ";", "/", ", y", "-");

	private LectorFechas() {
	}

	/**
	 * @param texto the cell as written, may be blank
	 * @param vigencia the plan's year, for dates written without a year
	 * @return the date(s), never {@code null}
	 * @throws ErrorDominio {@code FECHA_ILEGIBLE} with the reason in Spanish
	 */
	public static FechaCumplimiento leer(String texto, int vigencia) {
		String t = normalizar(texto);
		if (t.isEmpty()) {
			throw ilegible(texto, "la fecha de cumplimiento está vacía");
		}
		Matcher m = PERIODICO.matcher(t);
		if (m.matches()) {
			return recurrencia(texto, periodicidad(m.group(1)), vigencia, m.group(2));
		}
		m = CADA.matcher(t);
		if (m.matches()) {
			int meses = m.group(1).equals("mes") ? 1 : m.group(1).equals("ano") ? 12 : numero(m.group(2));
			if (!Set.of(1, 2, 3, 4, 6, 12).contains(meses)) {
				throw ilegible(texto, "una periodicidad de " + meses + " meses no divide el año en periodos iguales");
			}
			return recurrencia(texto, Periodicidad.deMeses(meses), vigencia, m.group(3));
		}
		if (PERMANENTE.matcher(t).matches()) {
			return new Recurrencia(texto, Periodicidad.PERMANENTE, vigencia, 0, false);
		}
		if (TODO_EL_ANIO.matcher(t).matches()) {
			return new FechaCumplimiento.Rango(texto, LocalDate.of(vigencia, 1, 1), LocalDate.of(vigencia, 12, 31));
		}
		m = ORDINAL.matcher(t);
		if (m.matches()) {
			int meses = switch (m.group(2)) {
				case "trimestre" -> 3;
				case "cuatrimestre" -> 4;
				default -> 6;
			};
			int orden = List.of("primer", "segundo", "tercer", "cuarto").indexOf(m.group(1)) + 1;
			if (orden * meses > 12) {
				throw ilegible(texto, "el año no tiene " + m.group(1) + " " + m.group(2));
			}
			int anio = m.group(3) == null ? vigencia : Integer.parseInt(m.group(3));
			return new FechaCumplimiento.Rango(texto, YearMonth.of(anio, (orden - 1) * meses + 1).atDay(1),
					YearMonth.of(anio, orden * meses).atEndOfMonth());
		}
		m = RANGO_MESES.matcher(t);
		if (m.matches()) {
			int anioDesde = m.group(2) == null ? vigencia : Integer.parseInt(m.group(2));
			int mesDesde = mes(m.group(1));
			int mesHasta = mes(m.group(3));
			int anioHasta = m.group(4) != null ? Integer.parseInt(m.group(4))
					: mesHasta < mesDesde ? anioDesde + 1 : anioDesde;
			return rango(texto, YearMonth.of(anioDesde, mesDesde).atDay(1),
					YearMonth.of(anioHasta, mesHasta).atEndOfMonth());
		}
		m = UN_MES.matcher(t);
		if (m.matches()) {
			YearMonth mes = YearMonth.of(m.group(2) == null ? vigencia : Integer.parseInt(m.group(2)), mes(m.group(1)));
			return new FechaCumplimiento.Rango(texto, mes.atDay(1), mes.atEndOfMonth());
		}
		return fechas(texto, t, vigencia);
	}

	private static FechaCumplimiento fechas(String texto, String t, int vigencia) {
		Matcher m = FECHA.matcher(t);
		List<LocalDate> fechas = new ArrayList<>();
		List<String> separadores = new ArrayList<>();
		int fin = 0;
		LocalDate anterior = null;
		while (m.find()) {
			separadores.add(t.substring(fin, m.start()).trim());
			fin = m.end();
			LocalDate fecha = fecha(texto, m, vigencia, anterior);
			fechas.add(fecha);
			anterior = fecha;
		}
		String cola = t.substring(fin).trim();
		if (fechas.isEmpty()) {
			throw ilegible(texto, "no se reconoce ninguna fecha, periodicidad ni la palabra «Permanente»");
		}
		if (!cola.isEmpty()) {
			throw ilegible(texto, "no se entiende «" + cola + "» después de la fecha");
		}
		String inicio = separadores.get(0);
		if (!INICIO.contains(inicio)) {
			throw ilegible(texto, "no se entiende «" + inicio + "» antes de la fecha");
		}
		if (fechas.size() == 1) {
			return new FechaCumplimiento.Unica(texto, fechas.get(0));
		}
		List<String> entre = separadores.subList(1, separadores.size());
		if (fechas.size() == 2) {
			String s = entre.get(0);
			boolean abierto = Set.of("desde", "desde el", "del", "de", "entre", "entre el").contains(inicio);
			if (CONECTOR_RANGO.contains(s) || abierto && Set.of("y", "y el", "").contains(s)
					|| s.isEmpty() && fechas.get(0).getDayOfMonth() == 1) {
				return rango(texto, fechas.get(0), fechas.get(1));
			}
		}
		for (String s : entre) {
			if (!s.isEmpty() && !CONECTOR_LISTA.contains(s)) {
				throw ilegible(texto, "no se entiende «" + s + "» entre las fechas");
			}
		}
		return new FechaCumplimiento.Varias(texto, fechas);
	}

	private static LocalDate fecha(String texto, Matcher m, int vigencia, LocalDate anterior) {
		int dia;
		int mes;
		Integer anio;
		if (m.group(1) != null) {
			dia = Integer.parseInt(m.group(1));
			mes = mes(m.group(2));
			anio = m.group(3) == null ? null : Integer.valueOf(m.group(3));
		}
		else if (m.group(4) != null) {
			anio = Integer.valueOf(m.group(4));
			mes = Integer.parseInt(m.group(5));
			dia = Integer.parseInt(m.group(6));
		}
		else {
			dia = Integer.parseInt(m.group(7));
			mes = Integer.parseInt(m.group(8));
			anio = Integer.valueOf(m.group(9));
		}
		if (anio == null) {
			anio = anterior == null ? vigencia : anterior.getYear();
			if (anterior != null && valido(mes, dia) && MonthDay.of(mes, dia).isBefore(MonthDay.from(anterior))) {
				anio = anio + 1;
			}
		}
		try {
			return LocalDate.of(anio, mes, dia);
		}
		catch (DateTimeException e) {
			throw ilegible(texto, "el " + dia + (mes >= 1 && mes <= 12 ? " de " + MESES[mes - 1] : " del mes " + mes)
					+ " de " + anio + " no existe");
		}
	}

	private static boolean valido(int mes, int dia) {
		return mes >= 1 && mes <= 12 && dia >= 1 && dia <= YearMonth.of(2024, mes).lengthOfMonth();
	}

	private static FechaCumplimiento rango(String texto, LocalDate desde, LocalDate hasta) {
		if (hasta.isBefore(desde)) {
			throw ilegible(texto, "el rango termina antes de empezar");
		}
		return new FechaCumplimiento.Rango(texto, desde, hasta);
	}

	private static Recurrencia recurrencia(String texto, Periodicidad periodicidad, int vigencia, String resto) {
		if (resto == null || resto.isBlank()) {
			return new Recurrencia(texto, periodicidad, vigencia, 0, false);
		}
		Matcher p = PLAZO.matcher(resto.trim());
		if (p.matches()) {
			int dias = numero(p.group(1) != null ? p.group(1) : p.group(2));
			if (dias < 1 || dias > 28) {
				throw ilegible(texto, "el plazo de " + dias + " días dentro del mes siguiente no es válido");
			}
			return new Recurrencia(texto, periodicidad, vigencia, dias, p.group(3) != null);
		}
		// Unknown detail after the periodicity: the recurrence is kept with its text, due
		// at each period's end.
		return new Recurrencia(texto, periodicidad, vigencia, 0, false);
	}

	private static Periodicidad periodicidad(String palabra) {
		return Periodicidad.valueOf(palabra.toUpperCase(Locale.ROOT));
	}

	private static int mes(String nombre) {
		return nombre.equals("setiembre") ? 9 : List.of(MESES).indexOf(nombre) + 1;
	}

	private static int numero(String palabra) {
		return switch (palabra) {
			case "un", "uno" -> 1;
			case "dos" -> 2;
			case "tres" -> 3;
			case "cuatro" -> 4;
			case "cinco" -> 5;
			case "seis" -> 6;
			case "siete" -> 7;
			case "ocho" -> 8;
			case "nueve" -> 9;
			case "diez" -> 10;
			case "quince" -> 15;
			case "veinte" -> 20;
			default -> Integer.parseInt(palabra);
		};
	}

	static String normalizar(String texto) {
		String sinTildes = TILDES.matcher(Normalizer.normalize(texto, Normalizer.Form.NFD)).replaceAll("");
		return sinTildes.toLowerCase(Locale.ROOT)
			.replace('–', '-')
			.replace('—', '-')
			.transform(t -> ESPACIOS.matcher(t).replaceAll(" "))
			.transform(t -> PUNTO_FINAL.matcher(t).replaceAll(""))
			.trim();
	}

	/**
	 * @return e.g. "30 de junio de 2023".
	 */
	static String escribir(LocalDate fecha) {
		return fecha.getDayOfMonth() + " de " + MESES[fecha.getMonthValue() - 1] + " de " + fecha.getYear();
	}

	private static ErrorDominio ilegible(String texto, String motivo) {
		return new ErrorDominio("FECHA_ILEGIBLE",
				"No se pudo leer la fecha de cumplimiento «" + texto.strip() + "»: " + motivo + ".",
				Map.of("texto", texto));
	}

}
