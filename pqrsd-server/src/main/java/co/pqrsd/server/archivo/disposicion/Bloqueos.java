package co.pqrsd.server.archivo.disposicion;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.pqrsd.core.archivo.disposicion.ReglasDisposicion;
import co.pqrsd.server.archivo.indice.ExpedienteArchivado;
import co.pqrsd.server.archivo.indice.Expedientes;
import co.pqrsd.server.auditoria.AccionAuditoria;
import co.pqrsd.server.auditoria.Auditoria;
import co.pqrsd.server.comun.Conflicto;
import co.pqrsd.server.comun.NoEncontrado;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Legal holds (congelación, e.g. an investigation or a lawsuit): while in force, no
 * transfer and no disposition of the expediente (issue #11). ARCHIVISTA places and lifts
 * them; all audited.
 */
@Service
public class Bloqueos {

	/** A hold on an expediente. */
	public record Bloqueo(long id, String expediente, String motivo, @Nullable String referencia, String creadoPor,
			Instant creadoEn, @Nullable String levantadoPor, @Nullable Instant levantadoEn,
			@Nullable String motivoLevantamiento) {
	}

	private final JdbcClient jdbc;

	private final Expedientes expedientes;

	private final Auditoria auditoria;

	private final Clock reloj;

	Bloqueos(JdbcClient jdbc, Expedientes expedientes, Auditoria auditoria, Clock reloj) {
		this.jdbc = jdbc;
		this.expedientes = expedientes;
		this.auditoria = auditoria;
		this.reloj = reloj;
	}

	@Transactional
	public Bloqueo crear(String numero, String motivo, @Nullable String referencia, UsuarioAutenticado usuario) {
		Expedientes.exigirArchivista(usuario);
		ExpedienteArchivado e = expedientes.porNumero(numero);
		Instant ahora = reloj.instant();
		long id = jdbc.sql("""
				INSERT INTO archivo_bloqueo (expediente_id, motivo, referencia, creado_por, creado_en)
				VALUES (?, ?, ?, ?, ?) RETURNING id""")
			.params(e.id(), motivo, referencia, usuario.username(), Timestamp.from(ahora))
			.query(Long.class)
			.single();
		auditoria.registrar(AccionAuditoria.BLOQUEO_LEGAL_CREADO, "EXPEDIENTE", e.numero(),
				Map.of("bloqueo", id, "motivo", motivo));
		return obtener(id);
	}

	@Transactional
	public Bloqueo levantar(long id, String motivo, UsuarioAutenticado usuario) {
		Expedientes.exigirArchivista(usuario);
		Bloqueo b = obtener(id);
		if (b.levantadoEn() != null) {
			throw new Conflicto("BLOQUEO_YA_LEVANTADO", "El bloqueo " + id + " ya fue levantado.");
		}
		jdbc.sql("""
				UPDATE archivo_bloqueo SET levantado_por = ?, levantado_en = ?, motivo_levantamiento = ?
				 WHERE id = ? AND levantado_en IS NULL""")
			.params(usuario.username(), Timestamp.from(reloj.instant()), motivo, id)
			.update();
		auditoria.registrar(AccionAuditoria.BLOQUEO_LEGAL_LEVANTADO, "EXPEDIENTE", b.expediente(),
				Map.of("bloqueo", id, "motivo", motivo));
		return obtener(id);
	}

	@Transactional(readOnly = true)
	public List<Bloqueo> listar(boolean soloVigentes) {
		return jdbc
			.sql(SELECT + (soloVigentes ? " WHERE b.levantado_en IS NULL" : "") + " ORDER BY b.id DESC LIMIT 500")
			.query(Bloqueos::fila)
			.list();
	}

	@Transactional(readOnly = true)
	public Bloqueo obtener(long id) {
		return jdbc.sql(SELECT + " WHERE b.id = ?")
			.param(id)
			.query(Bloqueos::fila)
			.optional()
			.orElseThrow(() -> new NoEncontrado("BLOQUEO_NO_ENCONTRADO", "No existe el bloqueo " + id + "."));
	}

	/**
	 * @return the reason of a hold in force on the expediente, if any.
	 */
	public Optional<String> vigente(long expedienteId) {
		return jdbc.sql("""
				SELECT motivo FROM archivo_bloqueo WHERE expediente_id = ? AND levantado_en IS NULL ORDER BY id LIMIT 1
				 FOR SHARE""").param(expedienteId).query(String.class).optional();
	}

	/**
	 * @throws Conflicto {@code BLOQUEO_LEGAL} when a hold covers the expediente
	 */
	public void exigirLibre(ExpedienteArchivado e) {
		ReglasDisposicion.sinBloqueo(e.numero(), vigente(e.id()).orElse(null));
	}

	private static final String SELECT = """
			SELECT b.id, e.numero, b.motivo, b.referencia, b.creado_por, b.creado_en, b.levantado_por, b.levantado_en,
			       b.motivo_levantamiento
			  FROM archivo_bloqueo b JOIN archivo_expediente e ON e.id = b.expediente_id""";

	private static Bloqueo fila(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		Timestamp lev = rs.getTimestamp("levantado_en");
		return new Bloqueo(rs.getLong("id"), rs.getString("numero"), rs.getString("motivo"), rs.getString("referencia"),
				rs.getString("creado_por"), rs.getTimestamp("creado_en").toInstant(), rs.getString("levantado_por"),
				lev == null ? null : lev.toInstant(), rs.getString("motivo_levantamiento"));
	}

}
