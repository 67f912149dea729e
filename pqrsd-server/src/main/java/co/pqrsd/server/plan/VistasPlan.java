package co.pqrsd.server.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import co.pqrsd.core.plan.Actividad;
import co.pqrsd.core.plan.CalificacionActividad;
import co.pqrsd.core.plan.CalificacionComponente;
import co.pqrsd.core.plan.CalificacionPlan;
import co.pqrsd.core.plan.Corte;
import co.pqrsd.core.plan.NotaImportacion;
import co.pqrsd.core.plan.PlanAnticorrupcion;
import co.pqrsd.core.plan.RegistroSeguimiento;
import co.pqrsd.core.plan.ResultadoImportacion;
import co.pqrsd.core.plan.SemaforoPlan;
import co.pqrsd.core.plan.VersionPlan;
import co.pqrsd.server.plan.RepositorioPlan.FilaEvidencia;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the plan's API (issue #10). */
final class VistasPlan {

	private VistasPlan() {
	}

	record Plan(int vigencia, String entidad, String plantilla, String nombrePlantilla, boolean publicado,
			@Nullable Integer version, boolean publicadoATiempo, int actividades, List<Componente> componentes,
			List<Version> versiones, String creadoPor, Instant creadoEn) {

		static Plan de(ServicioPlan.Cargado c) {
			PlanAnticorrupcion p = c.plan();
			return new Plan(p.vigencia(), p.entidad(), p.plantilla().codigo(), p.plantilla().nombre(), p.publicado(),
					p.publicado() ? p.versionVigente().numero() : null, p.publicadoATiempo(), p.actividades().size(),
					p.plantilla()
						.componentes()
						.stream()
						.map(k -> new Componente(k.codigo(), k.orden(), k.nombre(),
								(int) p.actividades().stream().filter(a -> a.componente().equals(k.codigo())).count()))
						.toList(),
					p.versiones().stream().map(Version::de).toList(), c.creadoPor(), c.creadoEn());
		}

	}

	record Componente(String codigo, int orden, String nombre, int actividades) {
	}

	record Version(int numero, Instant publicadaEn, String publicadaPor, @Nullable String motivo, int actividades) {

		static Version de(VersionPlan v) {
			return new Version(v.numero(), v.publicadaEn(), v.publicadaPor(), v.motivo(), v.actividades().size());
		}

	}

	record VistaActividad(String codigo, String componente, String subcomponente, String objetivo, String descripcion,
			String indicador, String meta, String fecha, String fechaLeida, List<LocalDate> vencimientos,
			String responsable, BigDecimal peso) {

		static VistaActividad de(Actividad a, co.pqrsd.core.calendario.CalendarioHabil calendario) {
			return new VistaActividad(a.codigo(), a.componente(), a.subcomponente(), a.objetivo(), a.descripcion(),
					a.indicador(), a.meta().toString(), a.fecha().texto(), a.fecha().descripcion(),
					a.fecha().vencimientos(calendario), a.responsable(), a.peso());
		}

	}

	record Importacion(int actividades, Map<String, Integer> porComponente, int rechazadas,
			List<NotaImportacion> notas) {

		static Importacion de(ResultadoImportacion r) {
			return new Importacion(r.actividades().size(), r.actividadesPorComponente(), r.rechazadas().size(),
					r.notas());
		}

	}

	record VistaCorte(int numero, LocalDate fecha, LocalDate limitePublicacion, boolean publicado,
			@Nullable LocalDate publicadoEl, @Nullable String publicadoPor, boolean publicadoATiempo,
			@Nullable BigDecimal porcentaje, @Nullable String porcentajeTexto, @Nullable SemaforoPlan semaforo,
			int programadas, int cumplidas, int atrasadas, int sinVerificar) {

		static VistaCorte de(ServicioPlan.Seguimiento s, CalificacionPlan c) {
			Corte k = s.seguimiento().corte();
			return new VistaCorte(k.numero(), k.fecha(), k.limitePublicacion(), s.seguimiento().publicado(),
					s.seguimiento().publicadoEl(), s.seguimiento().publicadoPor(), s.seguimiento().publicadoATiempo(),
					c.porcentaje(), c.porcentaje() == null ? null : SemaforoPlan.mostrar(c.porcentaje()), c.semaforo(),
					c.programadas(), c.cumplidas(), c.atrasadas().size(), s.seguimiento().sinVerificar().size());
		}

	}

	record DetalleCorte(VistaCorte corte, int version, List<ComponenteCorte> componentes) {

		static DetalleCorte de(ServicioPlan.Seguimiento s, CalificacionPlan c) {
			return new DetalleCorte(VistaCorte.de(s, c), s.seguimiento().version().numero(),
					c.componentes().stream().map(k -> ComponenteCorte.de(k, s)).toList());
		}

	}

	record ComponenteCorte(String codigo, String nombre, int programadas, int cumplidas,
			@Nullable BigDecimal porcentaje, @Nullable String porcentajeTexto, @Nullable SemaforoPlan semaforo,
			List<ActividadCorte> actividades) {

		static ComponenteCorte de(CalificacionComponente k, ServicioPlan.Seguimiento s) {
			return new ComponenteCorte(k.componente().codigo(), k.componente().nombre(), k.programadas(), k.cumplidas(),
					k.porcentaje(), k.porcentaje() == null ? null : SemaforoPlan.mostrar(k.porcentaje()), k.semaforo(),
					k.actividades().stream().map(a -> ActividadCorte.de(a, s)).toList());
		}

	}

	record ActividadCorte(String codigo, String descripcion, String responsable, String meta, String cumplimiento,
			BigDecimal programado, @Nullable BigDecimal porcentaje, @Nullable String porcentajeTexto,
			@Nullable SemaforoPlan semaforo, boolean exigible, boolean atrasada, @Nullable Reporte reportado,
			@Nullable Verificacion verificado) {

		static ActividadCorte de(CalificacionActividad a, ServicioPlan.Seguimiento s) {
			RegistroSeguimiento r = s.seguimiento().registros().get(a.actividad().codigo());
			RepositorioPlan.FilaSeguimiento f = s.filas().get(a.actividad().codigo());
			return new ActividadCorte(a.actividad().codigo(), a.actividad().descripcion(), a.actividad().responsable(),
					a.actividad().meta().toString(), a.actividad().fecha().texto(), a.programado(), a.porcentaje(),
					a.porcentaje() == null ? null : SemaforoPlan.mostrar(a.porcentaje()), a.semaforo(), a.exigible(),
					a.atrasada(),
					r.reportado() == null ? null
							: new Reporte(r.reportado().valor(), r.reportado().descripcion(),
									r.reportado()
										.evidencias()
										.stream()
										.map(e -> new FilaEvidencia(e.tipo(), e.referencia(), e.sha256()))
										.toList(),
									r.reportado().quien(), f == null ? null : f.reportadoEn()),
					r.verificado() == null ? null : new Verificacion(r.verificado().valor(),
							r.verificado().observaciones(), r.verificado().quien(), r.verificado().cuando()));
		}

	}

	record Reporte(BigDecimal valor, String descripcion, List<FilaEvidencia> evidencias, String quien,
			@Nullable Instant cuando) {
	}

	record Verificacion(BigDecimal valor, String observaciones, String quien, Instant cuando) {
	}

}
