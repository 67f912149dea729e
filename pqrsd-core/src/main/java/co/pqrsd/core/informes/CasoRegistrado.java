package co.pqrsd.core.informes;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import co.pqrsd.core.comun.Colombia;
import co.pqrsd.core.pqrsd.Canal;
import co.pqrsd.core.pqrsd.Comunicacion;
import co.pqrsd.core.pqrsd.Etiqueta;
import co.pqrsd.core.pqrsd.EstadoPqrsd;
import co.pqrsd.core.pqrsd.Plazos;
import co.pqrsd.core.pqrsd.Pqrsd;
import co.pqrsd.core.pqrsd.Traslado;
import org.jspecify.annotations.Nullable;

/**
 * One case as the registro and the reports see it (R-REP-4), without personal data.
 *
 * @param radicado the ENTRADA number
 * @param etiqueta the label
 * @param modalidad the legal modality, {@code null} for a felicitación
 * @param canal how it arrived
 * @param dependencia the responsible dependencia's code
 * @param estado the state now
 * @param situacion where it stands for the reports
 * @param recibido the real reception instant, in Colombia
 * @param vencimiento the deadline in force (with prórroga), {@code null} without a term
 * or while the clock is stopped
 * @param fechaRespuesta the date the answer was communicated, {@code null} before
 * @param diasHabiles business days used: to the communication of the answer, to the
 * traslado, or up to today while pending ({@code null} without a term); the stopped days
 * of requerimientos are not counted
 * @param oportuna whether the answer was on time, {@code null} when not answered
 * @param trasladada whether it was sent to another authority
 * @param fechaTraslado the date of the traslado
 * @param prorrogada whether the term was extended
 * @param denunciaCorrupcion whether it is a reserved corruption denuncia (Ley 1474 de
 * 2011, art. 76)
 * @param anonimo whether the peticionario is unknown
 * @param accesoInformacion whether it is a request for documents and public information
 * (Ley 1712 de 2014; modality DOCUMENTOS)
 * @param negada whether access to the information was denied in full (Decreto 1081 de
 * 2015, art. 2.1.1.4.4.1): the communicated answer's sentido is NEGADA
 * @param negadaParcial whether it was denied in part (sentido PARCIAL: the rest released,
 * art. 2.1.1.4.3.2)
 */
public record CasoRegistrado(String radicado, Etiqueta etiqueta, @Nullable String modalidad, Canal canal,
		String dependencia, EstadoPqrsd estado, Situacion situacion, OffsetDateTime recibido,
		@Nullable LocalDate vencimiento, @Nullable LocalDate fechaRespuesta, @Nullable Integer diasHabiles,
		@Nullable Boolean oportuna, boolean trasladada, @Nullable LocalDate fechaTraslado, boolean prorrogada,
		boolean denunciaCorrupcion, boolean anonimo, boolean accesoInformacion, boolean negada, boolean negadaParcial) {

	/**
	 * The modality of requests for documents and information, which Ley 1712 de 2014
	 * requests use (terminos-ley.csv).
	 */
	public static final String MODALIDAD_ACCESO = "DOCUMENTOS";

	/**
	 * @return the reception date in Colombia, which places the case in a period.
	 */
	public LocalDate fechaRecibido() {
		return recibido.atZoneSameInstant(Colombia.ZONA).toLocalDate();
	}

	/** The sentido of an answer that denies access in full. */
	public static final String NEGADA = "NEGADA";

	/** The sentido of an answer that denies access in part. */
	public static final String PARCIAL = "PARCIAL";

	/**
	 * Reads a case for the reports, without the sentido of its answer.
	 * @param hoy today in Colombia: the end of the count for pending cases
	 */
	public static CasoRegistrado de(Pqrsd caso, Plazos plazos, LocalDate hoy) {
		return de(caso, plazos, hoy, null);
	}

	/**
	 * Reads a case for the reports.
	 * @param hoy today in Colombia: the end of the count for pending cases
	 * @param sentido the sentido recorded with its answer (CONCEDIDA, NEGADA, PARCIAL),
	 * {@code null} when none; it counts only once the answer is communicated
	 */
	public static CasoRegistrado de(Pqrsd caso, Plazos plazos, LocalDate hoy, @Nullable String sentido) {
		Comunicacion c = caso.comunicacion();
		Traslado t = caso.traslado();
		boolean conTermino = caso.modalidad() != null;
		LocalDate vence = conTermino ? plazos.fechaVencimiento(caso).orElse(null) : null;
		Situacion situacion;
		Integer dias;
		if (c != null) {
			situacion = c.oportuna() ? Situacion.RESPONDIDA_A_TIEMPO : Situacion.RESPONDIDA_TARDE;
			dias = c.diasHabilesUsados();
			vence = c.vencimiento();
		}
		else if (t != null) {
			situacion = Situacion.TRASLADADA;
			dias = conTermino ? plazos.diasHabilesUsados(caso, t.fecha()) : null;
		}
		else if (caso.desistimiento() != null || caso.estado() == EstadoPqrsd.DESISTIDA) {
			situacion = Situacion.DESISTIDA;
			dias = null;
		}
		else if (caso.estado().abierta() && conTermino) {
			boolean vencida = caso.estado().vencida() || (vence != null && hoy.isAfter(vence));
			situacion = vencida ? Situacion.PENDIENTE_VENCIDA : Situacion.PENDIENTE;
			dias = plazos.diasHabilesUsados(caso, hoy);
		}
		else {
			situacion = Situacion.SIN_RESPUESTA_DEBIDA;
			dias = null;
		}
		return new CasoRegistrado(caso.radicado(), caso.etiqueta(), caso.modalidad(), caso.canal(), caso.dependencia(),
				caso.estado(), situacion, caso.recibido().atZoneSameInstant(Colombia.ZONA).toOffsetDateTime(), vence,
				c == null ? null : c.fecha(), dias, c == null ? null : c.oportuna(), t != null,
				t == null ? null : t.fecha(), caso.prorroga() != null, caso.denunciaCorrupcion(), caso.anonimo(),
				MODALIDAD_ACCESO.equals(caso.modalidad()), c != null && NEGADA.equals(sentido),
				c != null && PARCIAL.equals(sentido));
	}

}
