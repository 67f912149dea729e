package co.pqrsd.server.auditoria;

import co.pqrsd.core.comun.Colombia;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Searches the trail: filters combine, newest first, paged; every search is itself
 * recorded.
 */
@Service
class BusquedaAuditoria {

	/**
	 * Counting stops here: "más de 10 000" is what a person needs, and counting millions
	 * costs seconds.
	 */
	static final int TOPE_CONTEO = 10_000;

	private static final String SELECT = "SELECT " + Canonico.COLUMNAS + ", s.posicion, s.hash FROM auditoria_evento e "
			+ "LEFT JOIN auditoria_sello s ON s.evento_id = e.id";

	private final JdbcTemplate jdbc;

	private final JdbcTemplate lector;

	private final JsonMapper json;

	private final Auditoria auditoria;

	BusquedaAuditoria(JdbcTemplate jdbc, DataSource datos, JsonMapper json, Auditoria auditoria) {
		this.jdbc = jdbc;
		this.lector = new JdbcTemplate(datos);
		this.lector.setFetchSize(2000);
		this.json = json;
		this.auditoria = auditoria;
	}

	/**
	 * @param total entries matching, exact up to {@value #TOPE_CONTEO}
	 * @param totalExacto false when there are more than {@value #TOPE_CONTEO}
	 */
	public record Pagina(List<EntradaAuditoria> entradas, int pagina, int tamano, long total, boolean totalExacto) {

		public boolean haySiguiente() {
			return (long) pagina * tamano < total;
		}

	}

	@Transactional
	public Pagina buscar(FiltroAuditoria filtro) {
		Consulta c = consulta(filtro);
		List<EntradaAuditoria> entradas = jdbc.query(
				SELECT + c.where() + " ORDER BY e.instante DESC, e.id DESC LIMIT ? OFFSET ?", (rs, i) -> entrada(rs),
				c.conPaginado(filtro.tamano(), (long) (filtro.pagina() - 1) * filtro.tamano()));
		long total = jdbc.queryForObject("SELECT count(*) FROM (SELECT 1 FROM auditoria_evento e" + c.where()
				+ " LIMIT " + (TOPE_CONTEO + 1) + ") t", Long.class, c.parametros().toArray());
		auditoria.registrar(AccionAuditoria.AUDITORIA_CONSULTADA, "AUDITORIA", null, filtro.comoDetalles());
		return new Pagina(entradas, filtro.pagina(), filtro.tamano(), Math.min(total, TOPE_CONTEO),
				total <= TOPE_CONTEO);
	}

	/**
	 * Reads by the auditors themselves: shown in an object's history only to Control
	 * Interno and admins, so the audited staff do not learn what is being looked at.
	 */
	static final List<String> LECTURAS = List.of(AccionAuditoria.RADICADO_CONSULTADO.name(),
			AccionAuditoria.RADICADOS_BUSCADOS.name(), AccionAuditoria.DOCUMENTO_DESCARGADO.name(),
			AccionAuditoria.ROTULO_GENERADO.name(), AccionAuditoria.CONSTANCIA_GENERADA.name(),
			AccionAuditoria.HISTORIAL_CONSULTADO.name(), AccionAuditoria.TERCERO_CONSULTADO.name(),
			AccionAuditoria.AUDITORIA_CONSULTADA.name(), AccionAuditoria.AUDITORIA_EXPORTADA.name(),
			AccionAuditoria.AUDITORIA_VERIFICADA.name());

	/**
	 * The whole history of one object, oldest first (the timeline).
	 * @param conLecturasDeControl whether to include the reads of users who were
	 * CONTROL_INTERNO or ADMIN (see {@link #LECTURAS})
	 */
	@Transactional
	public List<EntradaAuditoria> historial(String objetoTipo, String objetoId, boolean conLecturasDeControl) {
		String ocultas = conLecturasDeControl ? ""
				: " AND NOT (e.accion = ANY (?) AND e.roles && ARRAY['CONTROL_INTERNO','ADMIN']::text[])";
		Object[] parametros = conLecturasDeControl ? new Object[] { objetoTipo, objetoId }
				: new Object[] { objetoTipo, objetoId, LECTURAS.toArray(String[]::new) };
		List<EntradaAuditoria> entradas = jdbc.query(SELECT + " WHERE e.objeto_tipo = ? AND e.objeto_id = ?" + ocultas
				+ " ORDER BY e.instante, e.id LIMIT 5000", (rs, i) -> entrada(rs), parametros);
		auditoria.registrar(AccionAuditoria.HISTORIAL_CONSULTADO, objetoTipo, objetoId);
		return entradas;
	}

