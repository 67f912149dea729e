package co.pqrsd.server.archivo.indice;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import co.pqrsd.benchmarks.AppBenchmark;
import co.pqrsd.core.archivo.expedientes.IndiceElectronico;
import co.pqrsd.server.documentos.AlmacenDocumentos;
import co.pqrsd.server.infraestructura.PqrsdProperties;
import co.pqrsd.server.seguridad.Rol;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 11's target: verifying the índice of an expediente of 1 000 documents (500 MB in
 * total) takes at most 1.2 × the time of {@code sha256sum} over the same files, measured
 * in the same run, both with the files in the page cache (a warm-up pass of each first).
 * The verification is {@link ServicioIndice#verificar} end to end: reading the índice
 * from PostgreSQL, hashing every stored file, the canonical hash of the índice against
 * the sealed one, and the audit record. Run with
 * {@code scripts/benchmark.sh indice [documentos] [kb]}.
 */
public final class VerificacionIndiceCarga {

	private VerificacionIndiceCarga() {
	}

	public static void main(String[] args) throws Exception {
		String[] a = args.length == 1 ? args[0].trim().split("\\s+") : args;
		int documentos = a.length > 0 && !a[0].isBlank() ? Integer.parseInt(a[0]) : 1000;
		int kb = a.length > 1 ? Integer.parseInt(a[1]) : 512;
		try (ConfigurableApplicationContext app = AppBenchmark.iniciar("indice", false)) {
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			AlmacenDocumentos almacen = app.getBean(AlmacenDocumentos.class);
			Path raiz = app.getBean(PqrsdProperties.class).datosDir().resolve("documentos");
			long version = jdbc
				.sql("INSERT INTO archivo_trd_version (nombre, creado_por, creado_en) "
						+ "VALUES ('TRD benchmark', 'bench', now()) RETURNING id")
				.query(Long.class)
				.single();
			long fila = jdbc.sql("""
					INSERT INTO archivo_trd_fila (version_id, orden, dependencia, serie_codigo, serie_nombre, soporte,
					                              retencion_ag, retencion_ac, disposicion_e)
					VALUES (?, 1, '100', '2', 'Contratos', 'ELECTRONICO', 2, 8, true) RETURNING id""")
				.param(version)
				.query(Long.class)
				.single();
			long id = jdbc
				.sql("""
						INSERT INTO archivo_expediente (numero, prefijo, consecutivo, dependencia, trd_version_id, trd_fila_id,
						                                nombre, soporte, fecha_apertura, creado_por, creado_en)
						VALUES ('BENCH-1', 'BENCH', 1, '100', ?, ?, 'Expediente de 1 000 documentos', 'ELECTRONICO',
						        DATE '2026-01-05', 'bench', now()) RETURNING id""")
				.params(version, fila)
				.query(Long.class)
				.single();
			Random azar = new Random(11);
			byte[] bloque = new byte[kb * 1024];
			List<Path> archivos = new ArrayList<>();
			long t0 = System.nanoTime();
			for (int i = 1; i <= documentos; i++) {
				azar.nextBytes(bloque);
				String sha;
				try (AlmacenDocumentos.Recibido r = almacen.recibir(new ByteArrayInputStream(bloque), Long.MAX_VALUE,
						"doc" + i)) {
					almacen.guardar(r);
					sha = r.sha256();
				}
				archivos.add(raiz.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha));
				jdbc.sql(
						"""
								INSERT INTO archivo_indice_entrada (expediente_id, orden, documento_id, nombre, tipologia,
								       fecha_creacion, fecha_incorporacion, sha256, pagina_inicio, pagina_fin, formato, tamano, origen,
								       contenido_sha256)
								VALUES (?, ?, ?, ?, 'Oficio', DATE '2026-01-06', ?, ?, ?, ?, 'PDF', ?, 'ELECTRONICO', ?)""")
					.params(id, i, "D" + i, "documento-" + i + ".pdf",
							Timestamp.from(Instant.parse("2026-01-06T15:00:00Z")), sha, 2 * i - 1, 2 * i,
							(long) bloque.length, sha)
					.update();
			}
			Expedientes expedientes = app.getBean(Expedientes.class);
			String huella = IndiceElectronico.huella("BENCH-1",
					expedientes.entradas(id).stream().map(Expedientes.EntradaArchivada::entrada).toList());
			jdbc.sql("UPDATE archivo_expediente SET estado = 'CERRADO', fecha_cierre = DATE '2026-03-01', "
					+ "fecha_inicio_retencion = DATE '2026-03-01', indice_sha256 = ? WHERE id = ?")
				.params(huella, id)
				.update();
			AppBenchmark.linea(String.format(Locale.ROOT, "[indice] %d documentos de %d KB (%d MB) sembrados en %.1f s",
					documentos, kb, (long) documentos * kb / 1024, (System.nanoTime() - t0) / 1e9));

			ServicioIndice servicio = app.getBean(ServicioIndice.class);
			UsuarioAutenticado archivista = new UsuarioAutenticado("bench", "Benchmark", Set.of(Rol.ARCHIVISTA),
					Set.of("100"), "", true, true);
			AppBenchmark.actuarComo("bench");
			List<String> comando = new ArrayList<>(List.of("sha256sum"));
			archivos.forEach(p -> comando.add(p.toString()));
			double[] sha = new double[3];
			double[] ver = new double[3];
			for (int ronda = -1; ronda < 3; ronda++) {
				long s0 = System.nanoTime();
				Process p = new ProcessBuilder(comando).redirectOutput(ProcessBuilder.Redirect.DISCARD)
					.redirectErrorStream(true)
					.start();
				if (p.waitFor() != 0) {
					throw new IllegalStateException("sha256sum falló");
				}
				double tSha = (System.nanoTime() - s0) / 1e6;
				long v0 = System.nanoTime();
				VerificacionIndice v = servicio.verificar("BENCH-1", archivista);
				double tVer = (System.nanoTime() - v0) / 1e6;
				if (v.documentos() != documentos || v.discrepancias().stream().anyMatch(d -> d.orden() != null)) {
					throw new IllegalStateException("Verificación inesperada: " + v.discrepancias());
				}
				if (ronda >= 0) {
					sha[ronda] = tSha;
					ver[ronda] = tVer;
				}
			}
			java.util.Arrays.sort(sha);
			java.util.Arrays.sort(ver);
			double razon = ver[1] / sha[1];
			AppBenchmark.linea(String.format(Locale.ROOT,
					"[indice] verificación de %d documentos (%d MB): mediana %.0f ms; sha256sum sobre los mismos archivos: "
							+ "mediana %.0f ms; razón %.2f (meta ≤ 1,20: %s); %d núcleos",
					documentos, (long) documentos * kb / 1024, ver[1], sha[1], razon,
					razon <= 1.2 ? "cumple" : "NO CUMPLE", Runtime.getRuntime().availableProcessors()));
		}
	}

}
