package co.pqrsd.server.auditoria;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Inserts entries; the table itself refuses updates and deletes (migration V2). */
@Repository
class BitacoraRepository {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	BitacoraRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insertar(Instant instante, ContextoSolicitud.Actor actor, ContextoSolicitud.Origen origen,
			AccionAuditoria accion, String objetoTipo, @Nullable String objetoId, Resultado resultado,
			Map<String, ?> detalles) {
		jdbc.sql("""
				INSERT INTO auditoria_evento (instante, usuario, roles, dependencias, ip, agente, accion,
				                              objeto_tipo, objeto_id, resultado, detalles)
				VALUES (:instante, :usuario, :roles, :dependencias, :ip, :agente, :accion,
				        :objetoTipo, :objetoId, :resultado, CAST(:detalles AS jsonb))""")
			.param("instante", Timestamp.from(instante))
			.param("usuario", actor.usuario())
			.param("roles", actor.roles().toArray(String[]::new))
			.param("dependencias", actor.dependencias().toArray(String[]::new))
			.param("ip", origen.ip())
			.param("agente", origen.agente())
			.param("accion", accion.name())
			.param("objetoTipo", objetoTipo)
			.param("objetoId", objetoId)
			.param("resultado", resultado.name())
			.param("detalles", json.writeValueAsString(detalles))
			.update();
	}

}
