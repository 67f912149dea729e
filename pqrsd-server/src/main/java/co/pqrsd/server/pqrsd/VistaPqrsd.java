package co.pqrsd.server.pqrsd;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import co.pqrsd.core.comun.Colombia;
import co.pqrsd.core.pqrsd.Advertencia;
import co.pqrsd.core.pqrsd.Canal;
import co.pqrsd.core.pqrsd.Comunicacion;
import co.pqrsd.core.pqrsd.ConsultaInterna;
import co.pqrsd.core.pqrsd.Desistimiento;
import co.pqrsd.core.pqrsd.Etapa;
import co.pqrsd.core.pqrsd.EstadoPqrsd;
import co.pqrsd.core.pqrsd.Etiqueta;
import co.pqrsd.core.pqrsd.Historial;
import co.pqrsd.core.pqrsd.Pqrsd;
import co.pqrsd.core.pqrsd.Prioridad;
import co.pqrsd.core.pqrsd.Requerimiento;
import co.pqrsd.core.pqrsd.SituacionTermino;
import co.pqrsd.core.pqrsd.Traslado;
import co.pqrsd.server.radicacion.EntradasRadicacion;
import org.jspecify.annotations.Nullable;

/**
 * A case as GET /api/v1/pqrsd/{radicado} shows it; every date-time in America/Bogota. The
 * peticionario's identity is not part of it (it stays with the radicado, whose own rules
 * show it).
 *
 * @param semaforo VERDE, AMARILLO, ROJO or VENCIDO while open; {@code null} when closed
 * or without a term
 * @param historial the accountability timeline (CPACA art. 31)
 * @param etapa the step of the work
 * @param advertencias irregularities recorded (late traslado, late answer…)
 * @param requerimientos the art. 17 requerimientos, oldest first
 * @param consultas the internal consultations, oldest first
 * @param respuesta the drafted answer and its approval, if any
 * @param comunicacion the communication of the answer (SALIDA radicado, medio, date)
 * @param traslado the traslado por competencia, if done
 * @param desistimiento the withdrawal, if any
 * @param venceEntregaCopias last day to deliver the copies after silencio positivo
 * @param peticionario the peticionario's identity and contact, only for who may see it;
 * {@code null} when anonymous or reserved
 * @param canalRespuesta the preferred answer channel, {@code null} when not given
 * @param autorizacionDatos the data-protection consent given on the public channel (Ley
 * 1581 de 2012), {@code null} when it was not asked (anonymous, ventanilla, e-mail)
 */
record VistaPqrsd(String radicado, Etiqueta etiqueta, @Nullable String modalidad, EstadoPqrsd estado,
		OffsetDateTime recibido, @Nullable LocalDate vencimiento, @Nullable String semaforo, int diasHabilesRestantes,
		@Nullable String asignadoA, String dependencia, Canal canal, Set<Prioridad> prioridades,
		boolean denunciaCorrupcion, boolean anonimo, @Nullable Prorroga prorroga, List<Tramo> historial, Etapa etapa,
		List<Advertencia> advertencias, List<Requerimiento> requerimientos, List<ConsultaInterna> consultas,
		co.pqrsd.core.pqrsd.@Nullable Respuesta respuesta, @Nullable Comunicacion comunicacion,
		@Nullable Traslado traslado, @Nullable Desistimiento desistimiento, @Nullable LocalDate venceEntregaCopias,
		EntradasRadicacion.@Nullable Peticionario peticionario, @Nullable String canalRespuesta,
		@Nullable AutorizacionDatos autorizacionDatos) {

	/**
	 * @param autoriza whether the peticionario authorized the processing of his data
	 * @param fecha when (the filing instant, in Colombia's time)
	 * @param politica the version or address of the policy he was shown
	 */
	record AutorizacionDatos(boolean autoriza, OffsetDateTime fecha, String politica) {
	}

	record Prorroga(LocalDate fechaOriginal, LocalDate nuevaFecha, LocalDate tope, OffsetDateTime informadaEn,
			String motivo) {
	}

	/**
	 * @param titular who answers for the step
	 * @param diasHabiles business days it was held
	 */
	record Tramo(EstadoPqrsd estado, Etapa etapa, String dependencia, @Nullable String responsable, String titular,
			OffsetDateTime desde, @Nullable OffsetDateTime hasta, String accion, int diasHabiles) {
	}

	/** One row of the list. */
	record Resumen(String radicado, Etiqueta etiqueta, @Nullable String modalidad, EstadoPqrsd estado,
			OffsetDateTime recibido, @Nullable LocalDate vencimiento, @Nullable String semaforo,
			int diasHabilesRestantes, @Nullable String asignadoA, String dependencia, boolean denunciaCorrupcion) {
	}

	static VistaPqrsd de(Pqrsd c, SituacionTermino s, List<Historial.Tramo> tramos,
			EntradasRadicacion.@Nullable Peticionario peticionario, @Nullable String canalRespuesta,
			@Nullable AutorizacionDatos autorizacionDatos) {
		var p = c.prorroga();
		return new VistaPqrsd(c.radicado(), c.etiqueta(), c.modalidad(), c.estado(), bogota(c.recibido()),
				s.vencimiento(), s.color() == null ? null : s.color().name(), s.diasHabilesRestantes(), c.asignadoA(),
				c.dependencia(), c.canal(), c.prioridades(), c.denunciaCorrupcion(), c.anonimo(),
				p == null ? null
						: new Prorroga(p.fechaOriginal(), p.nuevaFecha(), p.tope(), bogota(p.informadaEn()),
								p.motivo()),
				tramos.stream()
					.map(t -> new Tramo(t.paso().estado(), t.paso().etapa(), t.paso().dependencia(),
							t.paso().responsable(), t.paso().titular(), ServicioPqrsd.enBogota(t.paso().desde()),
							t.paso().hasta() == null ? null : ServicioPqrsd.enBogota(t.paso().hasta()),
							t.paso().accion(), t.diasHabiles()))
					.toList(),
				c.etapa(), c.advertencias(), c.requerimientos(), c.consultas(), c.respuesta(), c.comunicacion(),
				c.traslado(), c.desistimiento(), c.venceEntregaCopias(), peticionario, canalRespuesta,
				autorizacionDatos);
	}

	static Resumen resumen(Pqrsd c, SituacionTermino s) {
		return new Resumen(c.radicado(), c.etiqueta(), c.modalidad(), c.estado(), bogota(c.recibido()), s.vencimiento(),
				s.color() == null ? null : s.color().name(), s.diasHabilesRestantes(), c.asignadoA(), c.dependencia(),
				c.denunciaCorrupcion());
	}

	private static OffsetDateTime bogota(OffsetDateTime t) {
		return t.atZoneSameInstant(Colombia.ZONA).toOffsetDateTime();
	}

}
