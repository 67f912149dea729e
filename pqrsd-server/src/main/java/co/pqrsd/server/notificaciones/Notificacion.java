package co.pqrsd.server.notificaciones;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Something to tell some users.
 *
 * @param clave stable key: each user receives a key at most once
 * @param usuarios the recipients' usernames
 * @param asunto short Spanish subject (the mail's subject, the bell's line)
 * @param texto Spanish body
 * @param enlace path inside the application to open (e.g. {@code /pqrsd/casos/...}),
 * {@code null} for none
 */
public record Notificacion(String clave, Set<String> usuarios, String asunto, String texto, @Nullable String enlace) {

	public Notificacion {
		usuarios = Set.copyOf(usuarios);
		if (clave.isBlank() || asunto.isBlank()) {
			throw new IllegalArgumentException("Clave y asunto son obligatorios");
		}
	}

}
