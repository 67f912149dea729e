package co.pqrsd.server.operacion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code manifiesto.json} of a backup directory: what it holds and how to check it.
 *
 * @param formato version of this layout (1)
 * @param fecha when the backup ended, Colombia's time (ISO-8601 with offset)
 * @param versionPqrsd version of the server that was running
 * @param versionEsquema last Flyway migration applied
 * @param versionPostgresql {@code server_version} of the database
 * @param modo {@code base} (the embedded cluster's own base backup) or {@code pg_dump}
 * (an external database, custom format)
 * @param walInicio WAL position where the database snapshot began ({@code base} only)
 * @param walFin WAL position where it became consistent
 * @param documentos documents copied
 * @param archivos every file of the backup but this manifest, with its SHA-256
 */
record Manifiesto(int formato, String fecha, String versionPqrsd, String versionEsquema, String versionPostgresql,
		String modo, String walInicio, String walFin, long documentos, List<Archivo> archivos) {

	static final String NOMBRE = "manifiesto.json";

	static final String MODO_BASE = "base";

	static final String MODO_PG_DUMP = "pg_dump";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A file of the backup, relative to its directory (always with {@code /}). */
	record Archivo(String ruta, long tamano, String sha256) {
	}

	void escribir(Path directorio) throws IOException {
		Files.writeString(directorio.resolve(NOMBRE), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this));
	}

	static Manifiesto leer(Path directorio) throws IOException {
		Path archivo = directorio.resolve(NOMBRE);
		if (!Files.isRegularFile(archivo)) {
			throw new IOException("No hay " + NOMBRE + " en " + directorio + ": no es un respaldo de pqrsd");
		}
		return JSON.readValue(archivo.toFile(), Manifiesto.class);
	}

	/** Every regular file under {@code directorio} except the manifest, with its hash. */
	static List<Archivo> inventario(Path directorio) throws IOException {
		List<Archivo> archivos = new ArrayList<>();
		try (Stream<Path> todos = Files.walk(directorio)) {
			for (Path p : (Iterable<Path>) todos.filter(Files::isRegularFile).sorted()::iterator) {
				String ruta = directorio.relativize(p).toString().replace('\\', '/');
				if (!ruta.equals(NOMBRE)) {
					archivos.add(new Archivo(ruta, Files.size(p), sha256(p)));
				}
			}
		}
		return archivos;
	}

	static String sha256(Path archivo) {
		try (InputStream in = new DigestInputStream(Files.newInputStream(archivo), digest())) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
