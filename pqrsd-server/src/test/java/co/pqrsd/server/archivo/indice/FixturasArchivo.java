package co.pqrsd.server.archivo.indice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import co.pqrsd.core.archivo.expedientes.IndiceElectronico;
import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.archivo.ExpedienteCerrado;
import co.pqrsd.server.documentos.AlmacenDocumentos;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * TRD rows, expedientes, incorporated documents and cierres written straight into the
 * real database and document store (the shapes of V19/V20), for the tests of the signed
 * índice, retention, transfers and disposition. The cierre publishes
 * {@link ExpedienteCerrado} in its transaction, as the expedientes module does.
 */
public final class FixturasArchivo {

	public static final String CLAVE = "Archivo2026segura";

	private static final AtomicInteger SERIE = new AtomicInteger();

	private final JdbcClient jdbc;

	private final AlmacenDocumentos almacen;

	private final ApplicationEventPublisher eventos;

	private final TransactionTemplate tx;

	public FixturasArchivo(JdbcClient jdbc, AlmacenDocumentos almacen, ApplicationEventPublisher eventos,
			TransactionTemplate tx) {
		this.jdbc = jdbc;
		this.almacen = almacen;
		this.eventos = eventos;
		this.tx = tx;
	}

	/**
	 * The dependencia 880 and its users: an archivist, a jefe and a funcionario of
	 * another one.
	 */
	public static void usuarios(int puerto) {
		ClienteApi admin = ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
		if (admin.get("/api/v1/usuarios/axarchivo").estado() == 200) {
			return;
		}
		admin.post("/api/v1/dependencias", ClienteApi.json(Map.of("codigo", "880", "nombre", "Secretaría de Obras")));
		admin.post("/api/v1/dependencias", ClienteApi.json(Map.of("codigo", "881", "nombre", "Secretaría de Salud")));
		usuario(admin, "axarchivo", List.of("FUNCIONARIO", "ARCHIVISTA"), "880");
		usuario(admin, "axjefe", List.of("FUNCIONARIO", "JEFE_DEPENDENCIA"), "880");
		usuario(admin, "axotro", List.of("FUNCIONARIO"), "881");
	}

	private static void usuario(ClienteApi admin, String username, List<String> roles, String dependencia) {
		var r = admin.post("/api/v1/usuarios", ClienteApi.json(Map.of("username", username, "nombre", username, "email",
				username + "@x.co", "password", CLAVE, "roles", roles, "dependencias", List.of(dependencia))));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
	}

	/**
	 * A TRD row of a new draft version; disposition as "CT", "E", "S" with "+MD"
	 * optional.
	 */
	public long fila(String dependencia, int ag, int ac, String disposicion) {
		return tx.execute(s -> {
			long version = jdbc
				.sql("""
						INSERT INTO archivo_trd_version (nombre, creado_por, creado_en) VALUES ('TRD de prueba', 'prueba', ?)
						RETURNING id""")
				.param(Timestamp.from(Instant.parse("2026-01-01T00:00:00Z")))
				.query(Long.class)
				.single();
			int n = SERIE.incrementAndGet();
			return jdbc
				.sql("""
						INSERT INTO archivo_trd_fila (version_id, orden, dependencia, serie_codigo, subserie_codigo, serie_nombre,
						                              subserie_nombre, soporte, retencion_ag, retencion_ac, disposicion_ct,
						                              disposicion_e, disposicion_s, disposicion_md, muestreo, procedimiento)
						VALUES (?, 1, ?, ?, '1', ?, 'Subserie de prueba', 'ELECTRONICO', ?, ?, ?, ?, ?, ?, ?, 'Prueba')
						RETURNING id""")
				.params(version, dependencia, "S" + n, "Serie de prueba " + n, ag, ac, disposicion.startsWith("CT"),
						disposicion.startsWith("E"), disposicion.startsWith("S"), disposicion.endsWith("+MD"),
						disposicion.startsWith("S") ? "Muestreo: 10 %" : null)
				.query(Long.class)
				.single();
		});
	}

	/** An open expediente; its number is unique in the run. */
	public String expediente(String prefijo, String dependencia, long fila, LocalDate apertura) {
		int n = SERIE.incrementAndGet();
		String numero = prefijo + "-" + n;
		tx.executeWithoutResult(s -> jdbc
			.sql("""
					INSERT INTO archivo_expediente (numero, prefijo, consecutivo, dependencia, trd_version_id, trd_fila_id,
					                                nombre, soporte, fecha_apertura, creado_por, creado_en)
					SELECT ?, ?, 1, ?, version_id, id, ?, 'ELECTRONICO', ?, 'prueba', now() FROM archivo_trd_fila WHERE id = ?""")
			.params(numero, numero, dependencia, "Expediente " + numero, Date.valueOf(apertura), fila)
			.update());
		return numero;
	}

	/**
	 * Stores the bytes and appends them to the índice with {@code paginas} pages; returns
	 * the hash.
	 */
	public String incorporar(String numero, String nombre, byte[] contenido, int paginas) {
		String sha;
		try (AlmacenDocumentos.Recibido r = almacen.recibir(new ByteArrayInputStream(contenido), Long.MAX_VALUE,
				nombre)) {
			almacen.guardar(r);
			sha = r.sha256();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		tx.executeWithoutResult(s -> jdbc
			.sql("""
					INSERT INTO archivo_indice_entrada (expediente_id, orden, documento_id, nombre, tipologia, fecha_creacion,
					                                    fecha_incorporacion, sha256, pagina_inicio, pagina_fin, formato, tamano,
					                                    origen, contenido_sha256)
					SELECT e.id, coalesce(max(i.orden), 0) + 1, ? || '-' || (coalesce(max(i.orden), 0) + 1), ?, 'Oficio',
					       DATE '2026-02-01', TIMESTAMPTZ '2026-02-02 10:00:00-05', ?,
					       coalesce(max(i.pagina_fin), 0) + 1, coalesce(max(i.pagina_fin), 0) + ?, 'PDF', ?, 'ELECTRONICO', ?
					  FROM archivo_expediente e LEFT JOIN archivo_indice_entrada i ON i.expediente_id = e.id
					 WHERE e.numero = ? GROUP BY e.id""")
			.params(numero, nombre, sha, paginas, (long) contenido.length, sha, numero)
			.update());
		return sha;
	}

	/**
	 * Closes the expediente sealing its canonical índice hash, and publishes the event.
	 */
	public void cerrar(String numero, LocalDate cierre, Expedientes expedientes) {
		tx.executeWithoutResult(s -> {
			ExpedienteArchivado e = expedientes.porNumero(numero);
			String huella = IndiceElectronico.huella(numero,
					expedientes.entradas(e.id()).stream().map(Expedientes.EntradaArchivada::entrada).toList());
			jdbc.sql("""
					UPDATE archivo_expediente SET estado = 'CERRADO', fecha_cierre = ?, fecha_inicio_retencion = ?,
					       indice_sha256 = ?, cerrado_por = 'prueba', cerrado_en = now() WHERE id = ?""")
				.params(Date.valueOf(cierre), Date.valueOf(cierre), huella, e.id())
				.update();
			eventos.publishEvent(new ExpedienteCerrado(e.id(), numero, e.dependencia(),
					jdbc.sql("SELECT trd_fila_id FROM archivo_expediente WHERE id = ?")
						.param(e.id())
						.query(Long.class)
						.single(),
					cierre, cierre, huella));
		});
	}

}
