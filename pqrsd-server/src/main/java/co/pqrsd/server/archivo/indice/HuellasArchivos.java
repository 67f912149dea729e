package co.pqrsd.server.archivo.indice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import co.pqrsd.server.comun.NoEncontrado;
import co.pqrsd.server.documentos.AlmacenDocumentos;
import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Recomputes the SHA-256 of stored contents, streaming each file with a large buffer and
 * hashing several files at once (one per processor), so that verifying an expediente of
 * hundreds of megabytes costs about what {@code sha256sum} costs over the same files.
 */
@Component
public class HuellasArchivos {

	private static final int BUFFER = 1 << 20;

	private final AlmacenDocumentos almacen;

	private final ExecutorService hilos;

	public HuellasArchivos(AlmacenDocumentos almacen) {
		this.almacen = almacen;
		int n = Math.max(1, Runtime.getRuntime().availableProcessors());
		this.hilos = Executors.newFixedThreadPool(n, r -> {
			Thread t = new Thread(r, "huellas-archivo");
			t.setDaemon(true);
			return t;
		});
	}

	/**
	 * @return for each content key, the hash of the bytes stored under it, or
	 * {@code null} when the file is missing.
	 */
	public Map<String, @Nullable String> calcular(List<String> claves) {
		List<String> distintas = claves.stream().distinct().toList();
		List<Future<@Nullable String>> futuros = new ArrayList<>();
		for (String clave : distintas) {
			futuros.add(hilos.submit(() -> huella(clave)));
		}
		Map<String, @Nullable String> resultado = new LinkedHashMap<>();
		try {
			for (int i = 0; i < distintas.size(); i++) {
				resultado.put(distintas.get(i), futuros.get(i).get());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException r) {
				throw r;
			}
			throw new IllegalStateException(ex.getCause());
		}
		return resultado;
	}

	private @Nullable String huella(String clave) {
		if (!almacen.existe(clave)) {
			return null;
		}
		try (InputStream in = almacen.abrir(clave)) {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[BUFFER];
			int leidos;
			while ((leidos = in.read(buffer)) >= 0) {
				sha.update(buffer, 0, leidos);
			}
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoEncontrado ex) {
			return null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@PreDestroy
	void cerrar() {
		hilos.shutdownNow();
	}

}
