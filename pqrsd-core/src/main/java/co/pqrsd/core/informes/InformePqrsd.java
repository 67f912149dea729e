package co.pqrsd.core.informes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import co.pqrsd.core.pqrsd.Canal;
import co.pqrsd.core.pqrsd.Etiqueta;
import org.jspecify.annotations.Nullable;

/**
 * The Informe de PQRSD of a period: Control Interno's semestral report on whether PQRSD
 * are handled as the law says (Ley 1474 de 2011, art. 76) and the units' trimestral
 * report (Ley 190 de 1995, art. 54), with the aggregates of R-REP-4.
 *
 * @param periodo the cases received in it
 * @param corte the day the state of each case was read
 * @param total cases received
 * @param porEtiqueta count per label, every label listed
 * @param porModalidad count per legal modality ("SIN_TERMINO" for felicitaciones)
 * @param porCanal count per reception channel, every channel listed
 * @param porDependencia count per dependencia code
 * @param respondidasATiempo answered on or before the deadline
 * @param respondidasTarde answered after it
 * @param pendientes still owed, deadline not passed
 * @param pendientesVencidas still owed, deadline passed
 * @param trasladadas sent to another authority (art. 21)
 * @param desistidas withdrawn
 * @param prorrogas terms extended (art. 14 par.)
 * @param denunciasCorrupcion corruption denuncias received (R-REP-5)
 * @param denunciasCorrupcionTrasladadas of them, sent to the competent authority
 * @param porcentajeATiempo on-time answers over all answers, one decimal; {@code null}
 * without answers
 * @param promedioDiasRespuesta mean business days to the communication of the answer, one
 * decimal; {@code null} without answers
 * @param maximoDiasRespuesta the longest, {@code null} without answers
 */
public record InformePqrsd(Periodo periodo, LocalDate corte, long total, Map<String, Long> porEtiqueta,
		Map<String, Long> porModalidad, Map<String, Long> porCanal, Map<String, Long> porDependencia,
		long respondidasATiempo, long respondidasTarde, long pendientes, long pendientesVencidas, long trasladadas,
		long desistidas, long prorrogas, long denunciasCorrupcion, long denunciasCorrupcionTrasladadas,
		@Nullable BigDecimal porcentajeATiempo, @Nullable BigDecimal promedioDiasRespuesta,
		@Nullable Integer maximoDiasRespuesta) {

	/** The modality key of cases without a legal term (felicitaciones). */
	public static final String SIN_TERMINO = "SIN_TERMINO";

	/**
	 * @param casos the registro; those received outside the period are ignored
	 */
	public static InformePqrsd calcular(Periodo periodo, LocalDate corte, List<CasoRegistrado> casos) {
		List<CasoRegistrado> del = casos.stream().filter(c -> periodo.contiene(c.fechaRecibido())).toList();
		Map<String, Long> etiquetas = new LinkedHashMap<>();
		for (Etiqueta e : Etiqueta.values()) {
			etiquetas.put(e.name(), 0L);
		}
		Map<String, Long> canales = new LinkedHashMap<>();
		for (Canal c : Canal.values()) {
			canales.put(c.name(), 0L);
		}
		contar(del, c -> c.etiqueta().name(), etiquetas);
		contar(del, c -> c.canal().name(), canales);
		Map<String, Long> modalidades = contar(del, c -> c.modalidad() == null ? SIN_TERMINO : c.modalidad(),
				new TreeMap<>());
		Map<String, Long> dependencias = contar(del, CasoRegistrado::dependencia, new TreeMap<>());
		List<Integer> dias = del.stream()
			.filter(c -> c.situacion().respondida() && c.diasHabiles() != null)
			.map(CasoRegistrado::diasHabiles)
			.toList();
		long aTiempo = cuenta(del, Situacion.RESPONDIDA_A_TIEMPO);
		long tarde = cuenta(del, Situacion.RESPONDIDA_TARDE);
		return new InformePqrsd(periodo, corte, del.size(), etiquetas, modalidades, canales, dependencias, aTiempo,
				tarde, cuenta(del, Situacion.PENDIENTE), cuenta(del, Situacion.PENDIENTE_VENCIDA),
				del.stream().filter(CasoRegistrado::trasladada).count(), cuenta(del, Situacion.DESISTIDA),
				del.stream().filter(CasoRegistrado::prorrogada).count(),
				del.stream().filter(CasoRegistrado::denunciaCorrupcion).count(),
				del.stream().filter(c -> c.denunciaCorrupcion() && c.trasladada()).count(),
				aTiempo + tarde == 0 ? null : porcentaje(aTiempo, aTiempo + tarde), promedio(dias),
				dias.stream().max(Comparator.naturalOrder()).orElse(null));
	}

	/**
	 * @return {@code parte / todo} as a percentage with one decimal, half up.
	 */
	public static BigDecimal porcentaje(long parte, long todo) {
		return BigDecimal.valueOf(parte * 100L).divide(BigDecimal.valueOf(todo), 1, RoundingMode.HALF_UP);
	}

	/**
	 * @return the mean with one decimal, half up; {@code null} for no values.
	 */
	public static @Nullable BigDecimal promedio(List<Integer> valores) {
		if (valores.isEmpty()) {
			return null;
		}
		long suma = valores.stream().mapToLong(Integer::longValue).sum();
		return BigDecimal.valueOf(suma).divide(BigDecimal.valueOf(valores.size()), 1, RoundingMode.HALF_UP);
	}

	private static long cuenta(List<CasoRegistrado> casos, Situacion s) {
		return casos.stream().filter(c -> c.situacion() == s).count();
	}

	private static Map<String, Long> contar(List<CasoRegistrado> casos, Function<CasoRegistrado, String> clave,
			Map<String, Long> en) {
		for (CasoRegistrado c : casos) {
			en.merge(clave.apply(c), 1L, Long::sum);
		}
		return en;
	}

}
