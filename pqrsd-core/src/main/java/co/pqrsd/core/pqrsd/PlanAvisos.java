package co.pqrsd.core.pqrsd;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import co.pqrsd.core.pqrsd.Aviso.Destinatario;
import co.pqrsd.core.pqrsd.Aviso.Tipo;
import co.pqrsd.core.terminos.PoliticaTerminos;
import co.pqrsd.core.terminos.Semaforo;
import co.pqrsd.core.terminos.Vencimiento;

/**
 * The notification and timer schedule of one case, as pure computation from the case and
 * the current calendar. The server recomputes it after every action and every calendar
 * change ({@code CalendarioModificado}) and reschedules its timers by key: an aviso keeps
 * its {@link Aviso#clave() key} when only its date moves, a new key appears only when the
 * law starts a new count (a prórroga, or a restart of the term after a requerimiento
 * under that policy), and a key already sent is never sent again.
 * <p>
 * People are notified at office opening of business days (never at night or on holidays);
 * the engine's own state changes are due at midnight, when a term "de días" ends (Ley 4
 * de 1913, art. 59).
 */
public final class PlanAvisos {

	private static final List<Tipo> ESCALERA = List.of(Tipo.SEMAFORO_AMARILLO, Tipo.SEMAFORO_ROJO, Tipo.ESCALAMIENTO);

	private PlanAvisos() {
	}

	/**
	 * @return the avisos of the case, sorted by due instant (past ones included: the
	 * server skips those already sent); empty for a case no longer open.
	 */
	public static List<Aviso> de(Pqrsd caso, Plazos plazos) {
		List<Aviso> avisos = new ArrayList<>();
		if (!caso.estado().abierta()) {
			return avisos;
		}
		String r = caso.radicado();
		if (caso.prioridades().contains(Prioridad.PELIGRO_INMINENTE)) {
			avisos.add(new Aviso(r + "/" + Tipo.PELIGRO_INMINENTE, Tipo.PELIGRO_INMINENTE, r,
					caso.recibido().toInstant(), Set.of(Destinatario.JEFE, Destinatario.ASIGNADO),
					"PQRSD " + r + " con peligro inminente: adopte de inmediato las medidas de urgencia ("
							+ Prioridad.PELIGRO_INMINENTE.fundamento() + ")."));
		}
		if (caso.denunciaCorrupcion()) {
			avisos.add(new Aviso(r + "/" + Tipo.DENUNCIA_CORRUPCION, Tipo.DENUNCIA_CORRUPCION, r,
					caso.recibido().toInstant(), Set.of(Destinatario.CONTROL_INTERNO),
					"Se radicó la denuncia de actos de corrupción " + r + " (reservada). Debe trasladarse a la "
							+ "autoridad competente, informando al denunciante sin perjuicio de la reserva (Ley 1474 de "
							+ "2011, art. 76)."));
		}
		if (caso.modalidad() == null) {
			return ordenados(avisos);
		}
		var pendiente = caso.requerimientoPendiente();
		if (pendiente.isPresent()) {
			Requerimiento req = pendiente.get();
			if (!req.vencidoSinRespuesta()) {
				avisos.add(new Aviso(r + "/" + Tipo.PLAZO_PETICIONARIO_VENCIDO + "/req" + caso.requerimientos().size(),
						Tipo.PLAZO_PETICIONARIO_VENCIDO, r, Plazos.finDelDia(req.plazo()), Set.of(Destinatario.MOTOR),
						"Venció el plazo del peticionario para completar la PQRSD " + r
								+ ": debe decretarse el desistimiento tácito por acto motivado (" + ReglasAccion.ART_17
								+ ")."));
			}
			return ordenados(avisos);
		}
		Vencimiento v = plazos.vencimiento(caso).orElseThrow();
		LocalDate fecha = Objects.requireNonNull(v.fecha());
		String tramo = tramo(caso, plazos);
		if (!caso.estado().vencida()) {
			semaforo(caso, plazos, v, tramo, avisos);
			avisos.add(new Aviso(r + "/" + Tipo.VENCIMIENTO + "/" + tramo, Tipo.VENCIMIENTO, r, Plazos.finDelDia(fecha),
					Set.of(Destinatario.MOTOR), "El término de la PQRSD " + r + " venció el " + fecha + "."));
		}
		LocalDate siguiente = plazos.calendario().siguienteHabil(fecha);
		avisos
			.add(new Aviso(r + "/" + Tipo.ESCALAMIENTO + "/" + tramo, Tipo.ESCALAMIENTO, r, plazos.apertura(siguiente),
					Set.of(Destinatario.ASIGNADO, Destinatario.JEFE, Destinatario.CONTROL_INTERNO),
					"PQRSD " + r + " vencida el " + fecha + " sin respuesta comunicada. La falta de atención a los "
							+ "términos constituye falta para el servidor (Ley 1437 de 2011, art. 31)."));
		LocalDate copias = caso.venceEntregaCopias();
		if (copias != null) {
			avisos.add(new Aviso(r + "/" + Tipo.ENTREGA_COPIAS_VENCIDA, Tipo.ENTREGA_COPIAS_VENCIDA, r,
					plazos.apertura(plazos.calendario().siguienteHabil(copias)),
					Set.of(Destinatario.ASIGNADO, Destinatario.JEFE, Destinatario.CONTROL_INTERNO),
					"Por silencio positivo las copias de la PQRSD " + r + " debían entregarse a más tardar el " + copias
							+ " (Ley 1437 de 2011, art. 14 num. 1)."));
		}
		else {
			silencioNegativo(caso, plazos, fecha, avisos);
		}
		return ordenados(avisos);
	}

