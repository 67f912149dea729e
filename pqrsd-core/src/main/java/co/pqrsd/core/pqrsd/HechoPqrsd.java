package co.pqrsd.core.pqrsd;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A fact an action produced, named in the past tense. The server records each in the
 * audit trail and publishes it as an event; none carries the peticionario's identity.
 */
public sealed interface HechoPqrsd {

	/**
	 * @return the case's radicado number.
	 */
	String radicado();

	/**
	 * @return when it happened.
	 */
	Instant en();

	record PqrsdRadicada(String radicado, Instant en, Etiqueta etiqueta, @Nullable String modalidad, String dependencia,
			@Nullable LocalDate vencimiento) implements HechoPqrsd {
	}

	record EnviadaAReparto(String radicado, Instant en, String dependencia) implements HechoPqrsd {
	}

	record PqrsdAsignada(String radicado, Instant en, String usuario, @Nullable String anterior,
			String asignadaPor) implements HechoPqrsd {
	}

	/** Reassigned inside the alcaldía: the clock keeps running (domain-rules R-PQ-30). */
	record PqrsdReasignada(String radicado, Instant en, String dependenciaAnterior, String dependenciaNueva,
			String motivo, String reasignadaPor) implements HechoPqrsd {
	}

	record NotaRegistrada(String radicado, Instant en, String autor, String texto) implements HechoPqrsd {
	}

	record ConsultaInternaSolicitada(String radicado, Instant en, ConsultaInterna consulta) implements HechoPqrsd {
	}

	record ConsultaInternaRespondida(String radicado, Instant en, ConsultaInterna consulta) implements HechoPqrsd {
	}

	record RespuestaProyectada(String radicado, Instant en, String autor,
			boolean requiereAprobacion) implements HechoPqrsd {
	}

	record RespuestaAprobada(String radicado, Instant en, String aprobadaPor,
			String observaciones) implements HechoPqrsd {
	}

	record RespuestaDevuelta(String radicado, Instant en, String devueltaPor,
			String observaciones) implements HechoPqrsd {
	}

	/** The term is satisfied at this instant (not at the signature). */
	record RespuestaComunicada(String radicado, Instant en, Comunicacion comunicacion) implements HechoPqrsd {
	}

	/**
	 * The oficio remisorio goes to {@code traslado.entidad()} and a copy to the
	 * peticionario (Ley 1755 de 2015, art. 21).
	 */
	record PqrsdTrasladada(String radicado, Instant en, Traslado traslado) implements HechoPqrsd {
	}

	record InformacionRequerida(String radicado, Instant en, Requerimiento requerimiento) implements HechoPqrsd {
	}

	record PlazoPeticionarioProrrogado(String radicado, Instant en, Requerimiento requerimiento) implements HechoPqrsd {
	}

	/** The citizen answered: the clock runs again, with the new deadline. */
	record RequerimientoAtendido(String radicado, Instant en, Requerimiento requerimiento, LocalDate nuevoVencimiento,
			String reanudacion) implements HechoPqrsd {
	}

	record PlazoPeticionarioVencido(String radicado, Instant en, Requerimiento requerimiento) implements HechoPqrsd {
	}

	record PqrsdDesistida(String radicado, Instant en, Desistimiento desistimiento) implements HechoPqrsd {
	}

	/** The peticionario must be told the reasons and the new date. */
	record TerminoProrrogado(String radicado, Instant en, Prorroga prorroga) implements HechoPqrsd {
	}

	record TerminoVencido(String radicado, Instant en, LocalDate vencimiento,
			boolean silencioPositivo) implements HechoPqrsd {
	}

	record TareaCreada(String radicado, Instant en, Tarea tarea) implements HechoPqrsd {
	}

	record AdvertenciaRegistrada(String radicado, Instant en, Advertencia advertencia) implements HechoPqrsd {
	}

	record PqrsdCerrada(String radicado, Instant en, EstadoPqrsd desde) implements HechoPqrsd {
	}

}
