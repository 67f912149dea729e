package co.pqrsd.server.archivo;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

import co.pqrsd.core.pqrsd.Comunicacion;
import co.pqrsd.core.pqrsd.Pqrsd;
import co.pqrsd.server.documentos.AlmacenDocumentos;
import co.pqrsd.server.documentos.DocumentosRegistrados;
import co.pqrsd.server.pqrsd.PqrsdCambiada;
import org.apache.tika.Tika;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Brings the PQRSD and archive metadata to the Alfresco nodes of each radicado (issue
 * #13) through the content-store port's hooks {@link AlmacenDocumentos#clasificar}. It
 * lives in the archive because the archive already depends on both {@code pqrsd} and
 * {@code documentos}; {@code documentos} listening to either would close a cycle
 * (documentos → pqrsd → radicación → documentos).
 * <ul>
 * <li>every stored change of a case ({@link PqrsdCambiada}) queues the
 * {@code pqrsd:pqrsd} aspect for its ENTRADA radicado (the queue skips a copy of the last
 * one queued);</li>
 * <li>an incorporation ({@link DocumentosIncorporados}), a cierre
 * ({@link ExpedienteCerrado}) and a dated start of retention
 * ({@link InicioRetencionFijado}) queue the expediente, classification and retention
 * aspects for the radicados filed in it, and the move of their nodes to the expediente's
 * folder. A radicado filed in several expedientes belongs to the first one (oldest), so
 * its node never moves back and forth.</li>
 * <li>a file uploaded directly to an expediente ({@link DocumentosIncorporados#propios})
 * is registered at once, for a node in the expediente's folder with the same aspects; a
 * cierre or a start of retention also updates those nodes.</li>
 * </ul>
 * All of it is queued in the writing transaction (nothing lost if the process dies), the
 * expediente's classification just before the commit so the retention row written by
 * other listeners of the same transaction is seen. With the embedded store nothing is
 * read nor written. For the migration command it walks the expediente's own documents
 * ({@link DocumentosRegistrados#recorrerExpedientes}).
 */
@Component
class ArchivoEnAlfresco implements DocumentosRegistrados {

	private static final Tika TIKA = new Tika();

	private final AlmacenDocumentos almacen;

	private final JdbcClient jdbc;

	ArchivoEnAlfresco(AlmacenDocumentos almacen, JdbcClient jdbc) {
		this.almacen = almacen;
		this.jdbc = jdbc;
	}

	@EventListener
	void alCambiarPqrsd(PqrsdCambiada e) {
		if (!almacen.enAlfresco()) {
			return;
		}
		almacen.clasificar(e.radicado(), metadatos(e.nuevo()));
	}

	@EventListener
	void alIncorporar(DocumentosIncorporados e) {
		if (!e.radicados().isEmpty()) {
			programar(e.expedienteId(), e.radicados());
		}
		if (!e.propios().isEmpty() && almacen.enAlfresco()) {
			AlmacenDocumentos.Expediente datos = datos(e.expedienteId())
				.orElseThrow(() -> new IllegalStateException("Sin expediente " + e.expedienteId()));
			for (DocumentosIncorporados.DocumentoPropio d : e.propios()) {
				almacen.registrar(datos,
						new AlmacenDocumentos.DocumentoExpediente(d.orden(), d.nombre(), d.tipoMime(), d.sha256()));
			}
		}
	}

	@EventListener
	void alCerrar(ExpedienteCerrado e) {
		programar(e.expedienteId(), null);
	}

	@EventListener
	void alFijarInicioRetencion(InicioRetencionFijado e) {
		programar(e.expedienteId(), null);
	}

	/** What the {@code pqrsd:pqrsd} aspect carries. */
	AlmacenDocumentos.Pqrsd metadatos(Pqrsd p) {
		// The stored row holds what the case computes with the calendar (vencimiento) and
		// the peticionario's choice of answer channel; it is written before the event.
		Map<String, Object> fila = jdbc.sql("""
				SELECT vencimiento, canal_respuesta FROM pqrsd_caso WHERE radicado = ?""")
			.param(p.radicado())
			.query((rs, i) -> {
				Map<String, Object> m = new LinkedHashMap<>();
				java.sql.Date v = rs.getDate(1);
				if (v != null) {
					m.put("vencimiento", v.toLocalDate());
				}
				if (rs.getString(2) != null) {
					m.put("canalRespuesta", rs.getString(2));
				}
				return m;
			})
			.optional()
			.orElse(Map.of());
		Comunicacion c = p.comunicacion();
		return new AlmacenDocumentos.Pqrsd(p.etiqueta().name(), p.modalidad(), p.estado().name(), p.canal().name(),
				(String) fila.get("canalRespuesta"), p.recibido().toInstant(), (LocalDate) fila.get("vencimiento"),
				p.dependencia(), p.asignadoA(), p.prioridades().stream().map(Enum::name).sorted().toList(),
				p.denunciaCorrupcion(), p.anonimo(), c == null ? null : c.radicadoSalida(),
				c == null ? null : c.comunicadaEn());
	}

	// ------------------------------------------------------------ expedientes

	/**
	 * The expedientes to classify when the transaction commits: null = every radicado.
	 */
	private final class Pendientes implements TransactionSynchronization {

		final Map<Long, @Nullable Set<String>> porExpediente = new LinkedHashMap<>();

		@Override
		public void beforeCommit(boolean soloLectura) {
			porExpediente.forEach(ArchivoEnAlfresco.this::clasificar);
		}

		@Override
		public void afterCompletion(int estado) {
			TransactionSynchronizationManager.unbindResourceIfPossible(ArchivoEnAlfresco.this);
		}

	}

	private void programar(long expediente, @Nullable List<String> radicados) {
		if (!almacen.enAlfresco()) {
			return;
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			clasificar(expediente, radicados == null ? null : Set.copyOf(radicados));
			return;
		}
		Pendientes p = (Pendientes) TransactionSynchronizationManager.getResource(this);
		if (p == null) {
			p = new Pendientes();
			TransactionSynchronizationManager.bindResource(this, p);
			TransactionSynchronizationManager.registerSynchronization(p);
		}
		if (radicados == null) {
			p.porExpediente.put(expediente, null);
		}
		else if (!p.porExpediente.containsKey(expediente) || p.porExpediente.get(expediente) != null) {
			Set<String> s = p.porExpediente.computeIfAbsent(expediente, k -> new LinkedHashSet<>());
			if (s != null) {
				s.addAll(radicados);
			}
		}
	}

	private void clasificar(long expediente, @Nullable Set<String> soloEstos) {
		Optional<AlmacenDocumentos.Expediente> datos = datos(expediente);
		if (datos.isEmpty()) {
			return;
		}
		// A radicado belongs to the first expediente it was filed in.
		List<String> radicados = jdbc.sql("""
				SELECT DISTINCT i.radicado FROM archivo_indice_entrada i
				 WHERE i.expediente_id = ? AND i.radicado IS NOT NULL
				   AND NOT EXISTS (SELECT 1 FROM archivo_indice_entrada o
				                    WHERE o.radicado = i.radicado AND o.expediente_id < i.expediente_id)
				 ORDER BY i.radicado""").param(expediente).query(String.class).list();
		for (String radicado : radicados) {
			if (soloEstos == null || soloEstos.contains(radicado)) {
				almacen.clasificar(radicado, datos.get());
			}
		}
		if (soloEstos == null) {
			// Cierre or start of retention: the documents uploaded to it as well.
			almacen.clasificar(datos.get());
		}
	}

	/** The expediente's metadata now, with its TRD row and its retention dates. */
	private Optional<AlmacenDocumentos.Expediente> datos(long expediente) {
		return jdbc.sql("""
				SELECT e.numero, e.dependencia, e.nivel_acceso, e.estado, e.fecha_apertura, e.fecha_cierre,
				       f.serie_codigo, f.subserie_codigo, f.retencion_ag, f.retencion_ac,
				       f.disposicion_ct, f.disposicion_e, f.disposicion_s, f.disposicion_md, r.fin_ag, r.fin_ac
				  FROM archivo_expediente e
				  JOIN archivo_trd_fila f ON f.id = e.trd_fila_id
				  LEFT JOIN archivo_retencion r ON r.expediente_id = e.id
				 WHERE e.id = ?""").param(expediente).query((rs, i) -> {
			List<String> disposicion = new ArrayList<>();
			for (String d : List.of("CT", "E", "S", "MD")) {
				if (rs.getBoolean("disposicion_" + d.toLowerCase(java.util.Locale.ROOT))) {
					disposicion.add(d);
				}
			}
			String dependencia = rs.getString("dependencia");
			String serie = rs.getString("serie_codigo");
			String subserie = rs.getString("subserie_codigo");
			return new AlmacenDocumentos.Expediente(rs.getString("numero"), dependencia, serie, subserie,
					// The CCD's stable code, dependencia.serie[.subserie] (archivo_ccd).
					dependencia + "." + serie + (subserie == null ? "" : "." + subserie), rs.getString("nivel_acceso"),
					rs.getString("estado"), rs.getDate("fecha_apertura").toLocalDate(),
					fecha(rs.getDate("fecha_cierre")), rs.getInt("retencion_ag"), rs.getInt("retencion_ac"),
					String.join("+", disposicion), fecha(rs.getDate("fin_ag")), fecha(rs.getDate("fin_ac")));
		}).optional();
	}

	// ------------------------------------------------------------ migration

	/**
	 * The files uploaded directly to expedientes (índice entries without radicado) not
	 * eliminated by a disposición final, in expediente and índice order, with the
	 * expediente's metadata now and the type detected from the stored bytes (null when
	 * they cannot be read: the migration command then reports the missing copy).
	 */
	@Override
	public void recorrerExpedientes(
			BiConsumer<AlmacenDocumentos.Expediente, AlmacenDocumentos.DocumentoExpediente> visita) {
		record Entrada(long expediente, int orden, String nombre, String sha256) {
		}
		List<Entrada> entradas = jdbc.sql("""
				SELECT i.expediente_id, i.orden, coalesce(i.nombre, 'documento'), i.contenido_sha256
				  FROM archivo_indice_entrada i
				  LEFT JOIN archivo_retencion r ON r.expediente_id = i.expediente_id
				 WHERE i.radicado IS NULL AND NOT coalesce(r.eliminado, false)
				 ORDER BY i.expediente_id, i.orden""")
			.query((rs, i) -> new Entrada(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4).trim()))
			.list();
		Map<Long, Optional<AlmacenDocumentos.Expediente>> expedientes = new HashMap<>();
		for (Entrada e : entradas) {
			Optional<AlmacenDocumentos.Expediente> datos = expedientes.computeIfAbsent(e.expediente(), this::datos);
			datos.ifPresent(x -> visita.accept(x, new AlmacenDocumentos.DocumentoExpediente(e.orden(), e.nombre(),
					tipo(e.sha256(), e.nombre()), e.sha256())));
		}
	}

	private @Nullable String tipo(String sha256, String nombre) {
		try (InputStream in = almacen.abrir(sha256)) {
			return TIKA.detect(in, nombre);
		}
		catch (IOException | RuntimeException e) {
			return null;
		}
	}

	private static @Nullable LocalDate fecha(java.sql.@Nullable Date d) {
		return d == null ? null : d.toLocalDate();
	}

}
