package co.pqrsd.core.archivo.trd;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Rules over a whole TRD: codes are unique per oficina productora, a serie keeps its code
 * and name in every dependencia and a subserie under its serie (R-TRD-12: stable
 * hierarchical codes), and every oficina productora exists in the organigrama.
 */
public final class ValidadorTrd {

	private ValidadorTrd() {
	}

	/**
	 * @param lectura the rows as read, with the position of each one
	 * @param dependenciaExiste whether an oficina productora code exists
	 * @return the reading with the rows that break a rule moved to the rejections
	 */
	public static LecturaTrd validar(LecturaTrd lectura, Predicate<String> dependenciaExiste) {
		List<Rechazo> posiciones = lectura.posiciones();
		List<Rechazo> ubicadas = new ArrayList<>();
		List<FilaTrd> buenas = new ArrayList<>();
		List<Rechazo> rechazos = new ArrayList<>(lectura.rechazos());
		Set<String> codigos = new HashSet<>();
		Map<String, String> series = new HashMap<>();
		Map<String, String> subseries = new HashMap<>();
		for (int i = 0; i < lectura.filas().size(); i++) {
			FilaTrd f = lectura.filas().get(i);
			Rechazo pos = posiciones.get(i);
			String problema = null;
			if (!dependenciaExiste.test(f.dependencia())) {
				problema = "La oficina productora " + f.dependencia()
						+ " no existe en el organigrama: créela antes de importar la TRD";
			}
			else if (!codigos.add(f.codigo())) {
				problema = "El código " + f.codigo() + " está repetido";
			}
			else {
				String previo = series.putIfAbsent(f.serieCodigo(), f.serieNombre());
				if (previo != null && !igual(previo, f.serieNombre())) {
					problema = "La serie " + f.serieCodigo() + " ya se llama «" + previo
							+ "» en esta TRD: el código de una serie es el mismo en todas las dependencias";
				}
				else if (f.subserieCodigo() != null) {
					String clave = f.serieCodigo() + "." + f.subserieCodigo();
					String sub = subseries.putIfAbsent(clave, f.subserieNombre());
					if (sub != null && !igual(sub, f.subserieNombre())) {
						problema = "La subserie " + clave + " ya se llama «" + sub + "» en esta TRD";
					}
				}
			}
			if (problema == null) {
				buenas.add(f);
				ubicadas.add(pos);
			}
			else {
				rechazos.add(new Rechazo(pos.hoja(), pos.fila(), f.codigo(), problema));
			}
		}
		rechazos.sort(java.util.Comparator.comparing(Rechazo::hoja).thenComparingInt(Rechazo::fila));
		return new LecturaTrd(buenas, ubicadas, rechazos);
	}

	private static boolean igual(String a, @org.jspecify.annotations.Nullable String b) {
		return b != null && a.trim().toLowerCase(Locale.ROOT).equals(b.trim().toLowerCase(Locale.ROOT));
	}

}
