package co.pqrsd.server.riesgos;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import co.pqrsd.core.riesgos.Control;
import co.pqrsd.core.riesgos.EvaluacionRiesgo;
import co.pqrsd.core.riesgos.Materializacion;
import co.pqrsd.core.riesgos.ParteRedaccion;
import co.pqrsd.core.riesgos.PlanTratamiento;
import co.pqrsd.core.riesgos.RedaccionRiesgo;
import co.pqrsd.core.riesgos.Riesgo;
import co.pqrsd.core.riesgos.TipoRiesgo;
import co.pqrsd.core.riesgos.ZonaRiesgo;
import org.jspecify.annotations.Nullable;

/**
 * A risk as the API and the screens show it: its identification with the wording check,
 * its controls in order, its evaluation (inherent and residual), treatment and
 * materializations.
 */
record VistaRiesgo(long id, int vigencia, String codigo, String proceso, @Nullable String dependencia, TipoRiesgo tipo,
		List<String> causas, RedaccionRiesgo redaccion, String enunciado, Revision revision, List<String> consecuencias,
		List<VistaControl> controles, @Nullable EntradaEvaluacion entradaEvaluacion,
		@Nullable EvaluacionRiesgo evaluacion, @Nullable ZonaRiesgo zonaInherente, @Nullable ZonaRiesgo zonaResidual,
		@Nullable PlanTratamiento tratamiento, List<VistaMaterializacion> materializaciones,
		boolean requiereReevaluacion) {

	/**
	 * The guide's wording check (acción u omisión + uso del poder + desviación +
	 * beneficio privado).
	 */
	record Revision(boolean completa, List<Parte> faltantes, String mensaje) {
	}

	record Parte(ParteRedaccion parte, String nombre, String guia) {
	}

	record VistaControl(int posicion, String responsable, String accion, String complemento, String tipo,
			String implementacion, boolean documentado, boolean continuo, boolean conRegistro, String descripcion) {
	}

	record VistaMaterializacion(LocalDate fecha, String descripcion, Set<Materializacion.Autoridad> autoridades,
			@Nullable String radicadoTraslado, @Nullable String entidad, @Nullable LocalDate fechaInforme) {
	}

	static VistaRiesgo de(FilaRiesgo fila) {
		Riesgo r = fila.riesgo();
		RedaccionRiesgo red = r.redaccion();
		List<Parte> faltan = red.faltantes().stream().map(p -> new Parte(p, p.nombre(), p.guia())).toList();
		String mensaje = faltan.isEmpty()
				? "La redacción tiene las cuatro partes que pide la guía: acción u omisión, uso del poder, "
						+ "desviación de la gestión de lo público y beneficio privado."
				: "A la redacción le falta: "
						+ String.join("; ", faltan.stream().map(p -> p.nombre() + ". " + p.guia()).toList());
		List<VistaControl> controles = new ArrayList<>();
		for (int i = 0; i < fila.controles().size(); i++) {
			Control c = fila.controles().get(i);
			controles.add(new VistaControl(i + 1, c.responsable(), c.accion(), c.complemento(), c.tipo().name(),
					c.implementacion().name(), c.documentado(), c.continuo(), c.conRegistro(), c.descripcion()));
		}
		List<VistaMaterializacion> hechos = new ArrayList<>();
		for (int i = 0; i < r.materializaciones().size(); i++) {
			Materializacion m = r.materializaciones().get(i);
			InformeAutoridad inf = i < fila.informes().size() ? fila.informes().get(i)
					: new InformeAutoridad(null, null, null);
			hechos.add(new VistaMaterializacion(m.fecha(), m.descripcion(), m.autoridades(), m.radicadoTraslado(),
					inf.entidad(), inf.fecha()));
		}
		EvaluacionRiesgo e = r.evaluacion();
		return new VistaRiesgo(fila.id(), fila.vigencia(), r.codigo(), r.proceso(), fila.dependencia(), r.tipo(),
				r.causas(), red, red.texto(), new Revision(faltan.isEmpty(), faltan, mensaje), r.consecuencias(),
				controles, fila.entrada(), e, e == null ? null : e.zonaInherente(), e == null ? null : e.zonaResidual(),
				r.tratamiento(), hechos, r.requiereReevaluacion());
	}

}
