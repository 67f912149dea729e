package co.pqrsd.server.pqrsd;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;

import co.pqrsd.server.auditoria.AccionAuditoria;
import co.pqrsd.server.auditoria.Auditoria;
import co.pqrsd.server.seguridad.Dependencias;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a dependencia's answers go through its jefe's approval before they become a
 * SALIDA radicado (switched on unless the dependencia turned it off).
 */
@Service
class AprobacionDependencias {

	private final JdbcClient jdbc;

	private final Dependencias dependencias;

	private final Auditoria auditoria;

	private final Clock reloj;

	AprobacionDependencias(JdbcClient jdbc, Dependencias dependencias, Auditoria auditoria, Clock reloj) {
		this.jdbc = jdbc;
		this.dependencias = dependencias;
		this.auditoria = auditoria;
		this.reloj = reloj;
	}

	record Configuracion(String dependencia, boolean requiereAprobacion) {
	}

	boolean requiereAprobacion(String dependencia) {
		return jdbc.sql("SELECT requiere_aprobacion FROM pqrsd_aprobacion_dependencia WHERE dependencia = ?")
			.param(dependencia)
			.query(Boolean.class)
			.optional()
			.orElse(true);
	}

	@Transactional(readOnly = true)
	Configuracion obtener(String dependencia) {
		dependencias.obtener(dependencia);
		return new Configuracion(dependencia, requiereAprobacion(dependencia));
	}

	/** ADMIN or the dependencia's jefe; audited. */
	@Transactional
	Configuracion definir(String dependencia, boolean requiere, UsuarioAutenticado usuario) {
		dependencias.obtener(dependencia);
		RepartidoresPqrsd.exigirJefeOAdmin(dependencia, usuario);
		boolean anterior = requiereAprobacion(dependencia);
		jdbc.sql(
				"""
						INSERT INTO pqrsd_aprobacion_dependencia (dependencia, requiere_aprobacion, modificado_por, modificado_en)
						VALUES (?, ?, ?, ?)
						ON CONFLICT (dependencia) DO UPDATE SET requiere_aprobacion = EXCLUDED.requiere_aprobacion,
						    modificado_por = EXCLUDED.modificado_por, modificado_en = EXCLUDED.modificado_en""")
			.params(dependencia, requiere, usuario.username(), Timestamp.from(reloj.instant()))
			.update();
		auditoria.registrar(AccionAuditoria.PQRSD_APROBACION_CONFIGURADA, "DEPENDENCIA", dependencia,
				Map.of("anterior", anterior, "requiereAprobacion", requiere));
		return new Configuracion(dependencia, requiere);
	}

}
