package co.pqrsd.core.archivo.indice;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import co.pqrsd.core.comun.ErrorDominio;

/**
 * The índice electrónico of an expediente (R-EXP-2: foliado electrónico = índice
 * electrónico firmado; R-EXP-3 fields). Entries are in order 1..n without gaps and their
 * pages are cumulative: each document starts on the page after the previous one ends.
 */
public record IndiceElectronico(CabeceraIndice cabecera, List<EntradaIndice> entradas) {

	/**
	 * The hash function named in every entry and used for the index itself (R-EXP-3 #7).
	 */
	public static final String FUNCION_RESUMEN = "SHA-256";

	public IndiceElectronico {
		entradas = List.copyOf(entradas);
		int paginaEsperada = 1;
		for (int i = 0; i < entradas.size(); i++) {
			EntradaIndice e = entradas.get(i);
			// R-EXP-3 #8: orden 1..n without gaps; R-EXP-5: never re-numbered.
			if (e.orden() != i + 1) {
				throw new ErrorDominio("INDICE_ORDEN_INVALIDO", "El índice tiene un salto en el orden: se esperaba "
						+ (i + 1) + " y se encontró " + e.orden() + ".", Map.of("orden", e.orden()));
			}
			// R-EXP-3 #9-10: cumulative pagination, next document starts at previous end
			// + 1.
			if (e.paginaInicio() != paginaEsperada) {
				throw new ErrorDominio("INDICE_PAGINACION_INVALIDA",
						"El documento " + e.orden() + " debería empezar en la página " + paginaEsperada + ".",
						Map.of("orden", e.orden()));
			}
			paginaEsperada = e.paginaFin() + 1;
		}
	}

	/**
	 * @return the pages of the next document to incorporate, given its page count.
	 */
	public static int[] paginasSiguiente(List<EntradaIndice> previas, int paginas) {
		int inicio = previas.isEmpty() ? 1 : previas.get(previas.size() - 1).paginaFin() + 1;
		return new int[] { inicio, inicio + Math.max(1, paginas) - 1 };
	}

	public int totalPaginas() {
		return entradas.isEmpty() ? 0 : entradas.get(entradas.size() - 1).paginaFin();
	}

	public long totalBytes() {
		return entradas.stream().mapToLong(EntradaIndice::tamano).sum();
	}

	/**
	 * The canonical text the index's own hash is computed on: one line for the expediente
	 * and one per entry, fields separated by '|', dates ISO-8601, instants in UTC.
	 * Anything that changes a field of the index changes the hash.
	 */
	public String textoCanonico() {
		StringBuilder sb = new StringBuilder();
		CabeceraIndice c = cabecera;
		sb.append("EXPEDIENTE|")
			.append(String.join("|", c.expediente(), c.dependencia(), c.codigoTrd(), fecha(c.fechaApertura())))
			.append('\n');
		for (EntradaIndice e : entradas) {
			sb.append(e.orden())
				.append('|')
				.append(e.documentoId())
				.append('|')
				.append(limpio(e.nombre()))
				.append('|')
				.append(limpio(e.tipologia()))
				.append('|')
				.append(fecha(e.fechaCreacion()))
				.append('|')
				.append(e.fechaIncorporacion())
				.append('|')
				.append(e.huella())
				.append('|')
				.append(e.funcionResumen())
				.append('|')
				.append(e.paginaInicio())
				.append('|')
				.append(e.paginaFin())
				.append('|')
				.append(limpio(e.formato()))
				.append('|')
				.append(e.tamano())
				.append('|')
				.append(e.origen().name())
				.append('\n');
		}
		return sb.toString();
	}

	/**
	 * @return the index's own hash: SHA-256 (hex) of {@link #textoCanonico()}.
	 */
	public String huella() {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha.digest(textoCanonico().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String fecha(LocalDate fecha) {
		return fecha.format(DateTimeFormatter.ISO_LOCAL_DATE);
	}

	private static String limpio(String texto) {
		return texto.replace('|', '/').replace('\n', ' ').replace('\r', ' ');
	}

}
