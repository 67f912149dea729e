package co.pqrsd.server.documentos;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.server.comun.NoEncontrado;
import co.pqrsd.server.infraestructura.PqrsdProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The document store every module uses (the port): content addressed by its SHA-256,
 * stored once, never overwritten, verifiable at any time, destroyed only by the archive's
 * disposición final. Two adapters, chosen by {@code pqrsd.documentos.almacen}:
 * <ul>
 * <li>{@code embebido} (default): files under the data directory;</li>
 * <li>{@code alfresco}: Alfresco Content Services. A content is first kept in the
 * embedded store and a row is queued in {@code documento_alfresco} in the caller's
 * transaction ({@link #registrar}: a radicado's document, or one uploaded directly to an
 * expediente); {@link ColaAlfresco} then stores it as a node with the pqrsd aspects. So
 * Alfresco down or slow never loses a radicación. Reads come from the embedded copy while
 * it exists, else from Alfresco, and the SHA-256 is verified on every read.</li>
 * </ul>
 */
@Component
public class AlmacenDocumentos {

	private final AlmacenEmbebido embebido;

	private final @Nullable ColaAlfresco cola;

	/** The embedded store alone (tests and tools that need no database). */
	public AlmacenDocumentos(PqrsdProperties propiedades) throws IOException {
		this.embebido = new AlmacenEmbebido(propiedades);
		this.cola = null;
	}

	@Autowired
	AlmacenDocumentos(AlmacenEmbebido embebido, ObjectProvider<ColaAlfresco> cola) {
		this.embebido = embebido;
		this.cola = cola.getIfAvailable();
	}

	/** A received file in a temporary place, with its hash and size. */
	public record Recibido(Path archivo, String sha256, long tamano) implements AutoCloseable {

		@Override
		public void close() throws IOException {
			Files.deleteIfExists(archivo);
		}

	}

	/**
	 * The radicado a document belongs to: the {@code pqrsd:radicado} aspect (AGN Acuerdo
	 * 060 de 2001, art. 5).
	 */
	public record Radicado(String numero, int anio, String tipo, long consecutivo, Instant fecha, String dependencia,
			String asunto, String medio, String radicador, String estado, @Nullable Integer folios,
			@Nullable String remitente, @Nullable String destinatario, @Nullable String anexos,
			@Nullable String radicadoRelacionado) {
	}

	/**
	 * One stored document (one version).
	 *
	 * @param versionDe id of the document this version supersedes (its Alfresco node gets
	 * a new version), or null
	 */
	public record Documento(long id, String nombre, String rol, int version, @Nullable Long versionDe, String tipoMime,
			String sha256) {
	}

	/**
	 * The expediente a radicado was filed in, with its TRD row: the
	 * {@code pqrsd:expediente} , {@code pqrsd:clasificacion} and {@code pqrsd:retencion}
	 * aspects (Ley 594 de 2000, art. 24; Acuerdo AGN 004 de 2019). Written through
	 * {@link #clasificar}, the hook the archive calls when it files a radicado.
	 *
	 * @param retencionAg years in the archivo de gestión
	 * @param retencionAc years in the archivo central
	 * @param disposicion CT, E, S or MD (conservación total, eliminación, selección,
	 * medio técnico), joined with {@code +} when the TRD row allows several
	 */
	public record Expediente(String numero, String dependencia, String serieCodigo, @Nullable String subserieCodigo,
			String codigoTrd, String nivelAcceso, String estado, LocalDate fechaApertura,
			@Nullable LocalDate fechaCierre, int retencionAg, int retencionAc, String disposicion,
			@Nullable LocalDate finGestion, @Nullable LocalDate finCentral) {
	}

	/**
	 * A document uploaded directly to an expediente (it belongs to no radicado): its
	 * entry of the índice electrónico. Registered through
	 * {@link #registrar(Expediente, DocumentoExpediente)}.
	 *
	 * @param orden its place in the expediente's índice
	 * @param tipoMime the type detected from its bytes, if known
	 */
	public record DocumentoExpediente(int orden, String nombre, @Nullable String tipoMime, String sha256) {
	}

	/**
	 * A PQRSD on its ENTRADA radicado: the {@code pqrsd:pqrsd} aspect (Ley 1755 de 2015;
	 * CPACA arts. 13-33). Written through {@link #clasificar(String, Pqrsd)}, the hook
	 * the PQRSD module may call after each change of a case.
	 */
	public record Pqrsd(String etiqueta, @Nullable String modalidad, String estado, String canal,
			@Nullable String canalRespuesta, Instant recibida, @Nullable LocalDate vencimiento,
			String dependenciaResponsable, @Nullable String asignadoA, List<String> prioridades,
			boolean denunciaCorrupcion, boolean anonimo, @Nullable String radicadoRespuesta,
			@Nullable Instant fechaComunicacion) {
	}

	/**
	 * A received file in a temporary place.
	 * @throws ErrorDominio {@code DOCUMENTO_DEMASIADO_GRANDE} beyond {@code maximo} bytes
	 */
	public Recibido recibir(InputStream entrada, long maximo, String nombre) {
		return embebido.recibir(entrada, maximo, nombre);
	}

	/** A new empty file in the temporary directory; the caller deletes it. */
	public Path temporal(String prefijo) {
		return embebido.temporal(prefijo);
	}

	/**
	 * Moves a received file to its final place (once per distinct content). With Alfresco
	 * it is the staging copy until {@link #registrar} queues it.
	 */
	public void guardar(Recibido recibido) {
		embebido.guardar(recibido);
	}

	/**
	 * Records which radicado a stored content belongs to. With Alfresco, queues the
	 * content in the caller's transaction (so it commits or rolls back with the
	 * radicado); with the embedded store, does nothing.
	 */
	public void registrar(Radicado radicado, Documento documento) {
		if (cola != null) {
			cola.encolar(radicado, documento);
		}
	}

	/**
	 * Records a stored content uploaded directly to an expediente (no radicado). With
	 * Alfresco, queues it in the caller's transaction for a node in the expediente's
	 * folder with the expediente, classification and retention aspects; with the embedded
	 * store, does nothing.
	 */
	public void registrar(Expediente expediente, DocumentoExpediente documento) {
		if (cola != null) {
			cola.encolar(expediente, documento);
		}
	}

	/**
	 * The archive's hook: sets the expediente, classification and retention metadata on
	 * every Alfresco node of the radicado (now, or when its content is stored). Does
	 * nothing with the embedded store.
	 */
	public void clasificar(String radicado, Expediente expediente) {
		if (cola != null) {
			cola.clasificar(radicado, expediente);
		}
	}

	/**
	 * The archive's hook for the expediente's own documents (those registered with
	 * {@link #registrar(Expediente, DocumentoExpediente)}): sets the expediente's current
	 * metadata on their Alfresco nodes (after its cierre or the start of its retention).
	 * Does nothing with the embedded store, nor when the expediente has no such document.
	 */
	public void clasificar(Expediente expediente) {
		if (cola != null) {
			cola.clasificar(expediente);
		}
	}

	/**
	 * The PQRSD module's hook: sets the {@code pqrsd:pqrsd} aspect on the radicado's
	 * Alfresco nodes. Does nothing with the embedded store.
	 */
	public void clasificar(String radicado, Pqrsd pqrsd) {
		if (cola != null) {
			cola.clasificar(radicado, pqrsd);
		}
	}

	/**
	 * @return whether documents are kept in Alfresco (pqrsd.documentos.almacen=alfresco).
	 */
	public boolean enAlfresco() {
		return cola != null;
	}

	/**
	 * @return how many documents of the radicado still wait to be stored in Alfresco (0
	 * with the embedded store): the radicado shows «pendiente de almacenar en Alfresco»
	 * while it is not 0.
	 */
	public int pendientesAlfresco(String radicado) {
		return cola == null ? 0 : cola.pendientes(radicado);
	}

	/**
	 * @throws NoEncontrado {@code DOCUMENTO_SIN_ARCHIVO} when the content is nowhere
	 * @throws co.pqrsd.server.comun.Conflicto {@code DOCUMENTO_ALTERADO} when Alfresco's
	 * bytes no longer hash to {@code sha256}
	 */
	public InputStream abrir(String sha256) {
		if (cola == null || embebido.existe(sha256)) {
			return embebido.abrir(sha256);
		}
		return cola.abrir(sha256);
	}

	/**
	 * @return whether the stored bytes still hash to {@code sha256}.
	 */
	public boolean verificar(String sha256) {
		if (cola == null || embebido.existe(sha256)) {
			return embebido.verificar(sha256);
		}
		return cola.verificar(sha256);
	}

	/**
	 * Destroys the stored bytes of a content for good (disposición final): the caller has
	 * checked that nothing else still refers to the same content. With Alfresco, its
	 * nodes are deleted too (permanently, not to the trashcan).
	 * @return whether the content was there.
	 */
	public boolean eliminar(String sha256) {
		boolean local = embebido.eliminar(sha256);
		boolean remoto = cola != null && cola.eliminar(sha256);
		return local || remoto;
	}

	/**
	 * @return whether the content is in the store.
	 */
	public boolean existe(String sha256) {
		return embebido.existe(sha256) || (cola != null && cola.existe(sha256));
	}

	/** The nodes pqrsd keeps in Alfresco for a content (for the migration command). */
	List<String> nodos(String sha256) {
		return cola == null ? List.of() : cola.nodos(sha256);
	}

}
