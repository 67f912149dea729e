package co.pqrsd.core.pqrsd;

import static co.pqrsd.core.pqrsd.EstadoPqrsd.DESISTIDA;
import static co.pqrsd.core.pqrsd.EstadoPqrsd.EN_APROBACION;
import static co.pqrsd.core.pqrsd.EstadoPqrsd.EN_REPARTO;
import static co.pqrsd.core.pqrsd.EstadoPqrsd.EN_TRAMITE;
import static co.pqrsd.core.pqrsd.EstadoPqrsd.RADICADA;
import static co.pqrsd.core.pqrsd.EstadoPqrsd.RESPONDIDA;
import static co.pqrsd.core.pqrsd.EstadoPqrsd.SUSPENDIDA;
import static co.pqrsd.core.pqrsd.EstadoPqrsd.TRASLADADA;
import static co.pqrsd.core.pqrsd.EstadoPqrsd.VENCIDA;
import static co.pqrsd.core.pqrsd.EstadoPqrsd.VENCIDA_SILENCIO_POSITIVO;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import co.pqrsd.core.terminos.Vencimiento;

/**
 * The precondition of every action, in one place, so that the aggregate refuses exactly
 * what {@link AccionesPermitidas} hides: visibility, then state, then role, then the
 * law's time limits.
 */
final class ReglasAccion {

	static final String ART_17 = "Ley 1437 de 2011, art. 17 (sustituido por la Ley 1755 de 2015)";

	static final String ART_14_PAR = "Ley 1437 de 2011, art. 14 parágrafo (sustituido por la Ley 1755 de 2015)";

	private static final Set<EstadoPqrsd> ABIERTOS = EnumSet.of(RADICADA, EN_REPARTO, EN_TRAMITE, SUSPENDIDA,
			EN_APROBACION, VENCIDA, VENCIDA_SILENCIO_POSITIVO);

	private static final Set<EstadoPqrsd> EN_MANOS = EnumSet.of(RADICADA, EN_REPARTO, EN_TRAMITE, SUSPENDIDA, VENCIDA,
			VENCIDA_SILENCIO_POSITIVO);

	private ReglasAccion() {
	}

	static Optional<Rechazo> evaluar(Accion accion, Pqrsd caso, Actor actor, Plazos plazos, Instant ahora) {
		if (!VisibilidadPqrsd.puedeVer(caso, actor)) {
			return Optional.of(new Rechazo(accion, "PQRSD_NO_ENCONTRADA", "No existe la PQRSD " + caso.radicado() + ".",
					Map.of("radicado", caso.radicado())));
		}
		// Compared by day, not by instant: nodes whose clocks differ by a few seconds
		// must
		// not refuse each other's actions.
		LocalDate ultimo = Plazos.fecha(caso.historial().get(caso.historial().size() - 1).desde());
		if (Plazos.fecha(ahora).isBefore(ultimo)) {
			return Optional.of(new Rechazo(accion, "INSTANTE_ANTERIOR_AL_HISTORIAL",
					"La acción no puede fecharse antes del día del último paso registrado (" + ultimo + ").",
					Map.of("ultimoPaso", ultimo.toString())));
		}
		Optional<Rechazo> estado = porEstado(accion, caso);
		if (estado.isPresent()) {
			return estado;
		}
		if (!autorizado(accion, caso, actor)) {
			return Optional.of(new Rechazo(accion, "ACCION_NO_AUTORIZADA",
					"Su rol no le permite «" + accion.nombre() + "» en esta PQRSD: " + quienPuede(accion) + ".",
					Map.of("accion", accion.name())));
		}
		return porLey(accion, caso, plazos, Plazos.fecha(ahora));
	}

	static void exigir(Accion accion, Pqrsd caso, Actor actor, Plazos plazos, Instant ahora) {
		Optional<Rechazo> rechazo = evaluar(accion, caso, actor, plazos, ahora);
		if (rechazo.isPresent()) {
			throw rechazo.get().comoError();
		}
	}

