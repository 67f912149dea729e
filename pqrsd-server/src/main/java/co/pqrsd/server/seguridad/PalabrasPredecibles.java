package co.pqrsd.server.seguridad;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Rejects passwords built only from a predictable word plus digits or symbols
 * ({@code Alcaldia2026}, {@code Colombia.2026!}, {@code admin12345pqrsd}): the first
 * guesses of anyone attacking a municipality. Compared without case or accents.
 */
final class PalabrasPredecibles {

	private static final List<String> COMUNES = List.of("alcaldia", "municipio", "municipal", "colombia", "pqrsd",
			"admin", "administrador", "password", "contrasena", "clave", "gobierno");

	/** A remainder this short does not make a password less guessable. */
	private static final int RESTO_MINIMO = 3;

	private final List<String> palabras;

	/**
	 * @param entidad the entity's name (pqrsd.entidad.nombre): each word of four letters
	 * or more is banned, and so is the whole name
	 */
	PalabrasPredecibles(String entidad) {
		List<String> lista = new ArrayList<>(COMUNES);
		for (String palabra : normalizar(entidad).split("[^a-z]+")) {
			if (palabra.length() >= 4) {
				lista.add(palabra);
			}
		}
		String entera = letras(entidad);
		if (entera.length() >= 4) {
			lista.add(entera);
		}
		this.palabras = lista;
	}

	/**
	 * @return whether the password, without digits and symbols, is nothing but banned
	 * words (and the username).
	 */
	boolean predecible(String username, String contrasena) {
		List<String> prohibidas = new ArrayList<>(palabras);
		String usuario = letras(username);
		if (usuario.length() >= RESTO_MINIMO) {
			prohibidas.add(usuario);
		}
		prohibidas.sort(Comparator.comparingInt(String::length).reversed());
		String resto = letras(contrasena);
		for (String palabra : prohibidas) {
			resto = resto.replace(palabra, "");
		}
		return resto.length() < RESTO_MINIMO;
	}

	static String mensaje() {
		return "No debe formarse con una palabra predecible (el nombre de la entidad, del municipio, del sistema, "
				+ "del usuario o palabras como «clave») más números o símbolos.";
	}

	private static String letras(String texto) {
		return normalizar(texto).replaceAll("[^a-z]", "");
	}

	private static String normalizar(String texto) {
		return Normalizer.normalize(texto, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
	}

}
