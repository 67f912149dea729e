package co.pqrsd.server.archivo.retencion;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.pqrsd.core.archivo.retencion.PlazosRetencion;
import co.pqrsd.core.archivo.retencion.PlazosRetencion.Vencimiento;
import co.pqrsd.core.archivo.retencion.ReglasRetencion;
import co.pqrsd.core.archivo.retencion.Ubicacion;
import co.pqrsd.core.calendario.FueraDeRango;
import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.server.archivo.indice.ExpedienteArchivado;
import co.pqrsd.server.archivo.indice.Expedientes;
import co.pqrsd.server.auditoria.AccionAuditoria;
import co.pqrsd.server.auditoria.Auditoria;
import co.pqrsd.server.terminos.TerminosEntidad;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention clock of each closed expediente and the due lists. The end dates are
 * stored when the expediente closes (R-TRD-5), so a due list is a range scan of a partial
 * index however many expedientes are closed.
 */
@Service
public class Retencion {

	public static final int TAMANO_PAGINA = 100;

	private static final String FILA = """
			SELECT e.id, e.numero, e.nombre, e.dependencia, f.serie_codigo, f.subserie_codigo, f.serie_nombre,
			       f.subserie_nombre, e.fecha_cierre, r.fin_ag, r.fin_ac, r.disposicion, r.ubicacion,
			       (SELECT b.motivo FROM archivo_bloqueo b WHERE b.expediente_id = e.id AND b.levantado_en IS NULL
			         ORDER BY b.id LIMIT 1) AS bloqueo,
			       coalesce((SELECT 'NT ' || t.numero FROM archivo_transferencia_item i
			                   JOIN archivo_transferencia t ON t.id = i.transferencia_id
			                  WHERE i.expediente_id = e.id AND t.estado IN ('BORRADOR','ENVIADA') LIMIT 1),
			                (SELECT 'Disposición ' || d.id FROM archivo_disposicion_item di
			                   JOIN archivo_disposicion d ON d.id = di.disposicion_id
			                  WHERE di.expediente_id = e.id AND di.estado = 'PROPUESTO' AND d.estado <> 'EJECUTADA'
			                  LIMIT 1)) AS en_tramite
			  FROM pagina p
			  JOIN archivo_retencion r ON r.expediente_id = p.expediente_id
			  JOIN archivo_expediente e ON e.id = r.expediente_id
			  JOIN archivo_trd_fila f ON f.id = e.trd_fila_id
			""";

	private final JdbcClient jdbc;

	private final Expedientes expedientes;

	private final Auditoria auditoria;

	private final TerminosEntidad terminos;

	Retencion(JdbcClient jdbc, Expedientes expedientes, Auditoria auditoria, TerminosEntidad terminos) {
		this.terminos = terminos;
		this.jdbc = jdbc;
		this.expedientes = expedientes;
		this.auditoria = auditoria;
	}

	/**
	 * The entity's calendar knows its holidays only so many years ahead: beyond them a
	 * date stands as it is (weekends still move).
	 */
	private LocalDate habilOSiguiente(LocalDate fecha) {
		try {
			return terminos.calendario().habilOSiguiente(fecha);
		}
		catch (FueraDeRango ex) {
			LocalDate d = fecha;
			while (d.getDayOfWeek() == java.time.DayOfWeek.SATURDAY || d.getDayOfWeek() == java.time.DayOfWeek.SUNDAY) {
				d = d.plusDays(1);
			}
			return d;
		}
	}