	private static Optional<Rechazo> porEstado(Accion accion, Pqrsd caso) {
		EstadoPqrsd e = caso.estado();
		Etapa etapa = caso.etapa();
		boolean termino = caso.modalidad() != null;
		boolean permitido = switch (accion) {
			case ENVIAR_A_REPARTO -> e == RADICADA;
			case ASIGNAR, REASIGNAR -> EN_MANOS.contains(e) && (etapa == Etapa.REPARTO || etapa == Etapa.TRAMITE);
			case REGISTRAR_NOTA, REGISTRAR_DESISTIMIENTO_EXPRESO -> ABIERTOS.contains(e);
			case RESPONDER_CONSULTA ->
				ABIERTOS.contains(e) && caso.consultas().stream().anyMatch(ConsultaInterna::pendiente);
			case CONSULTAR_DEPENDENCIA ->
				EnumSet.of(EN_TRAMITE, SUSPENDIDA, VENCIDA, VENCIDA_SILENCIO_POSITIVO).contains(e)
						&& etapa == Etapa.TRAMITE;
			case PROYECTAR_RESPUESTA ->
				EnumSet.of(EN_TRAMITE, VENCIDA, VENCIDA_SILENCIO_POSITIVO).contains(e) && etapa == Etapa.TRAMITE;
			case APROBAR_RESPUESTA, DEVOLVER_RESPUESTA -> etapa == Etapa.APROBACION && e != SUSPENDIDA;
			case COMUNICAR_RESPUESTA -> etapa == Etapa.COMUNICACION && e != SUSPENDIDA;
			case TRASLADAR -> EnumSet.of(RADICADA, EN_REPARTO, EN_TRAMITE, VENCIDA).contains(e);
			case REQUERIR_INFORMACION -> e == EN_TRAMITE && termino;
			case REGISTRAR_RESPUESTA_PETICIONARIO, PRORROGAR_PLAZO_PETICIONARIO, DECRETAR_DESISTIMIENTO_TACITO ->
				e == SUSPENDIDA;
			case VENCER_PLAZO_PETICIONARIO -> e == SUSPENDIDA && !requerimientoPendiente(caso).vencidoSinRespuesta();
			case PRORROGAR -> termino && ABIERTOS.contains(e) && e != RADICADA;
			case VENCER -> termino && EnumSet.of(RADICADA, EN_REPARTO, EN_TRAMITE, EN_APROBACION).contains(e);
			case CERRAR -> EnumSet.of(RESPONDIDA, TRASLADADA, DESISTIDA).contains(e)
					|| (caso.etiqueta() == Etiqueta.FELICITACION && ABIERTOS.contains(e));
		};
		if (permitido) {
			return Optional.empty();
		}
		Map<String, Object> parametros = Map.of("estado", e.name(), "accion", accion.name());
		if (!termino
				&& (accion == Accion.PRORROGAR || accion == Accion.VENCER || accion == Accion.REQUERIR_INFORMACION)) {
			return Optional.of(new Rechazo(accion, "SIN_TERMINO_LEGAL",
					"Una " + caso.etiqueta().nombre().toLowerCase() + " no tiene término legal para responder.",
					parametros));
		}
		return Optional.of(new Rechazo(accion, "ACCION_NO_PERMITIDA", motivoEstado(accion, caso), parametros));
	}

