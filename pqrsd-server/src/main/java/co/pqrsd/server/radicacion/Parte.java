package co.pqrsd.server.radicacion;

import org.jspecify.annotations.Nullable;

/**
 * A sender or addressee as registered with a radicado. When the reader may not see
 * personal data (Ley 1581 de 2012), the document number is masked and contact data are
 * left out ({@code datosProtegidos} true).
 */
record Parte(boolean anonimo, @Nullable TipoPersona tipoPersona, @Nullable TipoDocumentoIdentidad tipoDocumento,
		@Nullable String numeroDocumento, @Nullable String nombre, @Nullable String direccion,
		@Nullable String municipio, @Nullable String correo, @Nullable String telefono, boolean datosProtegidos) {

	static Parte anonima() {
		return new Parte(true, null, null, null, "Anónimo", null, null, null, null, false);
	}

	static Parte de(SolicitudRadicacion.Parte p) {
		if (p.esAnonimo()) {
			return anonima();
		}
		return new Parte(false, p.tipoPersona() == null ? TipoPersona.NATURAL : p.tipoPersona(), p.tipoDocumento(),
				limpio(p.numeroDocumento()), limpio(p.nombre()), limpio(p.direccion()), limpio(p.municipio()),
				limpio(p.correo()), limpio(p.telefono()), false);
	}

	/**
	 * @return the same party with its personal data hidden.
	 */
	Parte protegida() {
		if (anonimo) {
			return this;
		}
		String mascara = numeroDocumento == null || numeroDocumento.length() < 4 ? null
				: "•".repeat(numeroDocumento.length() - 3) + numeroDocumento.substring(numeroDocumento.length() - 3);
		return new Parte(false, tipoPersona, tipoDocumento, mascara, nombre, null, municipio, null, null, true);
	}

	boolean identificada() {
		return tipoDocumento != null && numeroDocumento != null;
	}

	private static @Nullable String limpio(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
