package co.pqrsd.server.archivo.retencion;

import co.pqrsd.server.archivo.ExpedienteCerrado;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts the retention clock when an expediente closes, in the closing transaction
 * (R-TRD-3: by default the count starts at the cierre).
 */
@Component
class OyenteCierre {

	private final Retencion retencion;

	OyenteCierre(Retencion retencion) {
		this.retencion = retencion;
	}

	@EventListener
	void alCerrar(ExpedienteCerrado cerrado) {
		retencion.registrar(cerrado.expedienteId());
	}

	/** R-TRD-4: a serie counting from another event starts when that event is dated. */
	@EventListener
	void alFijarInicio(co.pqrsd.server.archivo.InicioRetencionFijado fijado) {
		retencion.registrar(fijado.expedienteId());
	}

}