	private static String motivoEstado(Accion accion, Pqrsd caso) {
		EstadoPqrsd e = caso.estado();
		String base = "No se puede «" + accion.nombre() + "» una PQRSD en estado " + e.nombre();
		if (accion == Accion.CERRAR && e.vencida()) {
			return base + ": vencido el término, la petición sigue abierta hasta responderla; el silencio "
					+ "administrativo no exime del deber de decidir (Ley 1437 de 2011, arts. 83 y 31).";
		}
		if (accion == Accion.CERRAR && e.abierta()) {
			return base + ": primero debe responderse, trasladarse o desistirse.";
		}
		if (e == SUSPENDIDA) {
			return base + ": el término está suspendido por un requerimiento pendiente de respuesta del "
					+ "peticionario (" + ART_17 + ").";
		}
		if (accion == Accion.TRASLADAR && e == VENCIDA_SILENCIO_POSITIVO) {
			return base + ": por silencio positivo la solicitud se entiende aceptada y las copias deben entregarse "
					+ "(Ley 1437 de 2011, art. 14 num. 1).";
		}
		if ((accion == Accion.APROBAR_RESPUESTA || accion == Accion.DEVOLVER_RESPUESTA)
				&& caso.etapa() != Etapa.APROBACION) {
			return base + ": no hay una respuesta proyectada pendiente de aprobación.";
		}
		if (accion == Accion.COMUNICAR_RESPUESTA && caso.etapa() != Etapa.COMUNICACION) {
			return base + ": no hay una respuesta aprobada para comunicar.";
		}
		if (accion == Accion.RESPONDER_CONSULTA) {
			return base + ": no hay consultas internas pendientes.";
		}
		return base + ".";
	}

	private static boolean autorizado(Accion accion, Pqrsd caso, Actor actor) {
		String dependencia = caso.dependencia();
		boolean asignado = actor.usuario().equals(caso.asignadoA());
		boolean jefe = actor.esJefeDe(dependencia);
		boolean sistema = actor.tiene(Rol.SISTEMA);
		return switch (accion) {
			case ENVIAR_A_REPARTO -> sistema || actor.tiene(Rol.RADICADOR) || actor.tiene(Rol.ADMIN);
			case ASIGNAR, REASIGNAR -> actor.repartePara(dependencia) || actor.tiene(Rol.ADMIN);
			case REGISTRAR_NOTA -> asignado || jefe || consultado(caso, actor);
			case CONSULTAR_DEPENDENCIA, PROYECTAR_RESPUESTA, REQUERIR_INFORMACION, PRORROGAR -> asignado || jefe;
			case RESPONDER_CONSULTA -> consultado(caso, actor);
			case APROBAR_RESPUESTA, DEVOLVER_RESPUESTA, DECRETAR_DESISTIMIENTO_TACITO -> jefe;
			case TRASLADAR -> asignado || actor.repartePara(dependencia);
			case COMUNICAR_RESPUESTA, REGISTRAR_RESPUESTA_PETICIONARIO, PRORROGAR_PLAZO_PETICIONARIO,
					REGISTRAR_DESISTIMIENTO_EXPRESO ->
				asignado || jefe || sistema || actor.tiene(Rol.RADICADOR);
			case VENCER, VENCER_PLAZO_PETICIONARIO -> sistema;
			case CERRAR -> asignado || jefe || sistema;
		};
	}

	private static String quienPuede(Accion accion) {
		return switch (accion) {
			case ENVIAR_A_REPARTO -> "la ventanilla de radicación o el motor de procesos";
			case ASIGNAR, REASIGNAR -> "el jefe de la dependencia responsable o el repartidor que él designó";
			case REGISTRAR_NOTA -> "el funcionario asignado, su jefe o una dependencia consultada";
			case CONSULTAR_DEPENDENCIA, PROYECTAR_RESPUESTA, REQUERIR_INFORMACION, PRORROGAR ->
				"el funcionario asignado o el jefe de la dependencia";
			case RESPONDER_CONSULTA -> "la dependencia consultada";
			case APROBAR_RESPUESTA, DEVOLVER_RESPUESTA -> "el jefe de la dependencia";
			case DECRETAR_DESISTIMIENTO_TACITO -> "el jefe de la dependencia, que firma el acto administrativo";
			case TRASLADAR -> "el funcionario asignado o quien hace el reparto";
			case COMUNICAR_RESPUESTA, REGISTRAR_RESPUESTA_PETICIONARIO, PRORROGAR_PLAZO_PETICIONARIO,
					REGISTRAR_DESISTIMIENTO_EXPRESO ->
				"el funcionario asignado, su jefe o la ventanilla";
			case VENCER, VENCER_PLAZO_PETICIONARIO -> "el motor de procesos (temporizador)";
			case CERRAR -> "el funcionario asignado o el jefe de la dependencia";
		};
	}

