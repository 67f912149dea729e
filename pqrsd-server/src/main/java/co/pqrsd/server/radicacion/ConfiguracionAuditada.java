package co.pqrsd.server.radicacion;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import co.pqrsd.server.auditoria.AccionAuditoria;
import co.pqrsd.server.auditoria.Auditoria;
import co.pqrsd.server.auditoria.Cambios;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Audits, at start-up, a change of the ventanilla's settings since the last start: the
 * numbering pattern or the correspondence unit change what a radicado number means and
 * who may annul, and they are set outside the application.
 */
@Component
class ConfiguracionAuditada {

	static final String CLAVE = "pqrsd.radicacion";

	private final RadicacionProperties propiedades;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Auditoria auditoria;

	private final TransactionTemplate transaccion;

	private final Clock reloj;

	ConfiguracionAuditada(RadicacionProperties propiedades, JdbcClient jdbc, JsonMapper json, Auditoria auditoria,
			TransactionTemplate transaccion, Clock reloj) {
		this.propiedades = propiedades;
		this.jdbc = jdbc;
		this.json = json;
		this.auditoria = auditoria;
		this.transaccion = transaccion;
		this.reloj = reloj;
	}

	@EventListener(ApplicationReadyEvent.class)
	void alIniciar() {
		transaccion.executeWithoutResult(t -> registrar());
	}

	/**
	 * @return whether the settings changed (and the change was audited)
	 */
	boolean registrar() {
		// Several nodes may start at once: one records the change, the others see it.
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('configuracion_registrada'))").query().listOfRows();
		Map<String, Object> antes = jdbc.sql("SELECT valores::text FROM configuracion_registrada WHERE clave = ?")
			.param(CLAVE)
			.query(String.class)
			.optional()
			.map(this::mapa)
			.orElse(Map.of());
		Map<String, Object> ahora = mapa(json.writeValueAsString(valores()));
		Map<String, Object> cambios = Cambios.entre(antes, ahora);
		if (cambios.isEmpty()) {
			return false;
		}
		jdbc.sql("""
				INSERT INTO configuracion_registrada (clave, valores, registrada_en) VALUES (?, CAST(? AS jsonb), ?)
				ON CONFLICT (clave) DO UPDATE SET valores = EXCLUDED.valores, registrada_en = EXCLUDED.registrada_en""")
			.params(CLAVE, json.writeValueAsString(ahora), Timestamp.from(reloj.instant()))
			.update();
		auditoria.registrar(AccionAuditoria.CONFIGURACION_MODIFICADA, "CONFIGURACION", CLAVE,
				Map.of("cambios", cambios));
		return true;
	}

	private Map<String, Object> valores() {
		Map<String, Object> v = new LinkedHashMap<>();
		v.put("patron", propiedades.patron());
		v.put("unidadCorrespondencia", propiedades.unidadCorrespondencia());
		v.put("urlPublica", propiedades.urlPublica());
		v.put("tamanoMaximo", propiedades.tamanoMaximo().toString());
		v.put("tiposPermitidos", propiedades.tiposPermitidos());
		return v;
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> mapa(String texto) {
		return json.readValue(texto, Map.class);
	}

}
