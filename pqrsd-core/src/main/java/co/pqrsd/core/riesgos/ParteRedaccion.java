package co.pqrsd.core.riesgos;

/**
 * The four parts of a corruption risk statement (Guía para la gestión del riesgo de
 * corrupción, 2015, and Guía DAFP v5/v6): acción u omisión + uso del poder + desviación
 * de la gestión de lo público + beneficio privado.
 */
public enum ParteRedaccion {

	ACCION_U_OMISION("Acción u omisión",
			"Describa qué se hace o se deja de hacer (por ejemplo, «Omitir la verificación de requisitos»)."),

	USO_DEL_PODER("Uso del poder",
			"Diga qué poder, cargo o función se usa (por ejemplo, «aprovechando la facultad de aprobar pagos»)."),

	DESVIACION_DE_LO_PUBLICO("Desviación de la gestión de lo público",
			"Diga qué gestión pública se desvía de su fin (por ejemplo, «en la adjudicación de contratos de obra»)."),

	BENEFICIO_PRIVADO("Beneficio privado",
			"Diga quién obtiene el beneficio privado (por ejemplo, «para favorecer a un tercero»).");

	private final String nombre;

	private final String guia;

	ParteRedaccion(String nombre, String guia) {
		this.nombre = nombre;
		this.guia = guia;
	}

	/**
	 * @return the Spanish name of the part.
	 */
	public String nombre() {
		return nombre;
	}

	/**
	 * @return a Spanish hint telling the user how to write the part.
	 */
	public String guia() {
		return guia;
	}

}
