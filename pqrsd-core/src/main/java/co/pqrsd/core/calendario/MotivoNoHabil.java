package co.pqrsd.core.calendario;

/**
 * Why a day is not a business day.
 *
 * @param clase weekend, holiday or entity closure
 * @param descripcion Spanish text for users, e.g. "Festivo: Reyes Magos (Ley 51 de 1983,
 * art. 1)"
 */
public record MotivoNoHabil(Clase clase, String descripcion) {

	public enum Clase {

		FIN_DE_SEMANA, FESTIVO, CIERRE

	}

}
