package co.pqrsd.server.documentos;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.server.comun.NoEncontrado;
import co.pqrsd.server.infraestructura.PqrsdProperties;
import org.springframework.stereotype.Component;

/**
 * The embedded adapter: documents on disk under the data directory, named by their
 * SHA-256. The same bytes are stored once, a file is never overwritten, and its hash can
 * be checked again at any time. With the Alfresco adapter it is the staging area: a
 * content stays here until Alfresco holds it.
 */
@Component
class AlmacenEmbebido {

	private final Path raiz;

	private final Path temporales;

	AlmacenEmbebido(PqrsdProperties propiedades) throws IOException {
		this.raiz = propiedades.datosDir().resolve("documentos");
		this.temporales = raiz.resolve("tmp");
		Files.createDirectories(temporales);
	}

	/**
	 * @throws ErrorDominio {@code DOCUMENTO_DEMASIADO_GRANDE} beyond {@code maximo} bytes
	 */
	AlmacenDocumentos.Recibido recibir(InputStream entrada, long maximo, String nombre) {
		try {
			Path temporal = Files.createTempFile(temporales, "rec-", ".bin");
			MessageDigest sha = sha256();
			long tamano = 0;
			try (InputStream in = new DigestInputStream(entrada, sha);
					OutputStream out = Files.newOutputStream(temporal)) {
				byte[] buffer = new byte[64 * 1024];
				int leidos;
				while ((leidos = in.read(buffer)) >= 0) {
					tamano += leidos;
					if (tamano > maximo) {
						Files.deleteIfExists(temporal);
						throw new ErrorDominio(
								"DOCUMENTO_DEMASIADO_GRANDE", "El documento '" + nombre
										+ "' supera el tamaño máximo permitido (" + maximo / (1024 * 1024) + " MB).",
								Map.of("documento", nombre));
					}
					out.write(buffer, 0, leidos);
				}
			}
			return new AlmacenDocumentos.Recibido(temporal, HexFormat.of().formatHex(sha.digest()), tamano);
		}
		catch (IOException e) {
			throw new UncheckedIOException("No se pudo recibir el documento " + nombre, e);
		}
	}

	/** A new empty file in the temporary directory; the caller deletes it. */
	Path temporal(String prefijo) {
		try {
			return Files.createTempFile(temporales, prefijo, ".bin");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Moves a received file to its final place (once per distinct content). */
	void guardar(AlmacenDocumentos.Recibido recibido) {
		Path destino = ruta(recibido.sha256());
		try {
			if (Files.exists(destino)) {
				return;
			}
			Files.createDirectories(destino.getParent());
			Files.move(recibido.archivo(), destino, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException e) {
			throw new UncheckedIOException("No se pudo guardar el documento " + recibido.sha256(), e);
		}
	}

	InputStream abrir(String sha256) {
		Path archivo = ruta(sha256);
		if (!Files.exists(archivo)) {
			throw new NoEncontrado("DOCUMENTO_SIN_ARCHIVO",
					"El archivo del documento no está en el almacenamiento (" + sha256 + ").");
		}
		try {
			return Files.newInputStream(archivo);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * @return whether the stored bytes still hash to {@code sha256}.
	 */
	boolean verificar(String sha256) {
		try (InputStream in = new DigestInputStream(abrir(sha256), sha256())) {
			in.transferTo(OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest()).equals(sha256);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	Path ruta(String sha256) {
		if (!sha256.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("Hash inválido");
		}
		return raiz.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Destroys the stored bytes of a content for good (disposición final): the caller has
	 * checked that nothing else still refers to the same content.
	 * @return whether a file was there.
	 */
	boolean eliminar(String sha256) {
		try {
			return Files.deleteIfExists(ruta(sha256));
		}
		catch (IOException e) {
			throw new UncheckedIOException("No se pudo eliminar el documento " + sha256, e);
		}
	}

	/**
	 * @return whether the content is in the store.
	 */
	boolean existe(String sha256) {
		return Files.exists(ruta(sha256));
	}

}