	/**
	 * @return the avisos due at {@code ahora} and not yet sent, in order. Of the reminder
	 * ladder (AMARILLO, ROJO, escalation) only the latest due one is returned: a reminder
	 * overtaken by a later one (e.g. after a server outage) is no longer news.
	 * @param enviadas the keys already sent (or done)
	 */
	public static List<Aviso> pendientes(List<Aviso> plan, Set<String> enviadas, Instant ahora) {
		List<Aviso> vencidos = plan.stream().filter(a -> !a.programadoPara().isAfter(ahora)).toList();
		int ultimoEscalon = vencidos.stream()
			.filter(a -> ESCALERA.contains(a.tipo()))
			.mapToInt(a -> ESCALERA.indexOf(a.tipo()))
			.max()
			.orElse(-1);
		return vencidos.stream()
			.filter(a -> !enviadas.contains(a.clave()))
			.filter(a -> !ESCALERA.contains(a.tipo()) || ESCALERA.indexOf(a.tipo()) == ultimoEscalon)
			.toList();
	}

	private static void semaforo(Pqrsd caso, Plazos plazos, Vencimiento v, String tramo, List<Aviso> avisos) {
		LocalDate fecha = Objects.requireNonNull(v.fecha());
		LocalDate amarillo = null;
		LocalDate rojo = null;
		for (LocalDate d = plazos.calendario().siguienteHabil(v.base()); !d.isAfter(fecha); d = plazos.calendario()
			.siguienteHabil(d)) {
			Semaforo.Color color = plazos.semaforo().evaluar(v, d, plazos.calendario()).color();
			if (amarillo == null && (color == Semaforo.Color.AMARILLO || color == Semaforo.Color.ROJO)) {
				amarillo = d;
			}
			if (color == Semaforo.Color.ROJO) {
				rojo = d;
				break;
			}
		}
		String r = caso.radicado();
		if (amarillo != null && !amarillo.equals(rojo)) {
			avisos.add(new Aviso(r + "/" + Tipo.SEMAFORO_AMARILLO + "/" + tramo, Tipo.SEMAFORO_AMARILLO, r,
					plazos.apertura(amarillo), Set.of(Destinatario.ASIGNADO),
					"La PQRSD " + r + " pasó a amarillo: vence el " + fecha + "."));
		}
		if (rojo != null) {
			avisos
				.add(new Aviso(r + "/" + Tipo.SEMAFORO_ROJO + "/" + tramo, Tipo.SEMAFORO_ROJO, r, plazos.apertura(rojo),
						Set.of(Destinatario.ASIGNADO), "La PQRSD " + r + " pasó a rojo: vence el " + fecha + "."));
		}
	}

	private static void silencioNegativo(Pqrsd caso, Plazos plazos, LocalDate vencimiento, List<Aviso> avisos) {
		// Ley 1437 de 2011, art. 83: three months from the filing without a notified
		// decision.
		LocalDate tresMeses = plazos.motor().calcular(NormasPqrsd.SILENCIO_NEGATIVO, caso.recibido()).fecha();
		if (tresMeses == null || !tresMeses.isAfter(vencimiento)) {
			return;
		}
		String r = caso.radicado();
		avisos.add(new Aviso(r + "/" + Tipo.SILENCIO_NEGATIVO, Tipo.SILENCIO_NEGATIVO, r,
				plazos.apertura(plazos.calendario().siguienteHabil(tresMeses)),
				Set.of(Destinatario.JEFE, Destinatario.CONTROL_INTERNO),
				"Transcurrieron tres meses desde la presentación de la PQRSD " + r
						+ " sin decisión notificada: silencio negativo. No exime del deber de decidir (Ley 1437 de "
						+ "2011, art. 83)."));
	}

	/**
	 * The count the keys belong to: a new one starts with a prórroga and with each
	 * restart of the whole term after a requerimiento.
	 */
	private static String tramo(Pqrsd caso, Plazos plazos) {
		int reinicios = plazos.motor()
			.politica()
			.reanudacion() == PoliticaTerminos.Reanudacion.REINICIAR_TERMINO_COMPLETO
					? (int) caso.requerimientos().stream().filter(q -> !q.pendiente()).count() : 0;
		return "t" + reinicios + (caso.prorroga() != null ? "p" : "");
	}

	private static List<Aviso> ordenados(List<Aviso> avisos) {
		avisos.sort(Comparator.comparing(Aviso::programadoPara).thenComparing(a -> a.tipo().ordinal()));
		return List.copyOf(avisos);
	}

}
