package co.pqrsd.server.radicacion;

/** Lets tests in other packages use the ventanilla's test data. */
public final class VentanillaPublica {

	public static final String CLAVE = Ventanilla.CLAVE;

	private VentanillaPublica() {
	}

	public static void preparar(int puerto) {
		Ventanilla.preparar(puerto);
	}

	public static byte[] pdf(String texto) {
		return Ventanilla.pdf(texto);
	}

}
