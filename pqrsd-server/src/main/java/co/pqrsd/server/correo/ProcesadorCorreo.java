package co.pqrsd.server.correo;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import co.pqrsd.server.auditoria.AccionAuditoria;
import co.pqrsd.server.auditoria.Auditoria;
import co.pqrsd.server.notificaciones.CorreoNoEntregado;
import co.pqrsd.server.notificaciones.Notificaciones;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns one mail into its outcome in one transaction: a radicado with the automatic
 * reply, a bounce recorded on its case, or an automatic mail set aside. The row keyed by
 * the Message-ID is written in the same transaction, so a repeat (the mail still in the
 * mailbox after a crash, a second poll) finds it done and radicates nothing.
 */
@Component
class ProcesadorCorreo {

	private final TransactionTemplate transaccion;

	private final CorreoEntranteRepository repositorio;

	private final ObjectProvider<Radicador> radicador;

	private final Notificaciones notificaciones;

	private final Auditoria auditoria;

	private final Clock reloj;

	private final ApplicationEventPublisher eventos;

	ProcesadorCorreo(PlatformTransactionManager transacciones, CorreoEntranteRepository repositorio,
			ObjectProvider<Radicador> radicador, Notificaciones notificaciones, Auditoria auditoria, Clock reloj,
			ApplicationEventPublisher eventos) {
		this.eventos = eventos;
		this.transaccion = new TransactionTemplate(transacciones);
		this.repositorio = repositorio;
		this.radicador = radicador;
		this.notificaciones = notificaciones;
		this.auditoria = auditoria;
		this.reloj = reloj;
	}

	/** What became of a mail. */
	enum Resultado {

		/** Handled now or before: it may leave the mailbox. */
		HECHO,
		/** Failed: it stays in the mailbox, its error recorded, and is tried again. */
		FALLIDO,
		/** Failed too often: it stays in the mailbox for a person, not tried again. */
		ABANDONADO

	}

	Resultado procesar(CorreoLeido correo, int intentosMaximos) {
		var previo = repositorio.estado(correo.clave());
		if (previo.isPresent() && !"FALLIDO".equals(previo.get().estado())) {
			return Resultado.HECHO;
		}
		if (previo.isPresent() && previo.get().intentos() >= intentosMaximos) {
			return Resultado.ABANDONADO;
		}
		try {
			transaccion.executeWithoutResult(estado -> manejar(correo));
			return Resultado.HECHO;
		}
		catch (RuntimeException e) {
			String error = e.getClass().getSimpleName() + ": " + e.getMessage();
			transaccion.executeWithoutResult(estado -> repositorio.fallo(correo, error, reloj.instant()));
			return Resultado.FALLIDO;
		}
	}

	private void manejar(CorreoLeido c) {
		CorreoEntranteRepository.Estado fila = repositorio.bloquear(c, reloj.instant());
		if (!"FALLIDO".equals(fila.estado())) {
			return;
		}
		if (c.rebote() != null) {
			rebote(c, fila.id());
			return;
		}
		if (c.automatico()) {
			// RFC 3834: an automatic mail (an out-of-office reply to our receipt) is no
			// petition and is never answered, which would loop.
			repositorio.terminar(fila.id(), "AUTOMATICO", null, reloj.instant());
			return;
		}
		Radicador.Radicada r = radicador.getObject().radicar(c);
		repositorio.terminar(fila.id(), "RADICADO", r.radicado(), reloj.instant());
		Map<String, Object> detalles = new LinkedHashMap<>();
		detalles.put("clave", c.clave());
		detalles.put("sha256", c.sha256());
		detalles.put("adjuntos", c.adjuntos().size());
		auditoria.registrarDelSistema(AccionAuditoria.CORREO_RADICADO, "RADICADO", r.radicado(), detalles);
		if (r.nuevo() && c.remitente() != null) {
			// CPACA art. 15 and Decreto 1081 de 2015, art. 2.1.1.3.1.2: the requester
			// gets
			// the number and date of his filing at once.
			notificaciones.correoExterno("correo/" + r.radicado() + "/acuse", c.remitente(),
					"Radicado " + r.radicado() + ": recibimos su correo", acuse(c, r.radicado()));
		}
	}

	/**
	 * Records a DSN on the case of the mail it returns, matched by our header
	 * {@code X-Pqrsd-Correo}, else by the returned Message-ID, else by our header
	 * {@code X-Pqrsd-Radicado}; it is never radicated.
	 */
	private void rebote(CorreoLeido c, long entrante) {
		Long saliente = c.rebote() != null && c.rebote() > 0 ? c.rebote() : null;
		var enviado = saliente == null ? null : notificaciones.correoEnviado(saliente).orElse(null);
		if (enviado == null && c.messageIdDevuelto() != null) {
			enviado = notificaciones.correoEnviadoPorMessageId(c.messageIdDevuelto()).orElse(null);
		}
		saliente = enviado == null ? saliente : Long.valueOf(enviado.id());
		String radicado = enviado == null ? c.radicadoDevuelto() : Notificaciones.radicadoDeClave(enviado.clave());
		String destinatario = enviado != null ? enviado.para() : c.destinatarioRebotado();
		String diagnostico = c.diagnostico() == null ? "Correo no entregado" : c.diagnostico();
		repositorio.rebote(entrante, enviado == null ? null : enviado.id(), radicado, destinatario, diagnostico,
				reloj.instant());
		if (radicado != null) {
			eventos.publishEvent(new CorreoNoEntregado(enviado == null ? null : enviado.id(),
					enviado == null ? null : enviado.clave(), radicado, destinatario == null ? "" : destinatario,
					diagnostico, CorreoNoEntregado.Origen.DSN, reloj.instant()));
		}
		repositorio.terminar(entrante, "REBOTE", null, reloj.instant());
		Map<String, Object> detalles = new LinkedHashMap<>();
		detalles.put("destinatario", destinatario == null ? "" : destinatario);
		detalles.put("diagnostico", diagnostico);
		detalles.put("correoSaliente", saliente == null ? "" : saliente.toString());
		auditoria.registrarDelSistema(AccionAuditoria.CORREO_REBOTE_REGISTRADO, radicado != null ? "PQRSD" : "CORREO",
				radicado != null ? radicado : Long.toString(entrante), detalles);
	}

	private static String acuse(CorreoLeido c, String radicado) {
		return """
				Su correo «%s» fue recibido y radicado con el número %s.

				Consérvelo: con él puede consultar el estado de su solicitud. La entidad responderá dentro de los \
				términos de ley (Ley 1755 de 2015), contados desde la radicación.

				--
				Mensaje automático; no responda a este correo.
				""".formatted(c.asunto(), radicado);
	}

}
