package co.pqrsd.server.archivo.expedientes;

import java.util.ArrayList;
import java.util.List;

import co.pqrsd.core.pqrsd.EstadoPqrsd;
import co.pqrsd.core.pqrsd.Pqrsd;
import co.pqrsd.server.pqrsd.PqrsdCambiada;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a PQRSD is answered or closed, its documents (the ENTRADA's and the answer's
 * SALIDA's) are incorporated into the expediente of the serie configured for its
 * dependencia (CPACA art. 58: documents of an electronic procedure are archived in the
 * same medium). Synchronous, in the case's own transaction, so nothing is lost and the
 * incorporation is audited with it; idempotent, so answering and then closing files each
 * document once.
 */
@Component
class ArchivoPqrsd {

	private static final Logger log = LoggerFactory.getLogger(ArchivoPqrsd.class);

	private final ServicioExpedientes servicio;

	ArchivoPqrsd(ServicioExpedientes servicio) {
		this.servicio = servicio;
	}

	@EventListener
	void alCambiar(PqrsdCambiada e) {
		Pqrsd nuevo = e.nuevo();
		boolean archivable = nuevo.estado() == EstadoPqrsd.RESPONDIDA || nuevo.estado() == EstadoPqrsd.CERRADA;
		if (!archivable || (e.anterior() != null && e.anterior().estado() == nuevo.estado())) {
			return;
		}
		List<String> radicados = new ArrayList<>();
		radicados.add(nuevo.radicado());
		if (nuevo.comunicacion() != null) {
			radicados.add(nuevo.comunicacion().radicadoSalida());
		}
		servicio.archivarPqrsd(nuevo.dependencia(), radicados, "PQRSD " + nuevo.radicado())
			.ifPresent(numero -> log.info("PQRSD {} archivada en el expediente {}", nuevo.radicado(), numero));
	}

}
