package co.pqrsd.server.documentos;

import java.time.Duration;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import co.pqrsd.server.comun.TrabajadorPeriodico;
import co.pqrsd.server.comun.Conflicto;
import co.pqrsd.server.comun.NoEncontrado;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Alfresco adapter's durable queue ({@code documento_alfresco}) and its worker.
 * <p>
 * A row is queued in the transaction that stores the document, so the radicado and its
 * row commit together while the content waits in the embedded store. A row belongs to a
 * radicado or, for a document uploaded directly to an expediente, to that expediente
 * ({@link Propietario}): the ordering between rows and the classifications apply per
 * owner. The worker takes one due row at a time under its lock
 * ({@code FOR UPDATE SKIP LOCKED}: one node per row across the cluster), stores it in
 * Alfresco and marks it stored in the same transaction. Before creating a node it looks
 * it up by its deterministic path; a node already carrying the row's SHA-256 is the trace
 * of a crash after Alfresco answered and before the mark committed, and is taken as
 * stored: each document becomes exactly one node. A node found without that hash is
 * reused, and its content is uploaded only if its bytes do not already hash to the row's
 * SHA-256 (a crash between the upload and the hash): each version is uploaded once
 * (checked by {@code CaidaColaAlfrescoTest}). A failure records {@code ultimo_error} and
 * retries with a doubling wait.
 */
