package co.pqrsd.core.terminos;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One legal modality's term, valid for petitions received in a date range. Rows for the
 * same modality with different ranges carry changes of the law (e.g. Decreto 491 de 2020
 * between 2020-03-28 and 2022-05-17).
 *
 * @param modalidad stable code, e.g. {@code GENERAL}
 * @param nombre Spanish name
 * @param termino length of the term in {@code unidad}
 * @param unidad business days or calendar months
 * @param fundamento legal source, e.g. "Ley 1437 de 2011, art. 14 (sustituido por la Ley
 * 1755 de 2015)"
 * @param vigenteDesde first reception date the row applies to
 * @param vigenteHasta last reception date the row applies to, {@code null} while in force
 * @param admiteProrroga whether the term can be extended (Ley 1755 de 2015, art. 14
 * parágrafo)
 */
public record ReglaTermino(String modalidad, String nombre, int termino, UnidadTermino unidad, String fundamento,
		LocalDate vigenteDesde, @Nullable LocalDate vigenteHasta, boolean admiteProrroga) {

	public ReglaTermino {
		if (termino < 1) {
			throw new IllegalArgumentException("El término debe ser positivo");
		}
		if (!modalidad.matches("[A-Z][A-Z0-9_]{1,39}")) {
			throw new IllegalArgumentException("Código de modalidad inválido: " + modalidad);
		}
	}

	public boolean vigenteEn(LocalDate fecha) {
		return !fecha.isBefore(vigenteDesde) && (vigenteHasta == null || !fecha.isAfter(vigenteHasta));
	}

	/**
	 * @return e.g. "15 días hábiles" or "3 meses calendario".
	 */
	public String descripcionTermino() {
		return unidad == UnidadTermino.HABILES ? termino + (termino == 1 ? " día hábil" : " días hábiles")
				: termino + (termino == 1 ? " mes calendario" : " meses calendario");
	}

}
