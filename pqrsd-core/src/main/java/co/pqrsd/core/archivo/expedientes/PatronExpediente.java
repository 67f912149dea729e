package co.pqrsd.core.archivo.expedientes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.pqrsd.core.comun.ErrorDominio;
import org.jspecify.annotations.Nullable;

/**
 * The format of expediente numbers, as a pattern of tokens like radicación's
 * ({@code co.pqrsd.core.radicacion.PatronNumeracion}): {@code {AAAA}} year of apertura,
 * {@code {DEP}} dependencia, {@code {SERIE}} and {@code {SUBSERIE}} codes (subserie
 * {@code 0} when the serie has none), {@code {N:k}} consecutive padded to k digits;
 * anything else is literal. The counter's prefix is everything but the consecutive, so
 * each (year, dependencia, serie, subserie) has its own gapless sequence.
 * <p>
 * The default {@code {AAAA}-{DEP}-{SERIE}-{SUBSERIE}-{N:4}} gives 2026-100-02-01-0001.
 */
public final class PatronExpediente {

	public static final String PREDETERMINADO = "{AAAA}-{DEP}-{SERIE}-{SUBSERIE}-{N:4}";

	private static final Pattern TOKEN = Pattern.compile("\\{(AAAA|DEP|SERIE|SUBSERIE|N:(\\d+))}");

	private final String patron;

	private final List<Object> partes = new ArrayList<>();

	private final int digitos;

	private record Token(String nombre) {
	}

	/**
	 * @throws ErrorDominio {@code PATRON_EXPEDIENTE_INVALIDO} when the pattern cannot
	 * yield unique numbers
	 */
	public PatronExpediente(String patron) {
		this.patron = patron;
		Matcher m = TOKEN.matcher(patron);
		int fin = 0;
		int d = 0;
		int consecutivos = 0;
		java.util.Set<String> vistos = new java.util.HashSet<>();
		while (m.find()) {
			if (m.start() > fin) {
				partes.add(patron.substring(fin, m.start()));
			}
			String token = m.group(1);
			if (token.startsWith("N:")) {
				d = Integer.parseInt(m.group(2));
				consecutivos++;
			}
			else {
				vistos.add(token);
			}
			partes.add(new Token(token));
			fin = m.end();
		}
		if (fin < patron.length()) {
			partes.add(patron.substring(fin));
		}
		boolean llaves = partes.stream()
			.filter(String.class::isInstance)
			.anyMatch(s -> ((String) s).matches(".*[{}].*"));
		if (consecutivos != 1 || d < 2 || d > 12 || llaves
				|| !vistos.containsAll(List.of("AAAA", "DEP", "SERIE", "SUBSERIE"))) {
			throw new ErrorDominio("PATRON_EXPEDIENTE_INVALIDO",
					"El patrón de numeración de expedientes '" + patron
							+ "' debe incluir {AAAA}, {DEP}, {SERIE}, {SUBSERIE} y una vez {N:k} (k entre 2 y 12).",
					Map.of("patron", patron));
		}
		this.digitos = d;
	}

	public String patron() {
		return patron;
	}

	/**
	 * @return the counter's prefix: the number without its consecutive.
	 */
	public String prefijo(int anio, String dependencia, String serie, @Nullable String subserie) {
		return construir(anio, dependencia, serie, subserie, null);
	}

	/**
	 * @throws ErrorDominio {@code NUMERACION_AGOTADA} when the consecutive does not fit
	 */
	public String formatear(int anio, String dependencia, String serie, @Nullable String subserie, long consecutivo) {
		long maximo = (long) Math.pow(10, digitos) - 1;
		if (consecutivo < 1 || consecutivo > maximo) {
			throw new ErrorDominio(
					"NUMERACION_AGOTADA", "El consecutivo " + consecutivo + " no cabe en el patrón " + patron
							+ " (máximo " + maximo + "). Amplíe el número de dígitos del consecutivo.",
					Map.of("consecutivo", consecutivo));
		}
		return construir(anio, dependencia, serie, subserie, consecutivo);
	}

	private String construir(int anio, String dependencia, String serie, @Nullable String subserie,
			@Nullable Long consecutivo) {
		StringBuilder sb = new StringBuilder();
		for (Object p : partes) {
			if (p instanceof Token t) {
				switch (t.nombre()) {
					case "AAAA" -> sb.append(anio);
					case "DEP" -> sb.append(dependencia);
					case "SERIE" -> sb.append(serie);
					case "SUBSERIE" -> sb.append(subserie == null ? "0" : subserie);
					default -> {
						if (consecutivo != null) {
							sb.append(String.format("%0" + digitos + "d", consecutivo));
						}
					}
				}
			}
			else {
				sb.append(p);
			}
		}
		return sb.toString();
	}

}