	/**
	 * Stores the retention clock of a closed expediente (called in the closing
	 * transaction). Nothing is stored while the start event has no date yet (R-TRD-4).
	 * @return the clock, empty when it cannot start yet
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<PlazosRetencion> registrar(long expedienteId) {
		ExpedienteArchivado e = expedientes.porId(expedienteId).orElseThrow();
		if (!e.cerrado() || e.fechaInicioRetencion() == null) {
			return Optional.empty();
		}
		// R-TRD-3/R-TRD-5: years in AG from the start event, then AC years (calendar
		// years, R-CAL-2).
		PlazosRetencion p = PlazosRetencion.calcular(e.fechaInicioRetencion(), e.retencionAg(), e.retencionAc(),
				this::habilOSiguiente);
		int n = jdbc
			.sql("""
					INSERT INTO archivo_retencion (expediente_id, dependencia, inicio, fin_ag, fin_ac, disposicion, va_historico,
					                               admite_eliminacion)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (expediente_id) DO NOTHING""")
			.params(e.id(), e.dependencia(), Date.valueOf(p.inicio()), Date.valueOf(p.finGestion()),
					Date.valueOf(p.finCentral()), String.join("+", e.disposicion().codigos()),
					ReglasRetencion.vaAlHistorico(e.disposicion()), ReglasRetencion.admiteEliminacion(e.disposicion()))
			.update();
		if (n > 0) {
			auditoria.registrarDelSistema(AccionAuditoria.RETENCION_REGISTRADA, "EXPEDIENTE", e.numero(),
					Map.of("inicio", p.inicio().toString(), "finGestion", p.finGestion().toString(), "finCentral",
							p.finCentral().toString()));
		}
		return Optional.of(p);
	}

	/**
	 * The expedientes due on {@code hoy}: {@code TRANSFERENCIA_PRIMARIA} (in gestión,
	 * fin_AG reached), {@code TRANSFERENCIA_SECUNDARIA} (in central, fin_AC reached, CT
	 * or S) or {@code DISPOSICION_FINAL} (in central, fin_AC reached, E or S), oldest
	 * first.
	 */
	@Transactional(readOnly = true)
	public ListaPendientes pendientes(Vencimiento tipo, LocalDate hoy, @Nullable String dependencia, int pagina) {
		if (pagina < 0 || pagina > 100_000) {
			throw new ErrorDominio("PAGINA_INVALIDA", "La página debe estar entre 0 y 100000.");
		}
		String filtro = switch (tipo) {
			case TRANSFERENCIA_PRIMARIA -> " WHERE r.ubicacion = 'GESTION' AND r.fin_ag <= ?";
			case TRANSFERENCIA_SECUNDARIA ->
				" WHERE r.ubicacion = 'CENTRAL' AND NOT r.eliminado AND r.fin_ac <= ? AND r.va_historico";
			case DISPOSICION_FINAL ->
				" WHERE r.ubicacion = 'CENTRAL' AND NOT r.eliminado AND r.fin_ac <= ? AND r.admite_eliminacion";
		};
		String orden = tipo == Vencimiento.TRANSFERENCIA_PRIMARIA ? " ORDER BY r.fin_ag, r.expediente_id"
				: " ORDER BY r.fin_ac, r.expediente_id";
		String porDependencia = dependencia == null ? "" : " AND r.dependencia = ?";
		List<Object> params = new java.util.ArrayList<>(List.of(Date.valueOf(hoy)));
		if (dependencia != null) {
			params.add(dependencia);
		}
		// Count and page over the retention clocks alone (partial indexes), then join the
		// page.
		long total = jdbc.sql("SELECT count(*) FROM archivo_retencion r" + filtro + porDependencia)
			.params(params)
			.query(Long.class)
			.single();
		List<Object> conPagina = new java.util.ArrayList<>(params);
		conPagina.add(TAMANO_PAGINA);
		conPagina.add(pagina * TAMANO_PAGINA);
		List<FilaPendiente> filas = jdbc
			.sql("WITH pagina AS MATERIALIZED (SELECT r.expediente_id, r.fin_ag, r.fin_ac FROM archivo_retencion r"
					+ filtro + porDependencia + orden + " LIMIT ? OFFSET ?) " + FILA + orden)
			.params(conPagina)
			.query((rs, n) -> {
				String sub = rs.getString("subserie_codigo");
				String dep = rs.getString("dependencia");
				Date cierre = rs.getDate("fecha_cierre");
				String subNombre = rs.getString("subserie_nombre");
				return new FilaPendiente(rs.getLong("id"), rs.getString("numero"), rs.getString("nombre"), dep,
						dep + "." + rs.getString("serie_codigo") + (sub == null ? "" : "." + sub),
						rs.getString("serie_nombre") + (subNombre == null ? "" : " / " + subNombre),
						cierre == null ? null : cierre.toLocalDate(), rs.getDate("fin_ag").toLocalDate(),
						rs.getDate("fin_ac").toLocalDate(), rs.getString("disposicion"), rs.getString("ubicacion"),
						rs.getString("bloqueo"), rs.getString("en_tramite"));
			})
			.list();
		return new ListaPendientes(tipo.name(), hoy, total, pagina, TAMANO_PAGINA, filas);
	}

	/**
	 * @return where the expediente is in the ciclo vital; empty when it has no clock yet.
	 */
	public Optional<Ubicacion> ubicacion(long expedienteId) {
		return jdbc.sql("SELECT ubicacion FROM archivo_retencion WHERE expediente_id = ?")
			.param(expedienteId)
			.query(String.class)
			.optional()
			.map(Ubicacion::valueOf);
	}

}
