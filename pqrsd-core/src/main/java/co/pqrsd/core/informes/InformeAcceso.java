package co.pqrsd.core.informes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The informe de solicitudes de acceso a la información (Ley 1712 de 2014, art. 11 lit.
 * h; Decreto 1081 de 2015, art. 2.1.1.6.2): received, trasladadas to another institution,
 * time to answer each one, denied. Published without personal data.
 *
 * @param periodo the requests received in it
 * @param corte the day the state of each request was read
 * @param recibidas number of requests received
 * @param trasladadas number sent to another institution
 * @param negadas number in which access was denied in full
 * @param negadasParcialmente number in which access was denied in part
 * @param respondidas number answered
 * @param promedioDiasRespuesta mean business days to answer, {@code null} without answers
 * @param solicitudes one row per request, oldest first
 */
public record InformeAcceso(Periodo periodo, LocalDate corte, long recibidas, long trasladadas, long negadas,
		long negadasParcialmente, long respondidas, @Nullable BigDecimal promedioDiasRespuesta,
		List<Solicitud> solicitudes) {

	/**
	 * One request (item 3: time to answer each one).
	 *
	 * @param diasHabiles business days to the answer or traslado, or so far while pending
	 */
	public record Solicitud(String radicado, LocalDate recibida, Situacion situacion, @Nullable LocalDate vencimiento,
			@Nullable LocalDate fechaRespuesta, @Nullable Integer diasHabiles, boolean trasladada, boolean negada,
			boolean negadaParcial) {
	}

	/**
	 * @param casos the registro; only access-to-information requests received in the
	 * period count, corruption denuncias never (they are reserved)
	 */
	public static InformeAcceso calcular(Periodo periodo, LocalDate corte, List<CasoRegistrado> casos) {
		List<CasoRegistrado> del = casos.stream()
			.filter(c -> c.accesoInformacion() && !c.denunciaCorrupcion() && periodo.contiene(c.fechaRecibido()))
			.sorted(Comparator.comparing(CasoRegistrado::recibido).thenComparing(CasoRegistrado::radicado))
			.toList();
		List<Integer> dias = del.stream()
			.filter(c -> c.situacion().respondida() && c.diasHabiles() != null)
			.map(CasoRegistrado::diasHabiles)
			.toList();
		return new InformeAcceso(periodo, corte, del.size(), del.stream().filter(CasoRegistrado::trasladada).count(),
				del.stream().filter(CasoRegistrado::negada).count(),
				del.stream().filter(CasoRegistrado::negadaParcial).count(), dias.size(), InformePqrsd.promedio(dias),
				del.stream()
					.map(c -> new Solicitud(c.radicado(), c.fechaRecibido(), c.situacion(), c.vencimiento(),
							c.fechaRespuesta(), c.diasHabiles(), c.trasladada(), c.negada(), c.negadaParcial()))
					.toList());
	}

}
