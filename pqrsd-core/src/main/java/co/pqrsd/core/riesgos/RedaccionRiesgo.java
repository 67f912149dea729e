package co.pqrsd.core.riesgos;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import co.pqrsd.core.comun.ErrorDominio;

/**
 * A corruption risk statement written part by part, as the guided form asks for it. Blank
 * parts are allowed while the user writes; {@link #faltantes()} says which are missing
 * and {@link #exigirCompleta()} refuses an incomplete statement.
 *
 * @param accionUOmision what is done or omitted, may be blank
 * @param usoDelPoder the power, cargo or function used, may be blank
 * @param desviacion the public management that is diverted, may be blank
 * @param beneficioPrivado who gets the private benefit, may be blank
 */
public record RedaccionRiesgo(String accionUOmision, String usoDelPoder, String desviacion, String beneficioPrivado) {

	/**
	 * @return the missing parts, in statement order; empty when complete.
	 */
	public List<ParteRedaccion> faltantes() {
		List<ParteRedaccion> faltan = new ArrayList<>();
		if (accionUOmision.isBlank()) {
			faltan.add(ParteRedaccion.ACCION_U_OMISION);
		}
		if (usoDelPoder.isBlank()) {
			faltan.add(ParteRedaccion.USO_DEL_PODER);
		}
		if (desviacion.isBlank()) {
			faltan.add(ParteRedaccion.DESVIACION_DE_LO_PUBLICO);
		}
		if (beneficioPrivado.isBlank()) {
			faltan.add(ParteRedaccion.BENEFICIO_PRIVADO);
		}
		return faltan;
	}

	/**
	 * @return whether all four parts are written.
	 */
	public boolean completa() {
		return faltantes().isEmpty();
	}

	/**
	 * @throws ErrorDominio {@code REDACCION_INCOMPLETA} naming the missing parts and how
	 * to write them
	 */
	public void exigirCompleta() {
		List<ParteRedaccion> faltan = faltantes();
		if (!faltan.isEmpty()) {
			StringBuilder mensaje = new StringBuilder("A la redacción del riesgo de corrupción le falta: ");
			for (int i = 0; i < faltan.size(); i++) {
				mensaje.append(i == 0 ? "" : "; ")
					.append(faltan.get(i).nombre())
					.append(". ")
					.append(faltan.get(i).guia());
			}
			throw new ErrorDominio("REDACCION_INCOMPLETA", mensaje.toString(),
					Map.of("faltantes", faltan.stream().map(Enum::name).toList()));
		}
	}

	/**
	 * @return the statement as one sentence: "Posibilidad de …".
	 */
	public String texto() {
		String cuerpo = String.join(" ",
				Stream.of(accionUOmision, usoDelPoder, desviacion, beneficioPrivado)
					.map(String::strip)
					.filter(s -> !s.isEmpty())
					.toList());
		if (cuerpo.isEmpty()) {
			return "";
		}
		return "Posibilidad de " + Character.toLowerCase(cuerpo.charAt(0)) + cuerpo.substring(1)
				+ (cuerpo.endsWith(".") ? "" : ".");
	}

}