	private static boolean consultado(Pqrsd caso, Actor actor) {
		return caso.consultas().stream().anyMatch(c -> c.pendiente() && actor.dependencias().contains(c.dependencia()));
	}

	private static Optional<Rechazo> porLey(Accion accion, Pqrsd caso, Plazos plazos, LocalDate hoy) {
		return switch (accion) {
			case REQUERIR_INFORMACION -> requerimiento(caso, plazos, hoy);
			case PRORROGAR -> prorroga(caso, plazos, hoy);
			case VENCER -> vencimiento(caso, plazos, hoy);
			case PRORROGAR_PLAZO_PETICIONARIO -> prorrogaPeticionario(caso, hoy);
			case VENCER_PLAZO_PETICIONARIO, DECRETAR_DESISTIMIENTO_TACITO ->
				plazoPeticionarioVencido(accion, caso, hoy);
			case CERRAR -> cierre(caso, hoy);
			default -> Optional.empty();
		};
	}

	private static Optional<Rechazo> requerimiento(Pqrsd caso, Plazos plazos, LocalDate hoy) {
		LocalDate limite = plazos.limiteRequerimiento(caso);
		if (hoy.isAfter(limite)) {
			// Ley 1755 de 2015, art. 17: "dentro de los diez (10) días siguientes a la
			// fecha de radicación".
			return rechazo(Accion.REQUERIR_INFORMACION, "REQUERIMIENTO_EXTEMPORANEO",
					"El requerimiento para completar la petición solo procede dentro de los 10 días hábiles siguientes a "
							+ "la radicación; el plazo venció el " + limite + " (" + ART_17 + ").",
					"limite", limite);
		}
		if (caso.prorroga() != null) {
			return rechazo(Accion.REQUERIR_INFORMACION, "REQUERIMIENTO_TRAS_PRORROGA",
					"Ya se informó al peticionario una prórroga con fecha cierta; el requerimiento debe preceder a la "
							+ "prórroga (" + ART_17 + "; " + ART_14_PAR + ").",
					"vencimiento", caso.prorroga().nuevaFecha());
		}
		return Optional.empty();
	}

	private static Optional<Rechazo> prorroga(Pqrsd caso, Plazos plazos, LocalDate hoy) {
		Vencimiento v = plazos.vencimiento(caso).orElseThrow();
		if (!v.regla().admiteProrroga()) {
			return rechazo(
					Accion.PRORROGAR, "PRORROGA_NO_PERMITIDA", "El término de la modalidad " + v.regla().nombre()
							+ " no admite prórroga (" + v.regla().fundamento() + ").",
					"modalidad", v.regla().modalidad());
		}
		if (v.prorrogado()) {
			// Ley 1755 de 2015, art. 14 par.: one "plazo razonable", no chain of
			// extensions.
			return rechazo(Accion.PRORROGAR, "PRORROGA_YA_CONCEDIDA",
					"Este término ya fue prorrogado una vez hasta el " + v.fecha()
							+ "; la ley no contempla prórrogas sucesivas (" + ART_14_PAR + ").",
					"vencimiento", v.fecha());
		}
		if (v.fecha() == null) {
			return rechazo(Accion.PRORROGAR, "PRORROGA_TERMINO_SUSPENDIDO",
					"El término está suspendido por un requerimiento pendiente; no se puede prorrogar (" + ART_17
							+ ").",
					"estado", caso.estado().name());
		}
		if (hoy.isAfter(v.fecha())) {
			// Ley 1755 de 2015, art. 14 par.: informed "antes del vencimiento del
			// término".
			return rechazo(Accion.PRORROGAR, "PRORROGA_EXTEMPORANEA",
					"La prórroga debe informarse al peticionario antes del vencimiento. El término venció el "
							+ v.fecha() + " (" + ART_14_PAR + ").",
					"vencimiento", v.fecha());
		}
		return Optional.empty();
	}

