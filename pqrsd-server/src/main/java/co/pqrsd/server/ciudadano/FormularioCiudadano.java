package co.pqrsd.server.ciudadano;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * The public web form as posted (every field optional but the object; CPACA art. 16 par.
 * 2). {@code sitioWeb} is the honeypot, hidden from people.
 */
record FormularioCiudadano(@Nullable String etiqueta, @Nullable String asunto, @Nullable String descripcion,
		@Nullable Boolean anonimo, @Nullable String tipoPersona, @Nullable String tipoDocumento,
		@Nullable String numeroDocumento, @Nullable String nombre, @Nullable String direccion,
		@Nullable String municipio, @Nullable String correo, @Nullable String telefono, @Nullable String canalRespuesta,
		@Nullable Boolean denunciaCorrupcion, @Nullable Boolean autorizaDatos, @Nullable String sitioWeb) {

	static FormularioCiudadano vacio() {
		return new FormularioCiudadano(null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null);
	}

	/**
	 * The form as posted, read from the request's parameters by name. Built here rather
	 * than by Spring's constructor binding, which re-reads the annotations of the 16
	 * constructor parameters on every request (measured: a fifth of the filing's CPU and
	 * almost half of its allocations, {@code scripts/benchmark.sh ciudadano}).
	 */
	static FormularioCiudadano de(HttpServletRequest req) {
		return new FormularioCiudadano(req.getParameter("etiqueta"), req.getParameter("asunto"),
				req.getParameter("descripcion"), booleano(req, "anonimo"), req.getParameter("tipoPersona"),
				req.getParameter("tipoDocumento"), req.getParameter("numeroDocumento"), req.getParameter("nombre"),
				req.getParameter("direccion"), req.getParameter("municipio"), req.getParameter("correo"),
				req.getParameter("telefono"), req.getParameter("canalRespuesta"), booleano(req, "denunciaCorrupcion"),
				booleano(req, "autorizaDatos"), req.getParameter("sitioWeb"));
	}

	/**
	 * A check box: the values Spring's binding takes as true or false; anything else, or
	 * nothing, is no answer.
	 */
	private static @Nullable Boolean booleano(HttpServletRequest req, String nombre) {
		String v = req.getParameter(nombre);
		if (v == null) {
			return null;
		}
		return switch (v.strip().toLowerCase(java.util.Locale.ROOT)) {
			case "true", "on", "yes", "1" -> Boolean.TRUE;
			case "false", "off", "no", "0" -> Boolean.FALSE;
			default -> null;
		};
	}

	/** Whether the citizen gave any personal datum. */
	boolean traeDatosPersonales() {
		return lleno(nombre) || lleno(numeroDocumento) || lleno(direccion) || lleno(correo) || lleno(telefono)
				|| lleno(municipio);
	}

	boolean esAnonimo() {
		return Boolean.TRUE.equals(anonimo) || !traeDatosPersonales();
	}

	static boolean lleno(@Nullable String s) {
		return s != null && !s.isBlank();
	}

	static @Nullable String limpio(@Nullable String s) {
		return lleno(s) ? s.strip() : null;
	}

}
