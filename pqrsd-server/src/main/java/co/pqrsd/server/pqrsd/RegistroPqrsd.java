package co.pqrsd.server.pqrsd;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import co.pqrsd.core.comun.Colombia;
import co.pqrsd.core.informes.CasoRegistrado;
import co.pqrsd.core.pqrsd.Plazos;
import co.pqrsd.core.pqrsd.Pqrsd;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read model of the registro of PQRSD for the reports and open data (issue #12;
 * domain-rules R-REP-4): one {@link CasoRegistrado} per case, without personal data, read
 * from the stored cases. The caller decides who may see what.
 */
@Service
public class RegistroPqrsd {

	/** Cases read per query page. */
	static final int PAGINA = 2000;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final ServicioPqrsd servicio;

	private final Clock reloj;

	RegistroPqrsd(JdbcClient jdbc, JsonMapper json, ServicioPqrsd servicio, Clock reloj) {
		this.jdbc = jdbc;
		this.json = json;
		this.servicio = servicio;
		this.reloj = reloj;
	}

	/**
	 * @return today in Colombia: the cut of the reports.
	 */
	public LocalDate hoy() {
		return LocalDate.ofInstant(reloj.instant(), Colombia.ZONA);
	}

	/**
	 * @param desde first reception day (in Colombia), included
	 * @param hasta last reception day, included
	 * @param dependencias only these dependencias; {@code null} for all
	 * @return the cases received in the period, oldest first, as they stand today
	 */
	public List<CasoRegistrado> casos(LocalDate desde, LocalDate hasta, @Nullable Set<String> dependencias) {
		Plazos plazos = servicio.plazos();
		LocalDate hoy = hoy();
		Timestamp inicio = Timestamp.from(desde.atStartOfDay(Colombia.ZONA).toInstant());
		Timestamp fin = Timestamp.from(hasta.plusDays(1).atStartOfDay(Colombia.ZONA).toInstant());
		String[] deps = dependencias == null ? null : dependencias.toArray(String[]::new);
		return jdbc
			.sql("""
					SELECT c.caso::text, s.sentido FROM pqrsd_caso c
					LEFT JOIN pqrsd_sentido_respuesta s ON s.radicado = c.radicado
					WHERE c.recibido >= ? AND c.recibido < ? AND (CAST(? AS varchar[]) IS NULL OR c.dependencia = ANY (CAST(? AS varchar[])))
					ORDER BY c.recibido, c.radicado""")
			.params(inicio, fin, deps, deps)
			.query((rs, i) -> CasoRegistrado.de(json.readValue(rs.getString(1), Pqrsd.class), plazos, hoy,
					rs.getString(2)))
			.list();
	}

}