	private static Optional<Rechazo> vencimiento(Pqrsd caso, Plazos plazos, LocalDate hoy) {
		LocalDate fecha = plazos.fechaVencimiento(caso).orElseThrow();
		if (!hoy.isAfter(fecha)) {
			// Ley 4 de 1913, art. 59: a term ends at midnight of its last day.
			return rechazo(Accion.VENCER, "TERMINO_NO_VENCIDO",
					"El término vence a la medianoche del " + fecha + " (Ley 4 de 1913, art. 59).", "vencimiento",
					fecha);
		}
		return Optional.empty();
	}

	private static Optional<Rechazo> prorrogaPeticionario(Pqrsd caso, LocalDate hoy) {
		Requerimiento r = requerimientoPendiente(caso);
		if (r.prorrogado()) {
			return rechazo(Accion.PRORROGAR_PLAZO_PETICIONARIO, "PRORROGA_PETICIONARIO_YA_CONCEDIDA",
					"El peticionario ya obtuvo su prórroga del plazo hasta el " + r.plazo()
							+ "; la ley admite una sola, hasta por un término igual (" + ART_17 + ").",
					"plazo", r.plazo());
		}
		if (hoy.isAfter(r.plazo())) {
			return rechazo(Accion.PRORROGAR_PLAZO_PETICIONARIO, "PRORROGA_PETICIONARIO_EXTEMPORANEA",
					"La prórroga debe pedirse antes de vencer el plazo concedido, que venció el " + r.plazo() + " ("
							+ ART_17 + ").",
					"plazo", r.plazo());
		}
		return Optional.empty();
	}

	private static Optional<Rechazo> plazoPeticionarioVencido(Accion accion, Pqrsd caso, LocalDate hoy) {
		Requerimiento r = requerimientoPendiente(caso);
		if (!hoy.isAfter(r.plazo())) {
			// Ley 1755 de 2015, art. 17: desistimiento only "cuando no satisfaga el
			// requerimiento" in time.
			return rechazo(accion, "DESISTIMIENTO_TACITO_PREMATURO",
					"El peticionario tiene plazo hasta el " + r.plazo()
							+ " para completar la petición o pedir prórroga; antes no hay desistimiento tácito ("
							+ ART_17 + ").",
					"plazo", r.plazo());
		}
		return Optional.empty();
	}

	private static Optional<Rechazo> cierre(Pqrsd caso, LocalDate hoy) {
		Comunicacion c = caso.comunicacion();
		if (c != null && c.publicacion() != null && !hoy.isAfter(c.publicacion().notificacionSurtida())) {
			return rechazo(Accion.CERRAR, "CIERRE_ANTES_DE_NOTIFICACION",
					"La respuesta a la petición anónima está publicada hasta el " + c.publicacion().retiro()
							+ " y la notificación se surte al finalizar el " + c.publicacion().notificacionSurtida()
							+ " (" + c.publicacion().fundamento() + ").",
					"notificacionSurtida", c.publicacion().notificacionSurtida());
		}
		return Optional.empty();
	}

	static Requerimiento requerimientoPendiente(Pqrsd caso) {
		return caso.requerimientos()
			.stream()
			.filter(Requerimiento::pendiente)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Sin requerimiento pendiente en " + caso.radicado()));
	}

	private static Optional<Rechazo> rechazo(Accion accion, String codigo, String motivo, String clave, Object valor) {
		Map<String, Object> parametros = new HashMap<>();
		parametros.put(clave, String.valueOf(valor));
		return Optional.of(new Rechazo(accion, codigo, motivo, parametros));
	}

}