	/** Everything one user did, newest first. */
	@Transactional
	public List<EntradaAuditoria> actividadDe(String usuario) {
		List<EntradaAuditoria> entradas = jdbc.query(
				SELECT + " WHERE e.usuario = ? ORDER BY e.instante DESC, e.id DESC LIMIT 1000", (rs, i) -> entrada(rs),
				usuario);
		auditoria.registrar(AccionAuditoria.HISTORIAL_CONSULTADO, "USUARIO", usuario);
		return entradas;
	}

	/** Streams every matching entry (up to {@code maximo}), newest first, for exports. */
	@Transactional
	public void recorrer(FiltroAuditoria filtro, int maximo, Consumer<EntradaAuditoria> destino) {
		Consulta c = consulta(filtro);
		lector.query(SELECT + c.where() + " ORDER BY e.instante DESC, e.id DESC LIMIT " + maximo, rs -> {
			destino.accept(entrada(rs));
		}, c.parametros().toArray());
	}

	private record Consulta(String where, List<Object> parametros) {

		Object[] conPaginado(int limite, long desplazamiento) {
			List<Object> todos = new ArrayList<>(parametros);
			todos.add(limite);
			todos.add(desplazamiento);
			return todos.toArray();
		}

	}

	private static Consulta consulta(FiltroAuditoria f) {
		StringBuilder where = new StringBuilder();
		List<Object> p = new ArrayList<>();
		condicion(where, p, "e.usuario = ?", f.usuario());
		condicion(where, p, "e.accion = ?", f.accion());
		condicion(where, p, "e.objeto_tipo = ?", f.objetoTipo());
		condicion(where, p, "e.objeto_id = ?", f.objetoId());
		condicion(where, p, "e.instante >= ?", f.desde() == null ? null : Timestamp.from(f.desde()));
		condicion(where, p, "e.instante < ?", f.hasta() == null ? null : Timestamp.from(f.hasta()));
		if (f.texto() != null) {
			String patron = "%" + f.texto().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
			where.append(where.isEmpty() ? " WHERE " : " AND ")
				.append("(e.detalles::text ILIKE ? OR e.objeto_id ILIKE ? OR e.usuario ILIKE ?)");
			p.add(patron);
			p.add(patron);
			p.add(patron);
		}
		return new Consulta(where.toString(), p);
	}

	private static void condicion(StringBuilder where, List<Object> p, String sql, Object valor) {
		if (valor != null) {
			where.append(where.isEmpty() ? " WHERE " : " AND ").append(sql);
			p.add(valor);
		}
	}

	private EntradaAuditoria entrada(ResultSet rs) throws SQLException {
		String accion = rs.getString("accion");
		String descripcion;
		try {
			descripcion = AccionAuditoria.valueOf(accion).descripcion();
		}
		catch (IllegalArgumentException e) {
			descripcion = accion;
		}
		Map<String, Object> detalles = json.readValue(rs.getString("detalles_texto"),
				new TypeReference<Map<String, Object>>() {
				});
		Long posicion = rs.getObject("posicion") == null ? null : rs.getLong("posicion");
		return new EntradaAuditoria(rs.getLong("id"),
				rs.getObject("instante", OffsetDateTime.class).atZoneSameInstant(Colombia.ZONA).toOffsetDateTime(),
				rs.getString("usuario"), lista(rs.getArray("roles")), lista(rs.getArray("dependencias")),
				rs.getString("ip"), rs.getString("agente"), accion, descripcion, rs.getString("objeto_tipo"),
				rs.getString("objeto_id"), rs.getString("resultado"), detalles, posicion, rs.getString("hash"));
	}

	private static List<String> lista(java.sql.Array arreglo) throws SQLException {
		return arreglo == null ? List.of() : Arrays.asList((String[]) arreglo.getArray());
	}

}
