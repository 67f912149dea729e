package co.pqrsd.server.archivo.retencion;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

import co.pqrsd.benchmarks.AppBenchmark;
import co.pqrsd.core.archivo.retencion.PlazosRetencion.Vencimiento;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 11's target: the archivist's due lists over 200 000 closed expedientes answer in
 * under 2 s. The expedientes and their stored retention clocks are seeded by SQL (this is
 * a read benchmark), spread over 40 oficinas and end dates from 2005 to 2045, a quarter
 * already in the central archive. Each list (primaria, secundaria, disposición, first and
 * a far page, with and without an oficina) is read 10 times after a warm-up. Run with
 * {@code scripts/benchmark.sh retencion [expedientes]}.
 */
public final class PendientesRetencionCarga {

	private PendientesRetencionCarga() {
	}

	public static void main(String[] args) throws Exception {
		int n = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0].trim()) : 200_000;
		try (ConfigurableApplicationContext app = AppBenchmark.iniciar("retencion", false)) {
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			long t0 = System.nanoTime();
			long version = jdbc
				.sql("INSERT INTO archivo_trd_version (nombre, creado_por, creado_en) "
						+ "VALUES ('TRD benchmark', 'bench', now()) RETURNING id")
				.query(Long.class)
				.single();
			jdbc.sql("""
					INSERT INTO archivo_trd_fila (version_id, orden, dependencia, serie_codigo, serie_nombre, soporte,
					                              retencion_ag, retencion_ac, disposicion_ct, disposicion_e)
					SELECT ?, g, (100 + g / 2)::text, 'S' || g, 'Serie ' || g, 'ELECTRONICO', 2, 8, g % 2 = 0, g % 2 = 1
					  FROM generate_series(1, 80) g""").param(version).update();
			jdbc.sql(
					"""
							INSERT INTO archivo_expediente (numero, prefijo, consecutivo, dependencia, trd_version_id, trd_fila_id,
							                                nombre, soporte, estado, fecha_apertura, fecha_cierre,
							                                fecha_inicio_retencion, indice_sha256, creado_por, creado_en)
							SELECT 'B-' || g, 'B', g, f.dependencia, f.version_id, f.id, 'Expediente ' || g, 'ELECTRONICO',
							       'CERRADO', d - 200, d, d, repeat('a', 64), 'bench', now()
							  FROM generate_series(1, ?) g
							  JOIN archivo_trd_fila f ON f.version_id = ? AND f.orden = 1 + g % 80
							  CROSS JOIN LATERAL (SELECT DATE '2003-01-01' + (g * 7919 % 11000) AS d) x""")
				.params(n, version)
				.update();
			jdbc.sql("""
					INSERT INTO archivo_retencion (expediente_id, inicio, fin_ag, fin_ac, disposicion, va_historico,
					                               admite_eliminacion, ubicacion)
					SELECT e.id, e.fecha_inicio_retencion, (e.fecha_inicio_retencion + interval '2 years')::date,
					       (e.fecha_inicio_retencion + interval '10 years')::date,
					       CASE WHEN f.disposicion_ct THEN 'CT' ELSE 'E' END, f.disposicion_ct, f.disposicion_e,
					       CASE WHEN e.id % 4 = 0 THEN 'CENTRAL' ELSE 'GESTION' END
					  FROM archivo_expediente e JOIN archivo_trd_fila f ON f.id = e.trd_fila_id
					 WHERE e.trd_version_id = ?""").param(version).update();
			jdbc.sql("ANALYZE archivo_expediente").update();
			jdbc.sql("ANALYZE archivo_retencion").update();
			AppBenchmark.linea(String.format(Locale.ROOT, "[retencion] %d expedientes cerrados sembrados en %.1f s", n,
					(System.nanoTime() - t0) / 1e9));
			Retencion retencion = app.getBean(Retencion.class);
			LocalDate hoy = LocalDate.of(2026, 3, 10);
			double peor = 0;
			for (Vencimiento tipo : Vencimiento.values()) {
				for (String dependencia : new String[] { null, "120" }) {
					for (int pagina : new int[] { 0, 300 }) {
						ListaPendientes l = retencion.pendientes(tipo, hoy, dependencia, pagina);
						double[] ms = new double[10];
						for (int i = 0; i < ms.length; i++) {
							long s = System.nanoTime();
							l = retencion.pendientes(tipo, hoy, dependencia, pagina);
							ms[i] = (System.nanoTime() - s) / 1e6;
						}
						Arrays.sort(ms);
						peor = Math.max(peor, ms[ms.length - 1]);
						AppBenchmark.linea(String.format(Locale.ROOT,
								"[retencion] %s oficina=%s página=%d: total %d, %d filas; p50 %.1f ms, máximo %.1f ms",
								tipo, dependencia == null ? "todas" : dependencia, pagina, l.total(), l.filas().size(),
								ms[ms.length / 2], ms[ms.length - 1]));
					}
				}
			}
			AppBenchmark.linea(String.format(Locale.ROOT,
					"[retencion] listas de pendientes sobre %d expedientes cerrados: máximo %.1f ms; meta < 2 000 ms: %s",
					n, peor, peor < 2000 ? "cumple" : "NO CUMPLE"));
		}
	}

}
