package co.pqrsd.core.pqrsd;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import co.pqrsd.core.terminos.Semaforo;
import org.jspecify.annotations.Nullable;

/**
 * The working-morning digest: to each funcionario, his open cases in AMARILLO, ROJO and
 * VENCIDO, sent at office opening of business days only.
 */
public final class ResumenDiario {

	private static final Set<Semaforo.Color> EN_RIESGO = EnumSet.of(Semaforo.Color.AMARILLO, Semaforo.Color.ROJO,
			Semaforo.Color.VENCIDO);

	private ResumenDiario() {
	}

	/**
	 * One case of a digest.
	 *
	 * @param vencimiento the current deadline
	 * @param diasHabilesRestantes 0 once expired
	 */
	public record Linea(String radicado, EstadoPqrsd estado, Semaforo.Color color, @Nullable LocalDate vencimiento,
			int diasHabilesRestantes) {
	}

	/**
	 * One funcionario's digest of one day.
	 *
	 * @param clave stable key {@code resumen/<usuario>/<día>}: sent at most once
	 * @param lineas his cases, expired first, then by deadline
	 */
	public record Resumen(String clave, String usuario, LocalDate dia, Instant programadoPara, List<Linea> lineas) {

		public Resumen {
			lineas = List.copyOf(lineas);
		}

	}

	/**
	 * @return one digest per funcionario with at least one case at risk, sorted by user;
	 * empty on a non-business day.
	 */
	public static List<Resumen> para(Collection<Pqrsd> casos, Plazos plazos, LocalDate dia) {
		if (!plazos.calendario().esHabil(dia)) {
			return List.of();
		}
		Map<String, List<Linea>> porUsuario = new TreeMap<>();
		for (Pqrsd caso : casos) {
			String usuario = caso.asignadoA();
			if (usuario == null || !caso.estado().abierta()) {
				continue;
			}
			SituacionTermino s = plazos.situacion(caso, dia);
			Semaforo.Color color = caso.estado().vencida() ? Semaforo.Color.VENCIDO : s.color();
			if (color != null && EN_RIESGO.contains(color)) {
				porUsuario.computeIfAbsent(usuario, u -> new ArrayList<>())
					.add(new Linea(caso.radicado(), caso.estado(), color, s.vencimiento(), s.diasHabilesRestantes()));
			}
		}
		Instant hora = plazos.apertura(dia);
		List<Resumen> resumenes = new ArrayList<>();
		porUsuario.forEach((usuario, lineas) -> {
			lineas.sort(Comparator.comparing((Linea l) -> l.color() != Semaforo.Color.VENCIDO)
				.thenComparing(l -> l.vencimiento() == null ? LocalDate.MAX : l.vencimiento())
				.thenComparing(Linea::radicado));
			resumenes.add(new Resumen("resumen/" + usuario + "/" + dia, usuario, dia, hora, lineas));
		});
		return resumenes;
	}

	/**
	 * @return the next digest instant strictly after {@code ahora}: office opening of a
	 * business day.
	 */
	public static Instant siguienteEnvio(Instant ahora, Plazos plazos) {
		LocalDate dia = Plazos.fecha(ahora);
		if (plazos.calendario().esHabil(dia) && plazos.apertura(dia).isAfter(ahora)) {
			return plazos.apertura(dia);
		}
		return plazos.apertura(plazos.calendario().siguienteHabil(dia));
	}

}
