package co.pqrsd.core.radicacion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.pqrsd.core.comun.ErrorDominio;

/**
 * The format of radicado numbers, as a pattern of tokens: {@code {AAAA}} year,
 * {@code {DEP}} radicating dependencia, {@code {T}} type digit, {@code {N:k}} consecutive
 * padded to k digits; anything else is literal. The counter's scope is everything but the
 * consecutive, so each (year, type[, dependencia]) has its own gapless sequence that
 * restarts every year (AGN Acuerdo 060 de 2001, art. 5).
 * <p>
 * The default {@code {AAAA}{DEP}{N:6}{T}} is Orfeo's: 2026 + 100 + 000001 + 2 =
 * 20261000000012.
 */
public final class PatronNumeracion {

	public static final String ORFEO = "{AAAA}{DEP}{N:6}{T}";

	private static final Pattern TOKEN = Pattern.compile("\\{(AAAA|DEP|T|N:(\\d+))}");

	private final String patron;

	private final List<Object> partes = new ArrayList<>();

	private final int digitosConsecutivo;

	private final boolean usaDependencia;

	/**
	 * @throws ErrorDominio {@code PATRON_NUMERACION_INVALIDO} when the pattern cannot
	 * yield unique yearly numbers
	 */
	public PatronNumeracion(String patron) {
		this.patron = patron;
		Matcher m = TOKEN.matcher(patron);
		int fin = 0;
		int digitos = 0;
		int consecutivos = 0;
		boolean anio = false;
		boolean tipo = false;
		boolean dep = false;
		while (m.find()) {
			if (m.start() > fin) {
				partes.add(patron.substring(fin, m.start()));
			}
			String token = m.group(1);
			if (token.startsWith("N:")) {
				digitos = Integer.parseInt(m.group(2));
				consecutivos++;
			}
			anio |= token.equals("AAAA");
			tipo |= token.equals("T");
			dep |= token.equals("DEP");
			partes.add(new Token(token));
			fin = m.end();
		}
		if (fin < patron.length()) {
			partes.add(patron.substring(fin));
		}
		String literal = String.join("",
				partes.stream().filter(String.class::isInstance).map(String.class::cast).toList());
		if (consecutivos != 1 || digitos < 3 || digitos > 12 || !anio || !tipo || literal.contains("{")
				|| literal.contains("}")) {
			throw new ErrorDominio("PATRON_NUMERACION_INVALIDO",
					"El patrón de numeración '" + patron
							+ "' debe incluir una vez {AAAA}, {T} y {N:k} (k entre 3 y 12); {DEP} es opcional.",
					Map.of("patron", patron));
		}
		this.digitosConsecutivo = digitos;
		this.usaDependencia = dep;
	}

	public String patron() {
		return patron;
	}

	public boolean usaDependencia() {
		return usaDependencia;
	}

	/**
	 * @return the largest consecutive the pattern can hold (999999 for {N:6}).
	 */
	public long maximo() {
		return (long) Math.pow(10, digitosConsecutivo) - 1;
	}

	/**
	 * @return the counter's scope: the number without its consecutive (year, type and
	 * dependencia when present).
	 */
	public String alcance(int anio, String dependencia, TipoRadicado tipo) {
		return construir(anio, dependencia, tipo, null);
	}

	/**
	 * @return the formatted number
	 * @throws ErrorDominio {@code NUMERACION_AGOTADA} when the consecutive no longer fits
	 * the pattern
	 */
	public String formatear(int anio, String dependencia, TipoRadicado tipo, long consecutivo) {
		if (consecutivo < 1 || consecutivo > maximo()) {
			throw new ErrorDominio(
					"NUMERACION_AGOTADA", "El consecutivo " + consecutivo + " no cabe en el patrón " + patron
							+ " (máximo " + maximo() + "). Amplíe el número de dígitos del consecutivo.",
					Map.of("consecutivo", consecutivo));
		}
		return construir(anio, dependencia, tipo, consecutivo);
	}

	private String construir(int anio, String dependencia, TipoRadicado tipo, Long consecutivo) {
		StringBuilder sb = new StringBuilder(24);
		for (Object parte : partes) {
			if (parte instanceof Token t) {
				switch (t.nombre()) {
					case "AAAA" -> sb.append(String.format("%04d", anio));
					case "DEP" -> sb.append(dependencia);
					case "T" -> sb.append(tipo.digito());
					default -> sb.append(
							consecutivo == null ? "·" : String.format("%0" + digitosConsecutivo + "d", consecutivo));
				}
			}
			else {
				sb.append(parte);
			}
		}
		return sb.toString();
	}

	private record Token(String nombre) {
	}

}
