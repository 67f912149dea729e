package co.pqrsd.core.archivo.disposicion;

import java.time.LocalDate;
import java.util.Map;

import co.pqrsd.core.archivo.retencion.ReglasRetencion;
import co.pqrsd.core.archivo.trd.Disposicion;
import co.pqrsd.core.comun.ConflictoDeEstado;
import co.pqrsd.core.comun.ErrorDominio;
import org.jspecify.annotations.Nullable;

/** What may be proposed, transferred or eliminated, expediente by expediente. */
public final class ReglasDisposicion {

	private ReglasDisposicion() {
	}

	/** A legal hold blocks every disposition and transfer of what it covers. */
	public static void sinBloqueo(String expediente, @Nullable String bloqueo) {
		if (bloqueo != null) {
			throw new ConflictoDeEstado("BLOQUEO_LEGAL",
					"El expediente " + expediente + " está congelado por un bloqueo legal (" + bloqueo
							+ ") y no se puede disponer ni transferir.",
					Map.of("expediente", expediente, "bloqueo", bloqueo));
		}
	}

	/**
	 * R-TRD-8: an expediente is an elimination candidate only when its TRD allows it (E
	 * or S) and its retention in the archivo central ended (R-TRD-5).
	 */
	public static void candidatoEliminacion(String expediente, Disposicion disposicion, @Nullable LocalDate finCentral,
			LocalDate hoy) {
		if (finCentral == null || hoy.isBefore(finCentral)) {
			throw new ErrorDominio("RETENCION_NO_CUMPLIDA",
					"El expediente " + expediente + " no ha cumplido su tiempo de retención"
							+ (finCentral == null ? " (no está cerrado)." : " (vence el " + finCentral + ")."),
					Map.of("expediente", expediente));
		}
		if (!ReglasRetencion.admiteEliminacion(disposicion)) {
			throw new ErrorDominio(
					"DISPOSICION_NO_ADMITE_ELIMINACION", "La TRD del expediente " + expediente
							+ " no admite eliminación (disposición " + disposicion.codigos() + ").",
					Map.of("expediente", expediente));
		}
	}

}
