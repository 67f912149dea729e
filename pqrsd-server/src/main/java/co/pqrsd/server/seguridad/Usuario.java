package co.pqrsd.server.seguridad;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** A staff user as the API shows it (never with its password hash). */
record Usuario(String username, String nombre, String email, @Nullable String cargo, boolean activo, Set<Rol> roles,
		Set<String> dependencias, @Nullable Instant bloqueadoHasta) {

	public boolean bloqueado(Instant ahora) {
		return bloqueadoHasta != null && bloqueadoHasta.isAfter(ahora);
	}

}
