package co.pqrsd.core.archivo.trd;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import read: the accepted rows, in order, where each came from, and every
 * rejected row with its reason. An import is all-or-nothing: it is stored only when
 * {@link #aceptable()}.
 *
 * @param posiciones for each row of {@code filas}, its sheet and row number (motivo
 * empty)
 */
public record LecturaTrd(List<FilaTrd> filas, List<Rechazo> posiciones, List<Rechazo> rechazos) {

	public LecturaTrd {
		filas = List.copyOf(filas);
		posiciones = List.copyOf(posiciones);
		rechazos = List.copyOf(rechazos);
	}

	public static LecturaTrd vacia() {
		return new LecturaTrd(List.of(), List.of(), List.of());
	}

	public boolean aceptable() {
		return rechazos.isEmpty() && !filas.isEmpty();
	}

	/**
	 * @return this reading followed by another one (another sheet).
	 */
	public LecturaTrd mas(LecturaTrd otra) {
		List<FilaTrd> f = new ArrayList<>(filas);
		f.addAll(otra.filas);
		List<Rechazo> p = new ArrayList<>(posiciones);
		p.addAll(otra.posiciones);
		List<Rechazo> r = new ArrayList<>(rechazos);
		r.addAll(otra.rechazos);
		return new LecturaTrd(f, p, r);
	}

}
