package co.pqrsd.server.pqrsd;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.pqrsd.core.pqrsd.Pqrsd;
import co.pqrsd.server.auditoria.AccionAuditoria;
import co.pqrsd.server.auditoria.Auditoria;
import co.pqrsd.server.notificaciones.CorreoNoEntregado;
import co.pqrsd.server.notificaciones.Notificacion;
import co.pqrsd.server.notificaciones.Notificaciones;
import co.pqrsd.server.seguridad.Directorio;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A mail to the peticionario that did not reach him (SMTP refusal or DSN) becomes an
 * event of the case's history, audited, and the case's funcionario (the jefes while
 * unassigned) is told on the bell to use another channel: the answer only satisfies the
 * right of petition once communicated (Corte Constitucional T-149 de 2013). Runs in the
 * transaction that learned of the failure.
 */
@Component
class EntregasFallidas {

	/** The type of the case event in {@code pqrsd_hecho}. */
	static final String TIPO = "CorreoNoEntregado";

	private final JdbcClient jdbc;

	private final PqrsdRepository repositorio;

	private final Auditoria auditoria;

	private final Notificaciones notificaciones;

	private final Directorio directorio;

	private final JsonMapper json;

	EntregasFallidas(JdbcClient jdbc, PqrsdRepository repositorio, Auditoria auditoria, Notificaciones notificaciones,
			Directorio directorio, JsonMapper json) {
		this.jdbc = jdbc;
		this.repositorio = repositorio;
		this.auditoria = auditoria;
		this.notificaciones = notificaciones;
		this.directorio = directorio;
		this.json = json;
	}

	/** One failed delivery as the case view shows it, in Colombia's time. */
	record Entrega(OffsetDateTime ocurrido, String destinatario, String diagnostico, String origen,
			@Nullable String clave) {

		/** Whether the mail was the answer itself (not a notice of the case). */
		boolean respuesta() {
			return clave != null && clave.contains("/respuesta/");
		}

	}

	@EventListener
	void alNoEntregarse(CorreoNoEntregado e) {
		String radicado = e.radicado();
		if (radicado == null) {
			return;
		}
		Pqrsd caso = repositorio.buscar(radicado).orElse(null);
		if (caso == null) {
			return;
		}
		Map<String, Object> datos = new LinkedHashMap<>();
		datos.put("destinatario", e.destinatario());
		datos.put("diagnostico", e.diagnostico());
		datos.put("origen", e.origen().name());
		datos.put("clave", e.clave());
		datos.put("correoSaliente", e.correoSaliente());
		jdbc.sql(
				"""
						INSERT INTO pqrsd_hecho (radicado, tipo, ocurrido, usuario, datos) VALUES (?, ?, ?, ?, CAST(? AS jsonb))""")
			.params(radicado, TIPO, Timestamp.from(e.ocurrido()), "sistema", json.writeValueAsString(datos))
			.update();
		Map<String, Object> detalles = new LinkedHashMap<>(datos);
		detalles.values().removeIf(v -> v == null);
		auditoria.registrarDelSistema(AccionAuditoria.PQRSD_CORREO_NO_ENTREGADO, ServicioPqrsd.OBJETO, radicado,
				detalles);
		Set<String> avisar = caso.asignadoA() != null ? Set.of(caso.asignadoA())
				: Set.copyOf(directorio.jefesDe(caso.dependencia()));
		if (!avisar.isEmpty()) {
			notificaciones
				.notificar(
						new Notificacion(
								radicado + "/CORREO_NO_ENTREGADO/" + e.origen() + "/"
										+ (e.correoSaliente() != null ? e.correoSaliente()
												: e.ocurrido().toEpochMilli()),
								avisar, "Correo no entregado: PQRSD " + radicado,
								"El correo de la PQRSD " + radicado + " a " + e.destinatario() + " no se entregó ("
										+ e.diagnostico() + "). Comunique la respuesta al peticionario por otro medio.",
								"/pqrsd/casos/" + radicado));
		}
	}

	/** The case's failed deliveries, oldest first. */
	List<Entrega> de(String radicado) {
		return jdbc.sql("""
				SELECT ocurrido, datos->>'destinatario', datos->>'diagnostico', datos->>'origen', datos->>'clave'
				FROM pqrsd_hecho WHERE radicado = ? AND tipo = ? ORDER BY ocurrido, id""")
			.params(radicado, TIPO)
			.query((rs, i) -> new Entrega(ServicioPqrsd.enBogota(rs.getTimestamp(1).toInstant()), rs.getString(2),
					rs.getString(3), rs.getString(4), rs.getString(5)))
			.list();
	}

}
