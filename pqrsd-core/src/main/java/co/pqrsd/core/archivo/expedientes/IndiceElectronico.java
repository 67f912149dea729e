package co.pqrsd.core.archivo.expedientes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import co.pqrsd.core.comun.ErrorDominio;
import org.jspecify.annotations.Nullable;

/**
 * The índice electrónico of an expediente (R-EXP-2 to R-EXP-5): entries are only
 * appended, ordered 1..n without gaps, with cumulative pagination (the next document
 * starts at the previous end + 1), and the whole index has a canonical SHA-256 that seals
 * it at the cierre and lets anyone verify it.
 */
public final class IndiceElectronico {

	private IndiceElectronico() {
	}

	/**
	 * @param entradas the current índice, in order
	 * @param paginas the document's real page count (at least 1)
	 * @return the entry that follows the given ones
	 */
	public static EntradaIndice siguiente(List<EntradaIndice> entradas, String documentoId, String nombre,
			@Nullable String tipologia, @Nullable LocalDate fechaCreacion, Instant incorporacion, String sha256,
			int paginas, String formato, long tamano, OrigenDocumento origen, @Nullable String radicado) {
		if (!sha256.matches("[0-9a-f]{64}")) {
			throw new ErrorDominio("HUELLA_INVALIDA", "La huella de un documento es un SHA-256 en hexadecimal.");
		}
		int orden = entradas.size() + 1;
		int inicio = entradas.isEmpty() ? 1 : entradas.get(entradas.size() - 1).paginaFin() + 1;
		int n = Math.max(1, paginas);
		return new EntradaIndice(orden, documentoId, nombre, tipologia, fechaCreacion, incorporacion, sha256,
				EntradaIndice.SHA_256, inicio, inicio + n - 1, formato, tamano, origen, radicado);
	}

	/**
	 * @throws ErrorDominio {@code INDICE_INCONSISTENTE} when the order has gaps or the
	 * pagination is not cumulative
	 */
	public static void exigirConsistente(List<EntradaIndice> entradas) {
		int pagina = 1;
		for (int i = 0; i < entradas.size(); i++) {
			EntradaIndice e = entradas.get(i);
			if (e.orden() != i + 1 || e.paginaInicio() != pagina || e.paginaFin() < e.paginaInicio()) {
				throw new ErrorDominio("INDICE_INCONSISTENTE",
						"El índice electrónico no es consecutivo en el documento de orden " + e.orden() + ".",
						Map.of("orden", e.orden()));
			}
			pagina = e.paginaFin() + 1;
		}
	}

	/**
	 * The canonical text that is hashed: the expediente's number, then one line per entry
	 * with its fields separated by tabs (dates ISO-8601, instants in UTC, empty for
	 * missing values).
	 */
	public static String canonico(String expediente, List<EntradaIndice> entradas) {
		StringBuilder sb = new StringBuilder("indice-electronico\t").append(expediente).append('\n');
		for (EntradaIndice e : entradas) {
			sb.append(e.orden())
				.append('\t')
				.append(e.documentoId())
				.append('\t')
				.append(limpio(e.nombre()))
				.append('\t')
				.append(limpio(e.tipologia()))
				.append('\t')
				.append(e.fechaCreacion() == null ? "" : e.fechaCreacion())
				.append('\t')
				.append(e.fechaIncorporacion().truncatedTo(java.time.temporal.ChronoUnit.MILLIS))
				.append('\t')
				.append(e.sha256())
				.append('\t')
				.append(e.funcionResumen())
				.append('\t')
				.append(e.paginaInicio())
				.append('\t')
				.append(e.paginaFin())
				.append('\t')
				.append(limpio(e.formato()))
				.append('\t')
				.append(e.tamano())
				.append('\t')
				.append(e.origen())
				.append('\t')
				.append(limpio(e.radicado()))
				.append('\n');
		}
		return sb.toString();
	}

	/**
	 * @return the SHA-256 (lowercase hex) of the canonical índice.
	 */
	public static String huella(String expediente, List<EntradaIndice> entradas) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256")
					.digest(canonico(expediente, entradas).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String limpio(@Nullable String s) {
		return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
	}

}