@Component
@ConditionalOnProperty(name = "pqrsd.documentos.almacen", havingValue = "alfresco")
class ColaAlfresco implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ColaAlfresco.class);

	private static final TypeReference<Map<String, Object>> MAPA = new TypeReference<>() {
	};

	static final String ASPECTO_RADICADO = "pqrsd:radicado";

	private final JdbcClient jdbc;

	private final TransactionTemplate transaccion;

	private final Clock reloj;

	private final AlmacenEmbebido embebido;

	private final NodosAlfresco nodos;

	private final DocumentosProperties.Alfresco propiedades;

	private final JsonMapper json;

	private volatile @Nullable TrabajadorPeriodico trabajador;

	ColaAlfresco(JdbcClient jdbc, PlatformTransactionManager transacciones, Clock reloj, AlmacenEmbebido embebido,
			NodosAlfresco nodos, DocumentosProperties propiedades, JsonMapper json,
			ObjectProvider<MeterRegistry> metricas) {
		this.jdbc = jdbc;
		this.transaccion = new TransactionTemplate(transacciones);
		this.reloj = reloj;
		this.embebido = embebido;
		this.nodos = nodos;
		this.propiedades = propiedades.alfresco();
		this.json = json;
		metricas.ifAvailable(m -> Gauge.builder("pqrsd.alfresco.cola", this, ColaAlfresco::longitud)
			.description("Documentos y clasificaciones pendientes de almacenar en Alfresco")
			.register(m));
	}

	// ------------------------------------------------------------------ queueing

	void encolar(AlmacenDocumentos.Radicado r, AlmacenDocumentos.Documento d) {
		String carpeta = NombresAlfresco.carpetaRadicado(r.numero());
		String nombre = NombresAlfresco.nombreNodo(d.id(), d.nombre());
		if (d.versionDe() != null) {
			// A new version goes to the node of the version it supersedes.
			Optional<String[]> anterior = jdbc.sql(
					"SELECT carpeta, nombre_nodo FROM documento_alfresco WHERE documento_id = ? AND operacion = 'GUARDAR'")
				.param(d.versionDe())
				.query((rs, i) -> new String[] { rs.getString(1), rs.getString(2) })
				.optional();
			if (anterior.isPresent()) {
				carpeta = anterior.get()[0];
				nombre = anterior.get()[1];
			}
		}
		Map<String, Object> p = new LinkedHashMap<>(PropiedadesAlfresco.deRadicado(r));
		p.putAll(PropiedadesAlfresco.deDocumento(d));
		insertar("GUARDAR", Propietario.radicado(r.numero()), d.id(), d.sha256(), carpeta, nombre, d.version(),
				d.tipoMime(), List.of(ASPECTO_RADICADO), p);
	}

	/**
	 * Queues a document uploaded directly to an expediente: a node in the expediente's
	 * folder with its aspects, the expediente's properties and the document's own.
	 */
	void encolar(AlmacenDocumentos.Expediente e, AlmacenDocumentos.DocumentoExpediente d) {
		Map<String, Object> p = new LinkedHashMap<>(PropiedadesAlfresco.deExpediente(e));
		p.putAll(PropiedadesAlfresco.deDocumentoExpediente(d));
		insertar("GUARDAR", Propietario.expediente(e.numero()), null, d.sha256(),
				NombresAlfresco.carpetaExpediente(e.numero()),
				NombresAlfresco.nombreNodoExpediente(d.orden(), d.nombre()), 1, d.tipoMime(),
				PropiedadesAlfresco.ASPECTOS_EXPEDIENTE, p);
	}

	/** Whether the expediente's document with that content is already queued. */
	boolean encolado(String expediente, String sha256) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM documento_alfresco
				  WHERE expediente = ? AND sha256 = ? AND operacion = 'GUARDAR')""")
			.params(expediente, sha256)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Queues the expediente's metadata for the radicado's nodes, and their move to the
	 * expediente's folder: the row's {@code carpeta} is that folder.
	 */
	void clasificar(String radicado, AlmacenDocumentos.Expediente e) {
		String carpeta = NombresAlfresco.carpetaExpediente(e.numero());
		Map<String, Object> p = PropiedadesAlfresco.deExpediente(e);
		Propietario propietario = Propietario.radicado(radicado);
		if (!repetida(propietario, PropiedadesAlfresco.ASPECTOS_EXPEDIENTE, carpeta, p)) {
			insertar("CLASIFICAR", propietario, null, null, carpeta, null, 1, null,
					PropiedadesAlfresco.ASPECTOS_EXPEDIENTE, p);
		}
	}

	/**
	 * Queues the expediente's current metadata for the nodes of its own documents (they
	 * are already in its folder: nothing moves). Nothing when it has none.
	 */
	void clasificar(AlmacenDocumentos.Expediente e) {
		Propietario propietario = Propietario.expediente(e.numero());
		boolean tiene = jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM documento_alfresco WHERE expediente = ? AND operacion = 'GUARDAR')""")
			.param(e.numero())
			.query(Boolean.class)
			.single();
		Map<String, Object> p = PropiedadesAlfresco.deExpediente(e);
		if (tiene && !repetida(propietario, PropiedadesAlfresco.ASPECTOS_EXPEDIENTE, null, p)) {
			insertar("CLASIFICAR", propietario, null, null, null, null, 1, null,
					PropiedadesAlfresco.ASPECTOS_EXPEDIENTE, p);
		}
	}

	void clasificar(String radicado, AlmacenDocumentos.Pqrsd pqrsd) {
		List<String> aspectos = List.of(PropiedadesAlfresco.ASPECTO_PQRSD);
		Map<String, Object> p = PropiedadesAlfresco.dePqrsd(pqrsd);
		Propietario propietario = Propietario.radicado(radicado);
		if (!repetida(propietario, aspectos, null, p)) {
			insertar("CLASIFICAR", propietario, null, null, null, null, 1, null, aspectos, p);
		}
	}

	/**
	 * Whom a row belongs to: a radicado (its documents and their classifications) or an
	 * expediente (the documents uploaded directly to it and their classifications).
	 *
	 * @param columna {@code radicado} or {@code expediente}, the column holding it
	 */
	record Propietario(String columna, String valor) {

		static Propietario radicado(String numero) {
			return new Propietario("radicado", numero);
		}

		static Propietario expediente(String numero) {
			return new Propietario("expediente", numero);
		}

		static Propietario de(@Nullable String radicado, @Nullable String expediente) {
			return radicado != null ? radicado(radicado) : expediente(Objects.requireNonNull(expediente));
		}

		@Nullable String radicado() {
			return columna.equals("radicado") ? valor : null;
		}

		@Nullable String expediente() {
			return columna.equals("expediente") ? valor : null;
		}

		@Override
		public String toString() {
			return columna + " " + valor;
		}

	}

	/**
	 * @return whether the last classification queued for the owner with these aspects
	 * already carries the same folder and properties (a change of the case the metadata
	 * does not show queues nothing).
	 */
	private boolean repetida(Propietario propietario, List<String> aspectos, @Nullable String carpeta,
			Map<String, Object> p) {
		return jdbc.sql("""
				SELECT coalesce((SELECT propiedades = ?::jsonb AND carpeta IS NOT DISTINCT FROM ?::varchar
				  FROM documento_alfresco WHERE %s = ? AND operacion = 'CLASIFICAR' AND aspectos = ?
				  ORDER BY id DESC LIMIT 1), false)""".formatted(propietario.columna()))
			.params(json.writeValueAsString(p), carpeta, propietario.valor(), String.join(",", aspectos))
			.query(Boolean.class)
			.single();
	}

	private void insertar(String operacion, Propietario propietario, @Nullable Long documento, @Nullable String sha256,
			@Nullable String carpeta, @Nullable String nombre, int version, @Nullable String tipoMime,
			List<String> aspectos, Map<String, Object> p) {
		jdbc.sql(
				"""
						INSERT INTO documento_alfresco (operacion, radicado, expediente, documento_id, sha256, carpeta, nombre_nodo,
						  version, tipo_mime, aspectos, propiedades, encolado_en)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)""")
			.params(operacion, propietario.radicado(), propietario.expediente(), documento, sha256, carpeta, nombre,
					version, tipoMime, String.join(",", aspectos), json.writeValueAsString(p),
					Timestamp.from(reloj.instant()))
			.update();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					despertar();
				}
			});
		}
		else {
			despertar();
		}
	}

	// ------------------------------------------------------------------ queries

	int pendientes(String radicado) {
		return jdbc.sql("""
				SELECT count(*) FROM documento_alfresco
				WHERE radicado = ? AND operacion = 'GUARDAR' AND almacenado_en IS NULL""")
			.param(radicado)
			.query(Integer.class)
			.single();
	}

	long longitud() {
		return jdbc.sql("SELECT count(*) FROM documento_alfresco WHERE almacenado_en IS NULL")
			.query(Long.class)
			.single();
	}

	/**
	 * A row of the queue as the administrator sees it: a radicado's, or (radicado null)
	 * an expediente's.
	 */
	record Fila(long id, String operacion, @Nullable String radicado, @Nullable String expediente,
			@Nullable String nombre, int version, @Nullable String sha256, Instant encoladoEn, int intentos,
			@Nullable Instant proximoIntento, @Nullable String ultimoError, @Nullable String nodoId,
			@Nullable Instant almacenadoEn) {
	}

	/**
	 * @return the pending rows first (oldest first), then the last stored ones.
	 */
	List<Fila> listar(int maximo) {
		return jdbc.sql("""
				SELECT * FROM documento_alfresco
				ORDER BY almacenado_en IS NOT NULL, CASE WHEN almacenado_en IS NULL THEN id ELSE -id END LIMIT ?""")
			.param(maximo)
			.query((rs, i) -> new Fila(rs.getLong("id"), rs.getString("operacion"), rs.getString("radicado"),
					rs.getString("expediente"), rs.getString("nombre_nodo"), rs.getInt("version"),
					rs.getString("sha256"), rs.getTimestamp("encolado_en").toInstant(), rs.getInt("intentos"),
					instante(rs.getTimestamp("proximo_intento")), rs.getString("ultimo_error"), rs.getString("nodo_id"),
					instante(rs.getTimestamp("almacenado_en"))))
			.list();
	}

	private static @Nullable Instant instante(@Nullable Timestamp t) {
		return t == null ? null : t.toInstant();
	}

	List<String> nodos(String sha256) {
		return jdbc.sql("""
				SELECT DISTINCT nodo_id FROM documento_alfresco
				WHERE sha256 = ? AND operacion = 'GUARDAR' AND nodo_id IS NOT NULL AND almacenado_en IS NOT NULL""")
			.param(sha256)
			.query(String.class)
			.list();
	}

	boolean existe(String sha256) {
		return !nodos(sha256).isEmpty();
	}

	// ------------------------------------------------------------------ reads

	/**
	 * Downloads the content from one of its nodes into a temporary file, hashing it on
	 * the way: bytes that do not hash to {@code sha256} are never returned.
	 */
	InputStream abrir(String sha256) {
		List<String> ids = nodos(sha256);
		if (ids.isEmpty()) {
			throw new NoEncontrado("DOCUMENTO_SIN_ARCHIVO",
					"El archivo del documento no está en el almacenamiento (" + sha256 + ").");
		}
		Path temporal = descargar(ids.get(0), sha256);
		try {
			return new FilterInputStream(Files.newInputStream(temporal)) {
				@Override
				public void close() throws IOException {
					try {
						super.close();
					}
					finally {
						Files.deleteIfExists(temporal);
					}
				}
			};
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	boolean verificar(String sha256) {
		try (InputStream in = abrir(sha256)) {
			in.transferTo(OutputStream.nullOutputStream());
			return true;
		}
		catch (Conflicto e) {
			return false;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private Path descargar(String nodo, String sha256) {
		Path temporal = embebido.temporal("alf-");
		MessageDigest sha = AlmacenEmbebido.sha256();
		try (InputStream in = new DigestInputStream(nodos.descargar(nodo), sha);
				OutputStream out = Files.newOutputStream(temporal)) {
			in.transferTo(out);
		}
		catch (IOException | RuntimeException e) {
			borrar(temporal);
			throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
		}
		String obtenido = HexFormat.of().formatHex(sha.digest());
		if (!obtenido.equals(sha256)) {
			borrar(temporal);
			log.error("El nodo {} de Alfresco no tiene el contenido registrado: SHA-256 {} en lugar de {}", nodo,
					obtenido, sha256);
			throw new Conflicto("DOCUMENTO_ALTERADO",
					"El documento guardado en Alfresco no coincide con su huella SHA-256 registrada (" + sha256 + ").",
					Map.of("sha256", sha256, "nodo", nodo));
		}
		return temporal;
	}

	private static void borrar(Path p) {
		try {
			Files.deleteIfExists(p);
		}
		catch (IOException e) {
			// A temporary file left behind holds nothing referenced.
		}
	}

	boolean eliminar(String sha256) {
		List<String> ids = nodos(sha256);
		for (String id : ids) {
			nodos.eliminar(id);
		}
		jdbc.sql("DELETE FROM documento_alfresco WHERE sha256 = ?").param(sha256).update();
		return !ids.isEmpty();
	}

	// ------------------------------------------------------------------ worker

	@Override
	public void start() {
		trabajador = new TrabajadorPeriodico("cola-alfresco",
				Duration.ofMillis(Math.max(100, propiedades.sondeo().toMillis())), Duration.ofSeconds(15), this::ronda);
		trabajador.iniciar();
	}

	@Override
	public void stop() {
		TrabajadorPeriodico t = trabajador;
		trabajador = null;
		if (t != null) {
			t.detener();
		}
	}

	@Override
	public boolean isRunning() {
		TrabajadorPeriodico t = trabajador;
		return t != null && t.activo();
	}

	/** Asks for a round soon on the worker's thread (after a commit that queued rows). */
	void despertar() {
		TrabajadorPeriodico t = trabajador;
		if (t != null) {
			t.despertar();
		}
	}

	/** Stores what is due now, row after row, until nothing is due or a row fails. */
	void ronda() {
		try {
			while (true) {
				Resultado r = transaccion.execute(estado -> procesarUno());
				if (r == null || !r.seguir()) {
					break;
				}
				if (r.liberar() != null) {
					liberarCopiaLocal(r.liberar());
				}
			}
		}
		catch (RuntimeException e) {
			log.warn("Ronda de la cola de Alfresco interrumpida; se reintenta en la próxima: {}", e.toString());
		}
	}

	private record Resultado(boolean seguir, @Nullable String liberar) {
	}

	private record Pendiente(long id, String operacion, Propietario propietario, @Nullable String sha256,
			@Nullable String carpeta, @Nullable String nombre, int version, List<String> aspectos,
			Map<String, Object> propiedades, int intentos) {
	}

	private Resultado procesarUno() {
		Instant ahora = reloj.instant();
		// Rows of one node (versions) and a classification wait for the earlier rows of
		// the same node or owner (radicado, or expediente for its own documents):
		// Alfresco receives them in order. An expediente's node names repeat across
		// expedientes, so a node is its name within its owner.
		Optional<Pendiente> fila = jdbc.sql("""
				SELECT d.* FROM documento_alfresco d
				WHERE d.almacenado_en IS NULL AND (d.proximo_intento IS NULL OR d.proximo_intento <= ?)
				  AND NOT EXISTS (SELECT 1 FROM documento_alfresco p WHERE p.almacenado_en IS NULL AND p.id < d.id
				    AND ((d.operacion = 'GUARDAR' AND p.nombre_nodo = d.nombre_nodo
				          AND p.expediente IS NOT DISTINCT FROM d.expediente)
				      OR (d.operacion = 'CLASIFICAR' AND (p.radicado = d.radicado OR p.expediente = d.expediente))))
				ORDER BY d.proximo_intento NULLS FIRST, d.id LIMIT 1 FOR UPDATE OF d SKIP LOCKED""")
			.param(Timestamp.from(ahora))
			.query((rs, i) -> new Pendiente(rs.getLong("id"), rs.getString("operacion"),
					Propietario.de(rs.getString("radicado"), rs.getString("expediente")), rs.getString("sha256"),
					rs.getString("carpeta"), rs.getString("nombre_nodo"), rs.getInt("version"),
					Arrays.asList(rs.getString("aspectos").split(",")),
					json.readValue(rs.getString("propiedades"), MAPA), rs.getInt("intentos")))
			.optional();
		if (fila.isEmpty()) {
			return new Resultado(false, null);
		}
		Pendiente p = fila.get();
		try {
			String nodo = p.operacion().equals("GUARDAR") ? guardar(p) : clasificar(p);
			jdbc.sql(
					"""
							UPDATE documento_alfresco SET nodo_id = ?, almacenado_en = ?, intentos = intentos + 1, ultimo_error = NULL,
							  proximo_intento = NULL WHERE id = ?""")
				.params(nodo, Timestamp.from(reloj.instant()), p.id())
				.update();
			return new Resultado(true, p.sha256());
		}
		catch (RuntimeException e) {
			int intentos = p.intentos() + 1;
			Instant proximo = reloj.instant().plus(propiedades.espera(intentos));
			String error = e.getClass().getSimpleName() + ": " + e.getMessage();
			jdbc.sql("UPDATE documento_alfresco SET intentos = ?, ultimo_error = ?, proximo_intento = ? WHERE id = ?")
				.params(intentos, error.length() > 500 ? error.substring(0, 500) : error, Timestamp.from(proximo),
						p.id())
				.update();
			if (intentos >= propiedades.intentosMaximos()) {
				log.warn("Documento {} de {} sin almacenar en Alfresco tras {} intentos: {}", p.id(), p.propietario(),
						intentos, error);
			}
			else {
				log.info("Documento {} de {} no almacenado en Alfresco (intento {}), se reintenta hacia {}: {}", p.id(),
						p.propietario(), intentos, proximo, error);
			}
			// Alfresco is probably down: the other rows wait for the next round.
			return new Resultado(false, null);
		}
	}

	/**
	 * @return the id of the node holding the row's version.
	 */
	private String guardar(Pendiente p) {
		String sha256 = p.sha256();
		String nombre = Objects.requireNonNull(p.nombre());
		String original = Objects.requireNonNull(p.carpeta());
		String actual = carpetaDestino(p.id(), p.propietario(), nombre).orElse(original);
		Optional<NodosAlfresco.Nodo> existente = nodos.buscar(actual + "/" + nombre);
		if (existente.isEmpty() && !actual.equals(original)) {
			// Created where the row first pointed before a crash: it goes where it
			// belongs now.
			existente = nodos.buscar(original + "/" + nombre).map(n -> nodos.mover(n.id(), nodos.carpeta(actual)));
		}
		jdbc.sql("UPDATE documento_alfresco SET carpeta = ? WHERE id = ?").params(actual, p.id()).update();
		if (existente.isPresent() && sha256 != null && sha256.equals(existente.get().propiedad("pqrsd:hash"))) {
			// Stored before a crash kept the mark from committing.
			return existente.get().id();
		}
		// The owner's classifications: those queued before the row give way to its own
		// properties (an expediente's document carries the expediente's metadata of
		// that moment), those queued after it win.
		Clasificacion antes = clasificacionDe(p.propietario(), p.id(), false);
		Clasificacion despues = clasificacionDe(p.propietario(), p.id(), true);
		Set<String> aspectos = new LinkedHashSet<>(p.aspectos());
		aspectos.addAll(antes.aspectos());
		aspectos.addAll(despues.aspectos());
		Map<String, Object> props = new LinkedHashMap<>(antes.propiedades());
		props.putAll(p.propiedades());
		props.putAll(despues.propiedades());
		NodosAlfresco.Nodo nodo = existente.orElseGet(() -> nodos.crear(actual, nombre, List.copyOf(aspectos), props));
		if (existente.isPresent() && contieneYa(nodo.id(), Objects.requireNonNull(sha256))) {
			// A crash after Alfresco took the content and before the hash was written:
			// uploading again would make a second Alfresco version of the same bytes.
			log.info("El nodo {} de Alfresco ya tiene el contenido {}: solo falta su huella", nodo.id(), sha256);
		}
		else {
			nodos.subir(nodo.id(), contenido(Objects.requireNonNull(sha256)), true, "pqrsd: versión " + p.version());
		}
		// The hash goes last: a node carrying it holds the content (see the crash case
		// above).
		aspectos.addAll(nodo.aspectos());
		props.put("pqrsd:hash", sha256);
		nodos.actualizar(nodo.id(), List.copyOf(aspectos), props);
		return nodo.id();
	}

	/**
	 * Where a document's node belongs now: the folder of its earlier version (kept up to
	 * date when nodes move), else the folder of the expediente the radicado was last
	 * classified in, else (empty) the folder the row was queued with (the radicado's, or
	 * the expediente's for its own documents, which never move).
	 */
	private Optional<String> carpetaDestino(long fila, Propietario propietario, String nombre) {
		Optional<String> anterior = jdbc.sql("""
				SELECT carpeta FROM documento_alfresco
				WHERE operacion = 'GUARDAR' AND nombre_nodo = ? AND id <> ? AND almacenado_en IS NOT NULL
				  AND expediente IS NOT DISTINCT FROM ?::text
				ORDER BY id DESC LIMIT 1""")
			.params(nombre, fila, propietario.expediente())
			.query(String.class)
			.optional();
		String radicado = propietario.radicado();
		if (anterior.isPresent() || radicado == null) {
			return anterior;
		}
		return jdbc.sql("""
				SELECT carpeta FROM documento_alfresco
				WHERE operacion = 'CLASIFICAR' AND radicado = ? AND carpeta IS NOT NULL
				ORDER BY id DESC LIMIT 1""").param(radicado).query(String.class).optional();
	}

	/**
	 * @return whether the node's current content already hashes to {@code sha256} (an
	 * empty node, or one whose content cannot be read, does not).
	 */
	private boolean contieneYa(String nodo, String sha256) {
		MessageDigest sha = AlmacenEmbebido.sha256();
		try (InputStream in = new DigestInputStream(nodos.descargar(nodo), sha)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		catch (IOException | RuntimeException e) {
			log.debug("Sin contenido legible en el nodo {}: se sube", nodo, e);
			return false;
		}
		return HexFormat.of().formatHex(sha.digest()).equals(sha256);
	}

	/**
	 * Sets the row's aspects and properties on every node of its owner (the radicado's,
	 * or the expediente's own documents); a row with a folder (an expediente's, for a
	 * radicado) first moves each node there, creating the folder once. Idempotent: a node
	 * already in the folder is not moved again.
	 */
	private String clasificar(Pendiente p) {
		List<String> guardados = jdbc.sql("""
				SELECT nodo_id FROM documento_alfresco
				WHERE %s = ? AND operacion = 'GUARDAR' AND almacenado_en IS NOT NULL AND nodo_id IS NOT NULL
				ORDER BY id""".formatted(p.propietario().columna()))
			.param(p.propietario().valor())
			.query(String.class)
			.list();
		String destino = p.carpeta();
		String carpetaId = destino == null || guardados.isEmpty() ? null : nodos.carpeta(destino);
		Set<String> hechos = new LinkedHashSet<>();
		for (String id : guardados) {
			if (!hechos.add(id)) {
				continue;
			}
			Optional<NodosAlfresco.Nodo> encontrado = nodos.obtener(id);
			if (encontrado.isEmpty()) {
				// Destroyed by a disposición final: nothing to classify.
				continue;
			}
			NodosAlfresco.Nodo n = encontrado.get();
			if (carpetaId != null && !carpetaId.equals(n.padre())) {
				n = nodos.mover(id, carpetaId);
			}
			if (destino != null) {
				jdbc.sql("UPDATE documento_alfresco SET carpeta = ? WHERE operacion = 'GUARDAR' AND nodo_id = ?")
					.params(destino, id)
					.update();
			}
			// Alfresco replaces the whole aspect list: keep the node's own.
			Set<String> aspectos = new LinkedHashSet<>(p.aspectos());
			aspectos.addAll(n.aspectos());
			nodos.actualizar(id, List.copyOf(aspectos), p.propiedades());
		}
		return String.join(",", hechos);
	}

	private record Clasificacion(List<String> aspectos, Map<String, Object> propiedades) {
	}

	/**
	 * The classifications queued for the owner before the row {@code fila} (or after it),
	 * merged in order (later wins); empty when there is none.
	 */
	private Clasificacion clasificacionDe(Propietario propietario, long fila, boolean posteriores) {
		List<Clasificacion> todas = jdbc.sql("""
				SELECT aspectos, propiedades FROM documento_alfresco
				WHERE %s = ? AND operacion = 'CLASIFICAR' AND (id > ?) = ?
				ORDER BY id""".formatted(propietario.columna()))
			.params(propietario.valor(), fila, posteriores)
			.query((rs, i) -> new Clasificacion(Arrays.asList(rs.getString(1).split(",")),
					json.readValue(rs.getString(2), MAPA)))
			.list();
		Set<String> aspectos = new LinkedHashSet<>();
		Map<String, Object> propiedadesTodas = new LinkedHashMap<>();
		for (Clasificacion c : todas) {
			aspectos.addAll(c.aspectos());
			propiedadesTodas.putAll(c.propiedades());
		}
		return new Clasificacion(List.copyOf(aspectos), propiedadesTodas);
	}

	/**
	 * The bytes to send: the embedded copy, or else another node already holding the same
	 * content; verified against the hash either way.
	 */
	private byte[] contenido(String sha256) {
		if (embebido.existe(sha256)) {
			try {
				byte[] bytes = Files.readAllBytes(embebido.ruta(sha256));
				MessageDigest sha = AlmacenEmbebido.sha256();
				if (!HexFormat.of().formatHex(sha.digest(bytes)).equals(sha256)) {
					throw new IllegalStateException("La copia local de " + sha256 + " no coincide con su huella");
				}
				return bytes;
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		List<String> ids = nodos(sha256);
		if (ids.isEmpty()) {
			throw new IllegalStateException(
					"El contenido " + sha256 + " no está ni en el almacén local ni en Alfresco");
		}
		Path temporal = descargar(ids.get(0), sha256);
		try {
			return Files.readAllBytes(temporal);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			borrar(temporal);
		}
	}

	/**
	 * Removes the embedded copy once no queued row needs it (unless configured to keep
	 * it).
	 */
	private void liberarCopiaLocal(String sha256) {
		if (propiedades.conservarCopiaLocal()) {
			return;
		}
		boolean pendiente = jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM documento_alfresco WHERE sha256 = ? AND almacenado_en IS NULL)""")
			.param(sha256)
			.query(Boolean.class)
			.single();
		if (!pendiente) {
			embebido.eliminar(sha256);
		}
	}

	/** For the tests: the queue emptied of due rows now. */
	void vaciar() {
		ronda();
	}

	List<Long> idsPendientes() {
		return new ArrayList<>(jdbc.sql("SELECT id FROM documento_alfresco WHERE almacenado_en IS NULL ORDER BY id")
			.query(Long.class)
			.list());
	}

}
