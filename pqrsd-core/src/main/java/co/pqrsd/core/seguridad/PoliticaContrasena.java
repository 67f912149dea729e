package co.pqrsd.core.seguridad;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Password rules for staff accounts: long enough, mixed, not the username, not a
 * well-known password.
 *
 * @param longitudMinima minimum length (default 10)
 */
public record PoliticaContrasena(int longitudMinima) {

	private static final Set<String> COMUNES = Set.of("contrasena", "contraseña", "password", "1234567890",
			"qwertyuiop", "administrador", "colombia123", "alcaldia123", "pqrsd12345", "0987654321");

	public static PoliticaContrasena predeterminada() {
		return new PoliticaContrasena(10);
	}

	/**
	 * @return the Spanish reasons why the password is not acceptable, empty when it is.
	 */
	public List<String> incumplimientos(String usuario, String contrasena) {
		List<String> errores = new ArrayList<>();
		if (contrasena.length() < longitudMinima) {
			errores.add("Debe tener al menos " + longitudMinima + " caracteres.");
		}
		if (contrasena.chars().noneMatch(Character::isLetter) || contrasena.chars().noneMatch(Character::isDigit)) {
			errores.add("Debe combinar letras y números.");
		}
		String minuscula = contrasena.toLowerCase(Locale.ROOT);
		if (!usuario.isBlank() && minuscula.contains(usuario.toLowerCase(Locale.ROOT))) {
			errores.add("No debe contener el nombre de usuario.");
		}
		if (COMUNES.contains(minuscula)) {
			errores.add("Es una contraseña demasiado común.");
		}
		return errores;
	}

}
