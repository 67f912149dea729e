package co.pqrsd.server.correo;

import co.pqrsd.server.notificaciones.CorreoNoEntregado;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the SMTP server's permanent refusals beside the DSN read from the mailbox, so
 * {@code GET /api/v1/correo/rebotes} lists every delivery failure of a case. Runs in the
 * transaction of the refused send.
 */
@Component
class RechazosSmtp {

	private final CorreoEntranteRepository repositorio;

	RechazosSmtp(CorreoEntranteRepository repositorio) {
		this.repositorio = repositorio;
	}

	@EventListener
	void alRechazar(CorreoNoEntregado e) {
		Long saliente = e.correoSaliente();
		if (e.origen() == CorreoNoEntregado.Origen.SMTP && saliente != null) {
			repositorio.rechazoSmtp(saliente, e.radicado(), e.destinatario(), e.diagnostico(), e.ocurrido());
		}
	}

}
