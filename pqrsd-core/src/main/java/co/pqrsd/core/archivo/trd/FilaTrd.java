package co.pqrsd.core.archivo.trd;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * One row of a TRD: an oficina productora's serie (and subserie) with its ordered tipos
 * documentales, support, retention years in the Archivo de Gestión (AG) and Central (AC),
 * final disposition and procedure (domain-rules.md §4.2).
 *
 * @param dependencia the oficina productora's code (sección or subsección of the CCD)
 * @param muestreo the sampling rule of a selección, taken from the procedure
 * @param eventoInicio the event that starts the retention count: {@code CIERRE} (cierre
 * del expediente, R-TRD-3) or another dated event named in the procedure (R-TRD-4)
 */
public record FilaTrd(String dependencia, String serieCodigo, @Nullable String subserieCodigo, String serieNombre,
		@Nullable String subserieNombre, List<String> tipos, Soporte soporte, int retencionAg, int retencionAc,
		Disposicion disposicion, @Nullable String muestreo, String procedimiento, String eventoInicio) {

	/** The default start of the retention count (R-TRD-3). */
	public static final String CIERRE = "CIERRE";

	private static final Pattern MUESTREO = Pattern.compile("(?i)muestreo\\s*:\\s*([^\\n]+)");

	private static final Pattern EVENTO = Pattern
		.compile("(?i)inicio\\s+de\\s+(?:la\\s+)?retenci[oó]n\\s*:\\s*([A-Za-z_]{1,40})");

	public FilaTrd {
		tipos = List.copyOf(tipos);
	}

	/**
	 * @return the stable hierarchical code, dependencia.serie[.subserie].
	 */
	public String codigo() {
		return dependencia + "." + serieCodigo + (subserieCodigo == null ? "" : "." + subserieCodigo);
	}

	/**
	 * @return the subserie's name, or the serie's when the row has no subserie.
	 */
	public String nombre() {
		return subserieNombre != null ? subserieNombre : serieNombre;
	}

	/**
	 * @return the sampling rule written in a procedure as «Muestreo: …», or null.
	 */
	public static @Nullable String muestreoDe(String procedimiento) {
		Matcher m = MUESTREO.matcher(procedimiento);
		return m.find() ? m.group(1).trim() : null;
	}

	/**
	 * @return the start event named in a procedure as «Inicio de la retención: EVENTO»,
	 * else {@link #CIERRE}.
	 */
	public static String eventoDe(String procedimiento) {
		Matcher m = EVENTO.matcher(procedimiento);
		return m.find() ? m.group(1).toUpperCase(Locale.ROOT) : CIERRE;
	}

}
