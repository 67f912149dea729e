package co.pqrsd.server.pqrsd;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import co.pqrsd.core.pqrsd.Pqrsd;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The citizen's filings waiting for the ventanilla (cases in RADICADA state), their
 * classification, and the external origins already radicated (a mail's Message-ID).
 */
@Repository
class ClasificacionRepositorio {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ClasificacionRepositorio(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * The system account that radicates citizens' filings: inactive and without a usable
	 * password, so nobody logs in with it.
	 * @return whether it already existed (committed by an earlier transaction)
	 */
	boolean asegurarUsuarioCanal(String username, Instant ahora) {
		return jdbc.sql("""
				INSERT INTO usuario (username, nombre, email, activo, hash_contrasena, creado_en, actualizado_en)
				VALUES (?, 'Canal ciudadano (formulario web, API pública y correo)', ?, false, '!', ?, ?)
				ON CONFLICT (username) DO NOTHING""")
			.params(username, username + "@localhost.invalid", Timestamp.from(ahora), Timestamp.from(ahora))
			.update() == 0;
	}

	/** Serializes filings of the same origin until the transaction ends. */
	void bloquearOrigen(String origen) {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 22))").param(origen).query().singleRow();
	}

	Optional<String> radicadoDeOrigen(String origen) {
		return jdbc.sql("SELECT radicado FROM pqrsd_origen WHERE origen_id = ?")
			.param(origen)
			.query(String.class)
			.optional();
	}

	void registrarOrigen(String origen, String radicado, Instant ahora) {
		jdbc.sql("INSERT INTO pqrsd_origen (origen_id, radicado, creado_en) VALUES (?, ?, ?)")
			.params(origen, radicado, Timestamp.from(ahora))
			.update();
	}

	record Pendiente(Pqrsd caso, String asunto) {
	}

	/** The cases waiting for classification, oldest first. */
	List<Pendiente> pendientes(int limite) {
		return jdbc.sql("SELECT caso::text, asunto FROM pqrsd_caso WHERE estado = 'RADICADA' ORDER BY recibido LIMIT ?")
			.param(limite)
			.query((rs, i) -> new Pendiente(json.readValue(rs.getString(1), Pqrsd.class), rs.getString(2)))
			.list();
	}

	/** Stores the classified case: its label, modality and reserve change too. */
	void guardarClasificada(Pqrsd caso, @Nullable LocalDate vencimiento, Instant ahora) {
		jdbc.sql("""
				UPDATE pqrsd_caso SET etiqueta = ?, modalidad = ?, denuncia_corrupcion = ?, estado = ?, dependencia = ?,
				    asignado_a = ?, vencimiento = ?, caso = CAST(? AS jsonb), version = version + 1, actualizado_en = ?
				WHERE radicado = ?""")
			.params(caso.etiqueta().name(), caso.modalidad(), caso.denunciaCorrupcion(), caso.estado().name(),
					caso.dependencia(), caso.asignadoA(), vencimiento, json.writeValueAsString(caso),
					Timestamp.from(ahora), caso.radicado())
			.update();
	}

}
