package co.pqrsd.server.radicacion;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The directory of senders and addressees (Ley 1581 de 2012: personal data). Radicación
 * only looks entries up or adds new ones; contact data change only through
 * {@link #actualizar}.
 */
@Repository
class TerceroRepository {

	private static final String COLUMNAS = """
			id, tipo_persona AS "tipoPersona", tipo_documento AS "tipoDocumento", numero_documento AS "numeroDocumento",
			nombre, direccion, municipio, correo, telefono""";

	private final JdbcClient jdbc;

	TerceroRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param creado whether this call added the entry
	 */
	record Registro(long id, boolean creado) {
	}

	/**
	 * The directory entry of an identified party (one per tipo and número de documento):
	 * the existing one, untouched, or a new one when {@code crear}.
	 * @return empty for a party without identification, or a new one that may not be
	 * created
	 */
	Optional<Registro> registrar(Parte p, boolean crear, Instant ahora) {
		if (p.anonimo() || !p.identificada()) {
			return Optional.empty();
		}
		Optional<Long> existente = jdbc.sql("SELECT id FROM tercero WHERE tipo_documento = ? AND numero_documento = ?")
			.params(p.tipoDocumento().name(), p.numeroDocumento())
			.query(Long.class)
			.optional();
		if (existente.isPresent() || !crear) {
			return existente.map(id -> new Registro(id, false));
		}
		Timestamp t = Timestamp.from(ahora);
		// A concurrent radicación may add the same person first: keep theirs, unchanged.
		Optional<Long> nuevo = jdbc
			.sql("""
					INSERT INTO tercero (tipo_persona, tipo_documento, numero_documento, nombre, direccion, municipio, correo, telefono, creado_en, actualizado_en)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					ON CONFLICT (tipo_documento, numero_documento) DO NOTHING RETURNING id""")
			.params(p.tipoPersona().name(), p.tipoDocumento().name(), p.numeroDocumento(), p.nombre(), p.direccion(),
					p.municipio(), p.correo(), p.telefono(), t, t)
			.query(Long.class)
			.optional();
		if (nuevo.isPresent()) {
			return Optional.of(new Registro(nuevo.get(), true));
		}
		return registrar(p, false, ahora);
	}

	/**
	 * Up to 10 entries whose document number starts with, or whose name contains, the
	 * query; LIKE wildcards in the query match only themselves.
	 */
	List<Map<String, Object>> buscar(String q) {
		String literal = literalLike(q.strip());
		return jdbc
			.sql("SELECT " + COLUMNAS
					+ """
							 FROM tercero
							WHERE numero_documento LIKE ? ESCAPE '\\' OR pqrsd_normalizar(nombre) LIKE '%' || pqrsd_normalizar(?) || '%' ESCAPE '\\'
							ORDER BY actualizado_en DESC, id DESC LIMIT 10""")
			.params(literal + "%", literal)
			.query()
			.listOfRows();
	}

	Optional<Map<String, Object>> bloquear(long id) {
		return jdbc.sql("SELECT " + COLUMNAS + " FROM tercero WHERE id = ? FOR UPDATE")
			.param(id)
			.query()
			.listOfRows()
			.stream()
			.findFirst();
	}

	void actualizar(long id, SolicitudTercero s, Instant ahora) {
		jdbc.sql("""
				UPDATE tercero SET tipo_persona = ?, nombre = ?, direccion = ?, municipio = ?, correo = ?, telefono = ?,
				  actualizado_en = ? WHERE id = ?""")
			.params(s.tipoPersona().name(), s.nombre().strip(), vacio(s.direccion()), vacio(s.municipio()),
					vacio(s.correo()), vacio(s.telefono()), Timestamp.from(ahora), id)
			.update();
	}

	/** Escapes LIKE's wildcards ({@code %}, {@code _}) and its escape character. */
	static String literalLike(String s) {
		return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static String vacio(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
