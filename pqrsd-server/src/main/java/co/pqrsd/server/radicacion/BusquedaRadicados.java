package co.pqrsd.server.radicacion;

import co.pqrsd.core.comun.Colombia;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import co.pqrsd.core.radicacion.TipoRadicado;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Lists and searches radicados with PostgreSQL full-text search in Spanish,
 * accent-insensitive and ranked.
 */
@Component
class BusquedaRadicados {

	private static final int TOPE_CONTEO = 10_000;

	private static final String INICIO_MARCA = "\u27E6";

	private static final String FIN_MARCA = "\u27E7";

	/** The parties' names as the trigram index radicado_partes_trgm (V4) has them. */
	private static final String PARTES = "pqrsd_normalizar(coalesce(r.remitente->>'nombre', '') || ' ' || coalesce(r.destinatario->>'nombre', ''))";

	private final JdbcTemplate jdbc;

	BusquedaRadicados(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param dependencias when not empty, only radicados of these dependencias (the
	 * reader's permissions)
	 */
	ResultadoBusqueda buscar(FiltroRadicados f, Set<String> dependencias) {
		return buscar(f, dependencias, true);
	}

	/**
	 * @param veReservados whether the reader sees reserved radicados (a corruption
	 * denuncia's: Ley 1474 de 2011, art. 76); otherwise they are left out, not even
	 * counted
	 */
	ResultadoBusqueda buscar(FiltroRadicados f, Set<String> dependencias, boolean veReservados) {
		List<Object> p = new ArrayList<>();
		StringBuilder desde = new StringBuilder(" FROM radicado r JOIN dependencia d ON d.codigo = r.dependencia");
		StringBuilder where = new StringBuilder(" WHERE true");
		boolean textual = f.q() != null && !f.q().isBlank();
		if (textual) {
			String q = f.q().strip();
			desde.append(" LEFT JOIN radicado_busqueda b ON b.numero = r.numero,"
					+ " websearch_to_tsquery('pqrsd_es', ?) consulta");
			p.add(q);
			// The text box also finds a number, whole or in part, and part of a party's
			// name, which full-text search (whole words) does not.
			where.append(" AND (b.vector @@ consulta OR " + PARTES + " LIKE '%' || pqrsd_normalizar(?) || '%'");
			p.add(TerceroRepository.literalLike(q));
			String digitos = q.replaceAll("[\\s-]", "");
			if (digitos.matches("\\d{3,}")) {
				where.append(" OR r.numero LIKE ?");
				p.add("%" + digitos + "%");
			}
			where.append(")");
		}
		if (f.numero() != null && !f.numero().isBlank()) {
			where.append(" AND r.numero LIKE ?");
			p.add("%" + TerceroRepository.literalLike(f.numero().strip()) + "%");
		}
		condicion(where, p, "r.fecha_radicacion >= ?", f.desde() == null ? null : Timestamp.from(f.desde()));
		condicion(where, p, "r.fecha_radicacion < ?", f.hasta() == null ? null : Timestamp.from(f.hasta()));
		condicion(where, p, "r.tipo = ?", f.tipo() == null ? null : f.tipo().name());
		condicion(where, p, "r.dependencia = ?", vacio(f.dependencia()));
		condicion(where, p, "r.medio = ?", f.medio() == null ? null : f.medio().name());
		condicion(where, p, "r.estado = ?", vacio(f.estado()));
		condicion(where, p, "r.radicador = ?", vacio(f.radicador()));
		if (vacio(f.tercero()) != null) {
			where.append(" AND (" + PARTES + " LIKE '%' || pqrsd_normalizar(?) || '%'"
					+ " OR r.remitente->>'numeroDocumento' = ? OR r.destinatario->>'numeroDocumento' = ?)");
			p.add(TerceroRepository.literalLike(f.tercero().strip()));
			p.add(f.tercero().strip());
			p.add(f.tercero().strip());
		}
		if (vacio(f.asunto()) != null) {
			where.append(" AND pqrsd_normalizar(r.asunto) LIKE '%' || pqrsd_normalizar(?) || '%'");
			p.add(TerceroRepository.literalLike(f.asunto().strip()));
		}
		if (!dependencias.isEmpty()) {
			where.append(" AND r.dependencia = ANY (?)");
			p.add(dependencias.toArray(String[]::new));
		}
		if (!veReservados) {
			where.append(" AND NOT EXISTS (SELECT 1 FROM radicado_reserva rr WHERE rr.numero = r.numero)");
		}
		String columnas = "SELECT r.numero, r.tipo, r.fecha_radicacion, r.estado, r.dependencia, d.nombre AS dependencia_nombre, r.asunto,"
				+ " r.medio, r.remitente->>'nombre' AS remitente, r.destinatario->>'nombre' AS destinatario, r.radicador";
		String orden;
		if (textual) {
			columnas += ", coalesce(ts_rank_cd(b.vector, consulta), 0)::float8 AS relevancia, ts_headline('pqrsd_es', r.asunto || ' · ' || coalesce(r.descripcion, '')"
					+ " || ' · ' || left(coalesce((SELECT string_agg(doc.texto, ' ') FROM documento doc WHERE doc.numero = r.numero), ''), 100000),"
					+ " consulta, 'StartSel=" + INICIO_MARCA + ", StopSel=" + FIN_MARCA
					+ ", MaxFragments=2, MaxWords=18, MinWords=6, FragmentDelimiter=\" … \"') AS fragmento";
			orden = " ORDER BY relevancia DESC, r.fecha_radicacion DESC";
		}
		else {
			columnas += ", NULL::float8 AS relevancia, NULL AS fragmento";
			orden = " ORDER BY r.fecha_radicacion DESC, r.numero DESC";
		}
		List<Object> paginado = new ArrayList<>(p);
		paginado.add(f.tamano());
		paginado.add((long) (f.pagina() - 1) * f.tamano());
		ZoneId bogota = Colombia.ZONA;
		List<ResultadoBusqueda.Fila> filas = jdbc.query(columnas + desde + where + orden + " LIMIT ? OFFSET ?",
				(rs, i) -> new ResultadoBusqueda.Fila(rs.getString("numero"),
						TipoRadicado.valueOf(rs.getString("tipo")),
						OffsetDateTime.ofInstant(rs.getTimestamp("fecha_radicacion").toInstant(), bogota),
						rs.getString("estado"), rs.getString("dependencia"), rs.getString("dependencia_nombre"),
						rs.getString("asunto"), Medio.valueOf(rs.getString("medio")), rs.getString("remitente"),
						rs.getString("destinatario"), rs.getString("radicador"), (Double) rs.getObject("relevancia"),
						marcar(rs.getString("fragmento"))),
				paginado.toArray());
		long total = jdbc.queryForObject(
				"SELECT count(*) FROM (SELECT 1" + desde + where + " LIMIT " + (TOPE_CONTEO + 1) + ") t", Long.class,
				p.toArray());
		return new ResultadoBusqueda(filas, f.pagina(), f.tamano(), Math.min(total, TOPE_CONTEO), total <= TOPE_CONTEO);
	}

	/** Escapes the passage for HTML and turns the match markers into {@code <mark>}. */
	static String marcar(String fragmento) {
		if (fragmento == null) {
			return null;
		}
		return HtmlUtils.htmlEscape(fragmento).replace(INICIO_MARCA, "<mark>").replace(FIN_MARCA, "</mark>");
	}

	private static void condicion(StringBuilder where, List<Object> p, String sql, Object valor) {
		if (valor != null) {
			where.append(" AND ").append(sql);
			p.add(valor);
		}
	}

	private static String vacio(String s) {
		return s == null || s.isBlank() ? null : s;
	}

}
