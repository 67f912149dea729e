package co.pqrsd.server.operacion;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's own online backup, as {@code pg_basebackup} takes it: the server's
 * {@code BASE_BACKUP} command on a replication connection (PostgreSQL 15 or later,
 * "Streaming Replication Protocol"). The server itself writes a consistent copy of the
 * cluster as a tar stream, with the WAL needed to make it consistent and its own
 * manifest; this class only receives it. Used for the embedded cluster, whose
 * distribution has no {@code pg_basebackup} or {@code pg_dump}; an external database is
 * backed up with the {@code pg_dump} of its own version.
 * <p>
 * Only {@code trust} authentication is spoken: the embedded cluster listens on localhost
 * with trust (see {@code PostgresEmbebido}).
 */
final class ClienteReplicacion implements AutoCloseable {

	private static final int PROTOCOLO_3 = 196608;

	private final Socket socket;

	private final DataInputStream entrada;

	private final DataOutputStream salida;

	/** Start and end WAL positions of the last backup. */
	private final List<String> posiciones = new ArrayList<>();

	ClienteReplicacion(String servidor, int puerto, String usuario) throws IOException {
		this.socket = new Socket(servidor, puerto);
		this.entrada = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 1 << 16));
		this.salida = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
		ByteArrayOutputStream parametros = new ByteArrayOutputStream();
		for (String p : new String[] { "user", usuario, "database", "postgres", "replication", "true",
				"application_name", "pqrsd-respaldo" }) {
			parametros.writeBytes(cadena(p));
		}
		parametros.write(0);
		salida.writeInt(8 + parametros.size());
		salida.writeInt(PROTOCOLO_3);
		salida.write(parametros.toByteArray());
		salida.flush();
		esperarListo();
	}

	/**
	 * Runs {@code BASE_BACKUP} and writes each archive the server sends
	 * ({@code base.tar}, one per tablespace) and its {@code backup_manifest} into
	 * {@code destino}.
	 * @return the names of the files written
	 */
	List<String> respaldar(Path destino, String etiqueta) throws IOException {
		enviarConsulta("BASE_BACKUP ( LABEL '" + etiqueta.replace("'", "''")
				+ "', CHECKPOINT 'fast', WAL true, WAIT true, MANIFEST 'yes', MANIFEST_CHECKSUMS 'SHA256' )");
		List<String> escritos = new ArrayList<>();
		OutputStream actual = null;
		try {
			while (true) {
				char tipo = (char) entrada.readUnsignedByte();
				int largo = entrada.readInt() - 4;
				switch (tipo) {
					case 'D' -> posiciones.add(primeraColumna(leer(largo)));
					case 'H' -> entrada.skipNBytes(largo);
					case 'd' -> {
						byte[] datos = leer(largo);
						char clase = (char) datos[0];
						if (clase == 'n' || clase == 'm') {
							if (actual != null) {
								actual.close();
							}
							String nombre = clase == 'n' ? nombreArchivo(datos) : "backup_manifest";
							escritos.add(nombre);
							actual = new BufferedOutputStream(Files.newOutputStream(destino.resolve(nombre)), 1 << 16);
						}
						else if (clase == 'd') {
							if (actual == null) {
								throw new IOException("PostgreSQL envió datos antes de nombrar el archivo");
							}
							actual.write(datos, 1, datos.length - 1);
						}
					}
					case 'c' -> {
						if (actual != null) {
							actual.close();
							actual = null;
						}
					}
					case 'E' -> throw new IOException("PostgreSQL rechazó el respaldo: " + error(leer(largo)));
					case 'Z' -> {
						entrada.skipNBytes(largo);
						return escritos;
					}
					default -> entrada.skipNBytes(largo);
				}
			}
		}
		finally {
			if (actual != null) {
				actual.close();
			}
		}
	}

	/** WAL position where the backup began ({@code pg_lsn} text). */
	String inicio() {
		return posiciones.isEmpty() ? "" : posiciones.get(0);
	}

	/** WAL position where the backup ended: it is consistent from there on. */
	String fin() {
		return posiciones.isEmpty() ? "" : posiciones.get(posiciones.size() - 1);
	}

	private void enviarConsulta(String sql) throws IOException {
		byte[] texto = cadena(sql);
		salida.writeByte('Q');
		salida.writeInt(4 + texto.length);
		salida.write(texto);
		salida.flush();
	}

	private void esperarListo() throws IOException {
		while (true) {
			char tipo = (char) entrada.readUnsignedByte();
			int largo = entrada.readInt() - 4;
			byte[] datos = leer(largo);
			if (tipo == 'E') {
				throw new IOException("PostgreSQL rechazó la conexión de respaldo: " + error(datos));
			}
			if (tipo == 'R' && (datos[0] | datos[1] | datos[2] | datos[3]) != 0) {
				throw new IOException("La conexión de respaldo solo admite autenticación trust (servidor embebido); "
						+ "para una base externa use pg_dump");
			}
			if (tipo == 'Z') {
				return;
			}
		}
	}

	private byte[] leer(int largo) throws IOException {
		byte[] datos = new byte[largo];
		entrada.readFully(datos);
		return datos;
	}

	private static byte[] cadena(String texto) {
		byte[] bytes = texto.getBytes(StandardCharsets.UTF_8);
		byte[] conCero = new byte[bytes.length + 1];
		System.arraycopy(bytes, 0, conCero, 0, bytes.length);
		return conCero;
	}

	/** A data row's first column (the WAL position of the start and end rows). */
	private static String primeraColumna(byte[] fila) {
		int columnas = ((fila[0] & 0xff) << 8) | (fila[1] & 0xff);
		if (columnas == 0) {
			return "";
		}
		int largo = ((fila[2] & 0xff) << 24) | ((fila[3] & 0xff) << 16) | ((fila[4] & 0xff) << 8) | (fila[5] & 0xff);
		return largo < 0 ? "" : new String(fila, 6, largo, StandardCharsets.UTF_8);
	}

	/** The archive's name, checked: a bare file name the server chose. */
	private static String nombreArchivo(byte[] datos) throws IOException {
		int fin = 1;
		while (fin < datos.length && datos[fin] != 0) {
			fin++;
		}
		String nombre = new String(datos, 1, fin - 1, StandardCharsets.UTF_8);
		if (!nombre.matches("[A-Za-z0-9_.]+\\.tar")) {
			throw new IOException("Nombre de archivo de respaldo inesperado: " + nombre);
		}
		return nombre;
	}

	private static String error(byte[] campos) {
		StringBuilder texto = new StringBuilder();
		int i = 0;
		while (i < campos.length && campos[i] != 0) {
			char campo = (char) campos[i++];
			int inicio = i;
			while (i < campos.length && campos[i] != 0) {
				i++;
			}
			if (campo == 'M' || campo == 'C') {
				texto.append(campo == 'C' ? "[" : "")
					.append(new String(campos, inicio, i - inicio, StandardCharsets.UTF_8))
					.append(campo == 'C' ? "] " : "");
			}
			i++;
		}
		return texto.toString();
	}

	@Override
	public void close() throws IOException {
		try {
			salida.writeByte('X');
			salida.writeInt(4);
			salida.flush();
		}
		catch (IOException e) {
			// already closed by the server
		}
		socket.close();
	}

}
