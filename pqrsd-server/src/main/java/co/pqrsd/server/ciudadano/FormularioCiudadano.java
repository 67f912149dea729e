package co.pqrsd.server.ciudadano;

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
